/**
 * One build at a time per checkout. Two builds of one project overwrite each
 * other's `.astro/` prerender chunks and staging folders, so `npm run build`
 * takes a lock file before it starts. The file holds the owner's pid: a lock
 * whose owner has gone (a build killed with SIGKILL, a crashed machine) is
 * taken over instead of being waited on for ever.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, linkSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Options for {@link takeLock}. */
export interface LockOptions {
  /** How long to wait for another build before giving up, in milliseconds. */
  waitMs: number;
  /** Called once when the lock is held by another live process, with its pid. */
  onWait?: (ownerPid: number) => void;
  /** How often to look again, in milliseconds. */
  pollMs?: number;
}

/** The pid written in a lock file, or null when the file is missing or unreadable. */
export function lockOwner(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Whether a process with this pid is running (EPERM means it runs as another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Tries once to create the lock file holding this process's pid. Writing a
 * private file and hard-linking it into place is atomic: either the link is
 * made, with the pid already in it, or the lock exists.
 */
function tryCreate(path: string): boolean {
  const mine = `${path}.${process.pid}`;
  writeFileSync(mine, String(process.pid));
  try {
    linkSync(mine, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  } finally {
    rmSync(mine, { force: true });
  }
}

/**
 * Takes the lock at `path`, waiting while a live process holds it, and
 * returns the function that releases it. A lock whose owner is dead, or that
 * holds no readable pid, is stale and taken over. Throws when the wait
 * exceeds `waitMs`, naming the owner.
 */
export async function takeLock(path: string, { waitMs, onWait, pollMs = 200 }: LockOptions): Promise<() => void> {
  mkdirSync(dirname(path), { recursive: true });
  const deadline = Date.now() + waitMs;
  let told = false;
  for (;;) {
    if (tryCreate(path)) {
      return () => {
        // Only ever remove our own lock.
        if (lockOwner(path) === process.pid) rmSync(path, { force: true });
      };
    }
    const owner = lockOwner(path);
    if (owner === null || !isAlive(owner)) {
      // Stale: move it aside (atomic), then look again; if another waiter
      // took it over meanwhile, the retry simply finds its live lock.
      const aside = `${path}.stale.${process.pid}`;
      try {
        renameSync(path, aside);
        const moved = lockOwner(aside);
        // A live owner's lock was moved by mistake (it was just taken over): put it back.
        if (moved !== null && moved !== owner && isAlive(moved)) renameSync(aside, path);
        else rmSync(aside, { force: true });
      } catch {
        // Someone else moved it first.
      }
      continue;
    }
    if (Date.now() >= deadline) {
      throw new Error(
        `another build (pid ${owner}) has held ${path} for longer than ${Math.round(waitMs / 1000)} s; stop it, or remove the file if that process is not a build`,
      );
    }
    if (!told) {
      onWait?.(owner);
      told = true;
    }
    await sleep(pollMs);
  }
}
