/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a
 * page whose key and whose code are unchanged since the last build is not
 * rendered again; its HTML is copied from the cache.
 *
 * A page's output is a function of its template code, the Astro config and
 * the lockfile (Astro checks all three itself), the settings the pages read
 * at render time, and its props. So the key is a hash of the props and of
 * those settings: whatever the page shows comes from them, so an edit that
 * changes what a page shows changes its key, and an edit to an article
 * changes the keys of exactly the pages whose props hold that article.
 *
 * Content entries are hashed by their file's digest (a hash of the
 * file, and of the code that derives what is stored with it) and their
 * parsed data, not by their text: the body, its rendered HTML and the
 * paragraphs derived from it follow from the digest (the content loader's,
 * src/lib/content/loader/archive-loader.ts). Each entry is
 * hashed once per build, however many pages list it.
 */
import { createHash, type Hash } from 'node:crypto';
import { settings, type Settings } from '../../settings.ts';

/** The shape Astro gives every content entry: enough to tell one apart from plain props. */
interface ContentEntryLike {
  /** The collection's name. */
  collection: string;
  /** The entry's id within its collection. */
  id: string;
  /** The content loader's hash of the entry's source file and of the code that derives what is stored with it. */
  digest: string;
}

/** Entry fields keys leave out: they follow from the digest (and from code Astro's config fingerprints), or no page shows them (the file's path). */
const FOLLOWS_FROM_DIGEST = new Set(['body', 'rendered', 'paragraphs', 'filePath', 'digest']);

/** Each entry's fingerprint, computed once per build. */
const entryFingerprints = new WeakMap<object, string>();

/** True for a content entry as `getCollection()` returns it (or one extended with derived fields). */
function isContentEntry(value: object): value is ContentEntryLike {
  const candidate = value as Partial<Record<keyof ContentEntryLike, unknown>>;
  return typeof candidate.digest === 'string' && typeof candidate.collection === 'string' && typeof candidate.id === 'string';
}

/** Feeds one value into the hash, the same way for equal values whatever their key order. */
function feed(hash: Hash, value: unknown, path: string, open: Set<object>): void {
  if (value === null) {
    hash.update('n;');
    return;
  }
  switch (typeof value) {
    case 'undefined':
      hash.update('u;');
      return;
    case 'boolean':
      hash.update(value ? 't;' : 'f;');
      return;
    case 'number':
    case 'bigint':
      hash.update(`d${String(value)};`);
      return;
    case 'string':
      // Length first, so no two different sequences of strings feed the same bytes.
      hash.update(`s${value.length}:`);
      hash.update(value);
      return;
    case 'function':
    case 'symbol':
      throw new TypeError(`Cannot key the page: props hold a ${typeof value} at ${path}, which a cache key cannot describe.`);
  }
  const object = value as object;
  if (object instanceof Date) {
    hash.update(`D${object.toISOString()};`);
    return;
  }
  if (open.has(object)) throw new TypeError(`Cannot key the page: props refer to themselves at ${path}.`);
  open.add(object);
  if (isContentEntry(object)) {
    hash.update(`E${entryFingerprint(object)};`);
  } else if (Array.isArray(object)) {
    hash.update(`a${object.length}[`);
    object.forEach((item, index) => feed(hash, item, `${path}[${index}]`, open));
    hash.update(']');
  } else if (object instanceof Map) {
    hash.update(`m${object.size}{`);
    for (const [key, item] of object) {
      feed(hash, key, `${path}.keys()`, open);
      feed(hash, item, `${path}.get(…)`, open);
    }
    hash.update('}');
  } else if (object instanceof Set) {
    hash.update(`e${object.size}{`);
    for (const item of object) feed(hash, item, `${path}.values()`, open);
    hash.update('}');
  } else {
    feedFields(hash, object, path, open, new Set());
  }
  open.delete(object);
}

/** Feeds an object's own fields in name order; a field holding `undefined` counts as absent, as it does when rendered. */
function feedFields(hash: Hash, object: object, path: string, open: Set<object>, skip: ReadonlySet<string>): void {
  const fields = Object.entries(object)
    .filter(([name, item]) => item !== undefined && !skip.has(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  hash.update(`o${fields.length}{`);
  for (const [name, item] of fields) {
    feed(hash, name, path, open);
    feed(hash, item, `${path}.${name}`, open);
  }
  hash.update('}');
}

/** An entry's fingerprint: collection, id, digest and every field that does not follow from the digest (its data among them). */
function entryFingerprint(entry: ContentEntryLike): string {
  let fingerprint = entryFingerprints.get(entry);
  if (fingerprint === undefined) {
    const hash = createHash('sha256');
    hash.update(`${entry.collection}\0${entry.id}\0${entry.digest}\0`);
    feedFields(hash, entry, `${entry.collection}/${entry.id}`, new Set([entry]), FOLLOWS_FROM_DIGEST);
    fingerprint = hash.digest('base64url');
    entryFingerprints.set(entry, fingerprint);
  }
  return fingerprint;
}

/** The settings pages read while rendering that Astro's config hash does not cover (page sizes shape the lists). */
export function renderSettings(current: Settings = settings()): Record<string, unknown> {
  return { siteUrl: current.siteUrl, siteUrlIsSet: current.siteUrlIsSet, basePath: current.basePath, pageSizes: current.pageSizes };
}

/** A page's cache key: a hash of its params, its props and the settings it renders with. */
export function pageCacheKey(page: { params: unknown; props?: unknown }, renderedWith: unknown = renderSettings()): string {
  const hash = createHash('sha256');
  feed(hash, { params: page.params, props: page.props, renderedWith }, 'page', new Set());
  return hash.digest('base64url');
}

/** Gives each of a route's static paths its cache key, so an unchanged page is copied from the last build instead of rendered. */
export function withCacheKeys<Path extends { params: unknown; props?: unknown }>(paths: Path[]): (Path & { cacheKey: string })[] {
  const renderedWith = renderSettings();
  return paths.map((path) => ({ ...path, cacheKey: pageCacheKey(path, renderedWith) }));
}
