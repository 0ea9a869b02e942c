/**
 * One build at a time per checkout. Two builds of one project overwrite each
 * other's `.astro/` prerender chunks and staging folders, so `npm run build`
 * takes a lock file before it starts. The file holds the owner's pid: a lock
 * whose owner has gone (a build killed with SIGKILL, a crashed machine) is
 * taken over instead of being waited on for ever, but only once no step of
 * that build is left: the file also names the process group of the step
 * running (`step <pgid>`), and a dead owner's step still running holds the
 * lock until it ends (scripts/lib/build/step-watchdog.ts ends it within a
 * second).
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, linkSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Options for {@link takeLock}. */
export interface LockOptions {
  /** How long to wait for another build before giving up, in milliseconds. */
  waitMs: number;
  /** Called once when the lock is held: with the owner's pid, and the process group of a step left running by an owner that is gone (else null). */
  onWait?: (ownerPid: number, leftoverStepGroup: number | null) => void;
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

/** The process group of the step the lock's owner was running, or null when none is named. */
export function lockStepGroup(path: string): number | null {
  try {
    const group = /^step (\d+)$/m.exec(readFileSync(path, 'utf8'))?.[1];
    return group === undefined ? null : Number(group);
  } catch {
    return null;
  }
}

/** Whether any process of this process group is running. */
function isGroupAlive(group: number): boolean {
  try {
    process.kill(-group, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Names, in a lock this process holds, the process group of the step it has
 * started (null: no step running), so that if this process is killed the
 * next build waits for that step to end. Written aside and renamed into
 * place, so the lock is never seen half written.
 */
export function recordStep(path: string, group: number | null): void {
  if (lockOwner(path) !== process.pid) return;
  const mine = `${path}.${process.pid}`;
  writeFileSync(mine, `${process.pid}\n${group === null ? '' : `step ${group}\n`}`);
  renameSync(mine, path);
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
    const leftover = owner === null || !isAlive(owner) ? lockStepGroup(path) : null;
    const stale = (owner === null || !isAlive(owner)) && (leftover === null || !isGroupAlive(leftover));
    if (stale) {
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
        leftover !== null
          ? `a step of a build that is gone (process group ${leftover}) has held ${path} for longer than ${Math.round(waitMs / 1000)} s; stop that process group, or remove the file if it is not a build's`
          : `another build (pid ${owner}) has held ${path} for longer than ${Math.round(waitMs / 1000)} s; stop it, or remove the file if that process is not a build`,
      );
    }
    if (!told) {
      onWait?.(owner ?? 0, leftover);
      told = true;
    }
    await sleep(pollMs);
  }
}
