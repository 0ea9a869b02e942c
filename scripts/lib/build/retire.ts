/**
 * Deleting the previous site without making the build wait for it. Once the
 * new site is in place, scripts/build.mjs renames the previous one (then
 * `<outDir>.old`) to `<outDir>.deleting-<pid>-<time>` and leaves it to a
 * detached process of this module, so the build exits as soon as the swap's
 * two renames are done: at 10,000 articles deleting the previous site took
 * 6–9 s of every rebuild, and a rename takes a millisecond.
 *
 * Nothing here touches the site being served: only a folder that has already
 * been replaced is deleted. A deletion cut short (the machine restarted) leaves
 * its folder behind, and the next build hands it to a new deletion.
 *
 * Usage (by scripts/build.mjs): node scripts/lib/build/retire.ts <folder>
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { setPriority } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What marks a folder as a replaced site waiting to be deleted: `<outDir>.deleting-<pid>-<time>`. */
const RETIRED_SUFFIX = /^\.deleting-\d+-[0-9a-z]+$/;

/** A new, unused name for a replaced site beside the output folder, which the next build recognises as one. */
export function retiredName(outDir: string): string {
  return `${outDir}.deleting-${process.pid}-${Date.now().toString(36)}`;
}

/** Replaced sites beside the output folder that are still there (a deletion running, or one cut short). */
export function leftoverRetired(outDir: string): string[] {
  const parent = dirname(outDir);
  const name = basename(outDir);
  if (!existsSync(parent)) return [];
  return readdirSync(parent)
    .filter((entry) => entry.startsWith(name) && RETIRED_SUFFIX.test(entry.slice(name.length)))
    .map((entry) => join(parent, entry));
}

/**
 * Deletes a folder, tolerating another deletion of the same folder running
 * at the same time (a leftover handed on while its first deletion still
 * runs): a pass that trips over an entry the other removed is simply
 * repeated.
 */
function deleteFolder(dir: string): void {
  for (let attempt = 0; attempt < 20 && existsSync(dir); attempt++) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
    } catch {
      // Raced with another deletion; look again.
    }
  }
}

/**
 * Starts a detached process that deletes `dir` and returns at once. It runs
 * in its own process group, with no output, so neither the build's exit nor
 * a Ctrl-C in its terminal waits for it or stops it; at a lower priority
 * (nice 10, not 19: at 19 a busy machine starved a 20,000-file deletion for
 * minutes, and a folder left growing with every build is its own cost).
 */
export function deleteInBackground(dir: string): void {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), dir], { detached: true, stdio: 'ignore' });
  // A failure to start leaves the folder for the next build to hand on; it never fails this one.
  child.on('error', () => {});
  if (child.pid) {
    try {
      setPriority(child.pid, 10);
    } catch {
      // Not allowed here: it runs at normal priority.
    }
  }
  child.unref();
}

// Run as a program: the detached deletion itself.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (dir) deleteFolder(resolve(dir));
}
