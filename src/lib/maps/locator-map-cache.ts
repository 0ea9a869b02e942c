/**
 * Locator maps, reused between builds: projecting the country boundaries
 * and placing their labels takes tens of milliseconds a map, and a map
 * depends only on its place (and the drawing code), so an unchanged place
 * is read from the derived-data cache instead of drawn again.
 */
import { configuredCodeVersion, DerivedCache } from '../content/derived-cache.ts';
import { renderLocatorMap, type LocatorMapContent } from './map.ts';

/** The place a locator map shows. */
type LocatedPlace = Parameters<typeof renderLocatorMap>[0];

let maps: DerivedCache<LocatorMapContent> | undefined;

/** The cache, opened on first use and saved as the build's process ends (maps are drawn until the last page). */
function cache(): DerivedCache<LocatorMapContent> {
  if (!maps) {
    const opened = new DerivedCache<LocatorMapContent>('locator-maps', undefined, configuredCodeVersion());
    process.once('exit', () => opened.save());
    maps = opened;
  }
  return maps;
}

/** The locator map of a place: from the cache when the place is unchanged, else drawn (`renderLocatorMap`). */
export function cachedLocatorMap(place: LocatedPlace): LocatorMapContent {
  const { id, name, lat, lon } = place;
  return cache().get(JSON.stringify({ id, name, lat, lon }), () => renderLocatorMap({ id, name, lat, lon }));
}
