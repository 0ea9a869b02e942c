/** How much a built site weighs on disk. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Bytes and file count of a folder, of its pagefind/ part (the search index), and its largest files. */
export interface DiskUsage {
  bytes: number;
  files: number;
  searchIndexBytes: number;
  searchIndexFiles: number;
  /** The largest files, biggest first, with paths relative to the folder: pages that grow with the archive show here. */
  largest: { path: string; bytes: number }[];
  /** How many files are over {@link FILE_LIMIT_BYTES}. */
  filesOverLimit: number;
}

/** No one file in dist/ should be larger than this at 10,000 articles: 5 MB. */
export const FILE_LIMIT_BYTES = 5_000_000;

/** How many of the largest files are listed. */
const LARGEST = 3;

/** Adds up the sizes of every file under `dir` (apparent sizes, as a host would serve them). */
export function diskUsage(dir: string): DiskUsage {
  const usage: DiskUsage = { bytes: 0, files: 0, searchIndexBytes: 0, searchIndexFiles: 0, largest: [], filesOverLimit: 0 };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const { size } = statSync(path);
    usage.bytes += size;
    usage.files += 1;
    if (size > FILE_LIMIT_BYTES) usage.filesOverLimit += 1;
    if (path.startsWith(join(dir, 'pagefind') + '/')) {
      usage.searchIndexBytes += size;
      usage.searchIndexFiles += 1;
    }
    if (usage.largest.length < LARGEST || size > usage.largest.at(-1)!.bytes) {
      usage.largest = [...usage.largest, { path: relative(dir, path), bytes: size }].sort((a, b) => b.bytes - a.bytes).slice(0, LARGEST);
    }
  }
  return usage;
}
