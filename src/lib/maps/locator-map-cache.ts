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

/**
 * The locator maps of these places, by place id: from the cache when a place
 * is unchanged, else drawn (`renderLocatorMap`). Drawn once per build while
 * the static paths are worked out, so each place page gets its map in its
 * props (and so in its cache key); the cache then keeps these maps only.
 */
export function locatorMaps(places: readonly LocatedPlace[]): Map<string, LocatorMapContent> {
  const cache = new DerivedCache<LocatorMapContent>('locator-maps', undefined, configuredCodeVersion());
  const maps = new Map(
    places.map(({ id, name, lat, lon }) => [
      id,
      cache.get(JSON.stringify({ id, name, lat, lon }), () => renderLocatorMap({ id, name, lat, lon })),
    ]),
  );
  cache.save();
  return maps;
}
