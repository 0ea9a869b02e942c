/**
 * A place's coordinates must fall inside the country it names, checked by
 * point-in-polygon against the world-atlas outlines the maps already use.
 * This catches swapped latitude and longitude (36.4 N 38.9 E written the
 * other way round lands in the Indian Ocean, and stretches the all-places
 * map across half the world) and coordinates copied for the wrong place.
 */
import { geoContains } from 'd3-geo';
import type { ContentProblem, EntryInput } from '../problems.ts';
import type { Entity } from '../../../schemas/entity.ts';
import { loadAtlas, type AtlasCountry } from '../../maps/world.ts';

/**
 * The atlas countries containing a point, by name. The slack is for places
 * on a border line (Tel Abyad), which an outline at 1:50 million puts a
 * kilometre or two across it: a point within `slackDegrees` (0.03°, about
 * 3 km) of a country counts as inside it.
 */
export function countriesAt(lon: number, lat: number, countries: readonly AtlasCountry[] = loadAtlas('50m').countries, slackDegrees = 0.03): string[] {
  const probes: [number, number][] = [[lon, lat]];
  if (slackDegrees > 0) {
    for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1], [1, 1], [1, -1], [-1, 1], [-1, -1]] as const) probes.push([lon + dx * slackDegrees, lat + dy * slackDegrees]);
  }
  return countries
    .filter(({ bounds: [[west, south], [east, north]] }) => lon >= west - 1 && lon <= east + 1 && lat >= south - 1 && lat <= north + 1)
    .filter((country) => probes.some((probe) => geoContains(country.feature, probe)))
    .map((country) => country.feature.properties.name);
}

/** Reports every place whose coordinates are not in its country, or whose country the atlas does not know. */
export function checkPlaceCountries(entities: readonly Pick<EntryInput<Entity>, 'file' | 'data'>[]): ContentProblem[] {
  const places = entities.filter((entity) => entity.data.kind === 'place' && entity.data.coordinates && entity.data.country);
  if (places.length === 0) return [];
  const { countries } = loadAtlas('50m');
  const known = new Set(countries.map((country) => country.feature.properties.name));
  const problems: ContentProblem[] = [];
  for (const { file, data } of places) {
    const { lat, lon } = data.coordinates!;
    const country = data.country!;
    if (!known.has(country)) {
      problems.push({ file, where: 'country', message: `"${country}" is not a country name in the world atlas (Natural Earth names, e.g. "Syria", "Turkey", "Iraq")` });
      continue;
    }
    const inside = countriesAt(lon, lat, countries);
    if (inside.includes(country)) continue;
    const swapped = countriesAt(lat, lon, countries).includes(country);
    const found = inside.length > 0 ? `in ${inside.join(' / ')}` : 'in no country (at sea)';
    problems.push({
      file,
      where: 'coordinates',
      message: `lat ${lat}, lon ${lon} is ${found}, not in ${country}${swapped ? '; latitude and longitude look swapped' : ''}`,
    });
  }
  return problems;
}
