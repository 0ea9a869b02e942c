/**
 * A cache of derived data keyed by a hash of what it is derived from, kept
 * in the build's cache folder between builds: a locator map depends only on
 * its place, so an unchanged place costs a hash and a lookup instead of a
 * projection. (Article bodies are kept by the content loader, in Astro's
 * content store.) Entries not used by a build are dropped when it saves, so
 * the file holds exactly the current archive and never grows stale.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { settings } from '../../settings.ts';

/**
 * Raised whenever the cache's own format changes, so a
 * build never reuses values the current code would not produce.
 */
const DERIVED_FORMAT = 1;

/** Hits and misses of one cache in one build, for the build log. */
export interface CacheStats {
  /** Values found in the cache. */
  hits: number;
  /** Values computed (and stored for next time). */
  misses: number;
}

/** One namespace of derived values ("articles", "locator-maps"), stored as one JSON file. */
export class DerivedCache<V> {
  readonly #file: string | null;
  readonly #stored: Map<string, V>;
  readonly #used = new Map<string, V>();
  readonly stats: CacheStats = { hits: 0, misses: 0 };

  readonly #code: string;

  /**
   * Opens the namespace's file under `folder`, or keeps values in memory
   * only when `folder` is null. `code` identifies the code that derives the
   * values (see {@link configuredCodeVersion}): it is part of every key, so changed
   * code never meets values the old code derived.
   */
  constructor(namespace: string, folder: string | null = join(settings().cacheDir, 'archive-derived'), code = '') {
    this.#code = `${DERIVED_FORMAT}:${code}:`;
    this.#file = folder === null ? null : join(folder, `${namespace}.v${DERIVED_FORMAT}.json`);
    this.#stored = new Map(this.#file ? readEntries<V>(this.#file) : []);
  }

  /** The key of `input`: the code fingerprint and the input, hashed. */
  #key(input: string): string {
    return createHash('sha256').update(this.#code).update(input).digest('base64url');
  }

  /** True when a value derived from `input` is at hand, stored or computed in this run. */
  has(input: string): boolean {
    const key = this.#key(input);
    return this.#used.has(key) || this.#stored.has(key);
  }

  /** The value derived from `input`: from the cache when `input` is unchanged, else `compute()`'s, remembered. */
  get(input: string, compute: () => V): V {
    const key = this.#key(input);
    const known = this.#used.get(key) ?? this.#stored.get(key);
    if (known !== undefined) {
      if (!this.#used.has(key)) this.stats.hits++;
      this.#used.set(key, known);
      return known;
    }
    const value = compute();
    this.stats.misses++;
    this.#used.set(key, value);
    return value;
  }

  /**
   * Writes the values this build used (and only those) when anything
   * changed. Written to a temporary file and renamed, so an interrupted
   * build never leaves half a cache.
   */
  save(): void {
    if (!this.#file) return;
    if (this.stats.misses === 0 && this.#used.size === this.#stored.size) return;
    mkdirSync(dirname(this.#file), { recursive: true });
    const temporary = `${this.#file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(Object.fromEntries(this.#used)));
    renameSync(temporary, this.#file);
  }
}

/** The entries of a cache file; none when it is missing or unreadable (a cache is never worth failing a build for). */
function readEntries<V>(file: string): [string, V][] {
  try {
    return Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, V>);
  } catch {
    return [];
  }
}

/**
 * The fingerprint of the code that derives the pages' cached values (the
 * locator maps), which astro.config.mjs computes with `codeFingerprint`
 * (src/lib/content/loader/fingerprint.ts) and hands to the bundled pages as
 * import.meta.env.ARCHIVE_DERIVED_CODE (the bundle's own chunks change with
 * the content, so they cannot be hashed); empty outside the build.
 */
export function configuredCodeVersion(): string {
  return import.meta.env.ARCHIVE_DERIVED_CODE ?? '';
}
