/**
 * Country boundaries from the world-atlas package (Natural Earth, public
 * domain), read from disk at build time and parsed once per process. Nothing
 * is fetched over the network.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { geoBounds } from 'd3-geo';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

/** The Natural Earth scales world-atlas ships: 1:50 million or 1:110 million. */
export type AtlasResolution = '50m' | '110m';

/** What world-atlas records about a country. */
interface CountryProperties {
  /** The Natural Earth short name, e.g. "Syria", "Turkey", "Iraq". */
  name: string;
}

/** One country's outline in longitude/latitude. */
type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;

/** A country with its geographic bounding box, for a cheap "could it be in the frame?" test. */
export interface AtlasCountry {
  /** The outline. */
  readonly feature: CountryFeature;
  /** [[west, south], [east, north]] in degrees, as d3.geoBounds gives it. */
  readonly bounds: [[number, number], [number, number]];
}

/** A parsed world-atlas file. */
export interface Atlas {
  /** Every country that has a geometry. */
  readonly countries: readonly AtlasCountry[];
  /**
   * The boundary lines (land borders and coasts) of the named countries, each
   * shared arc once, so a border is drawn once rather than by both neighbours.
   */
  borders(countryNames: ReadonlySet<string>): MultiLineString;
}

type CountriesTopology = Topology<{ countries: GeometryCollection<CountryProperties> }>;

/** Parsed atlases by resolution: the 50m file is 750 kB, so it is parsed once per process, not once per page. */
const atlasByResolution = new Map<AtlasResolution, Atlas>();

/**
 * The world-atlas countries at the given resolution. Resolved through Node's
 * module resolution, so it works in Astro's build and in Vitest alike.
 */
export function loadAtlas(resolution: AtlasResolution): Atlas {
  const cached = atlasByResolution.get(resolution);
  if (cached) return cached;
  const file = resolvePackageFile(`world-atlas/countries-${resolution}.json`);
  const topology = JSON.parse(readFileSync(file, 'utf8')) as CountriesTopology;
  const collection = topology.objects.countries;
  const countries = feature(topology, collection)
    .features.filter(
      // A few Natural Earth entries have no geometry; nothing to draw for them.
      (country): country is CountryFeature => country.geometry !== null,
    )
    .map((country) => ({ feature: country, bounds: geoBounds(country) }));
  const nameOf = (geometry: GeometryObject) => (geometry.properties as CountryProperties | undefined)?.name ?? '';
  const atlas: Atlas = {
    countries,
    borders: (countryNames) => mesh(topology, collection, (a, b) => countryNames.has(nameOf(a)) || countryNames.has(nameOf(b))),
  };
  atlasByResolution.set(resolution, atlas);
  return atlas;
}

/**
 * Finds a file inside an installed package. Resolves from this module first
 * (Vitest, dev server) and then from the working directory, because Astro's
 * build runs a bundled copy of this module that may sit outside the project
 * (the output folder can be anywhere).
 */
function resolvePackageFile(specifier: string): string {
  const origins = [import.meta.url, join(process.cwd(), 'package.json')];
  for (const origin of origins) {
    try {
      return createRequire(origin).resolve(specifier);
    } catch {
      // Not reachable from this origin; try the next one.
    }
  }
  throw new Error(`Cannot find ${specifier}: is the package installed (npm ci)?`);
}
