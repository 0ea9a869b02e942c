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
}

/** How many of the largest files are listed. */
const LARGEST = 3;

/** Adds up the sizes of every file under `dir` (apparent sizes, as a host would serve them). */
export function diskUsage(dir: string): DiskUsage {
  const usage: DiskUsage = { bytes: 0, files: 0, searchIndexBytes: 0, searchIndexFiles: 0, largest: [] };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const { size } = statSync(path);
    usage.bytes += size;
    usage.files += 1;
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
