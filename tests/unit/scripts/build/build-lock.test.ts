import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isAlive, lockOwner, lockStepGroup, recordStep, takeLock } from '../../../../scripts/lib/build/lock.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function lockPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lock-'));
  dirs.push(dir);
  return join(dir, 'build.lock');
}

describe('the build lock', () => {
  it('holds this process pid while taken and is gone once released', async () => {
    const path = lockPath();
    const release = await takeLock(path, { waitMs: 1000 });
    expect(lockOwner(path)).toBe(process.pid);
    release();
    expect(existsSync(path)).toBe(false);
  });

  it('makes a second taker wait, saying who holds it, until the first releases', async () => {
    const path = lockPath();
    const release = await takeLock(path, { waitMs: 1000 });
    const waitedFor: number[] = [];
    const second = takeLock(path, { waitMs: 5000, pollMs: 20, onWait: (pid) => waitedFor.push(pid) });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(waitedFor).toEqual([process.pid]);
    release();
    const releaseSecond = await second;
    expect(lockOwner(path)).toBe(process.pid);
    releaseSecond();
  });

  it('gives up after its wait, naming the owner', async () => {
    const path = lockPath();
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    try {
      writeFileSync(path, String(sleeper.pid));
      await expect(takeLock(path, { waitMs: 100, pollMs: 20 })).rejects.toThrow(`another build (pid ${sleeper.pid})`);
      expect(readFileSync(path, 'utf8')).toBe(String(sleeper.pid));
    } finally {
      sleeper.kill();
    }
  });

  it('takes over a lock whose owner has gone, or that holds no pid', async () => {
    const path = lockPath();
    const done = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => done.on('exit', resolve));
    expect(isAlive(done.pid!)).toBe(false);
    writeFileSync(path, String(done.pid));
    (await takeLock(path, { waitMs: 100 }))();
    writeFileSync(path, 'garbage');
    const release = await takeLock(path, { waitMs: 100 });
    expect(lockOwner(path)).toBe(process.pid);
    release();
  });

  it('waits while a step of a dead owner is still running, naming its process group, and takes over once it has ended', async () => {
    const path = lockPath();
    const done = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => done.on('exit', resolve));
    // A step in a process group of its own, as scripts/build.mjs starts them, outliving its build.
    const step = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)'], { detached: true, stdio: 'ignore' });
    try {
      writeFileSync(path, `${done.pid}\nstep ${step.pid}\n`);
      const told: Array<[number, number | null]> = [];
      await expect(takeLock(path, { waitMs: 300, pollMs: 20, onWait: (pid, group) => told.push([pid, group]) })).rejects.toThrow(
        `a step of a build that is gone (process group ${step.pid})`,
      );
      expect(told).toEqual([[done.pid, step.pid]]);
      const taking = takeLock(path, { waitMs: 5000, pollMs: 20 });
      process.kill(-step.pid!, 'SIGKILL');
      const release = await taking;
      expect(lockOwner(path)).toBe(process.pid);
      release();
    } finally {
      try {
        process.kill(-step.pid!, 'SIGKILL');
      } catch {
        // Already stopped.
      }
    }
  });

  it("names the running step's process group in the lock it holds, and only in its own", async () => {
    const path = lockPath();
    const release = await takeLock(path, { waitMs: 1000 });
    recordStep(path, 4242);
    expect([lockOwner(path), lockStepGroup(path)]).toEqual([process.pid, 4242]);
    recordStep(path, null);
    expect([lockOwner(path), lockStepGroup(path)]).toEqual([process.pid, null]);
    release();
    writeFileSync(path, '1\n');
    recordStep(path, 4242);
    expect(readFileSync(path, 'utf8')).toBe('1\n');
  });
});
