/**
 * Where the build keeps what it can reuse next time: Astro's content cache
 * (rendered Markdown) and the archive's own derived data (see
 * `derived-cache.ts`). `node_modules/.astro` unless ARCHIVE_CACHE_DIR names
 * another folder (the tests give each fixture build its own). Keep this
 * folder between CI runs and unchanged articles cost nothing to reparse.
 * astro.config.mjs reads it too, so the two can never disagree.
 */
export function cacheDir(env: Record<string, string | undefined> = process.env): string {
  return (env.ARCHIVE_CACHE_DIR || './node_modules/.astro').replace(/\/+$/, '');
}
