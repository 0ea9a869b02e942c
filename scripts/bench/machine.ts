/** The machine and code the figures came from, printed with them: figures mean little without it. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg, release } from 'node:os';
import { ROOT } from '../harness/build.ts';

/** Where and when a benchmark ran. */
export interface Machine {
  date: string;
  cpus: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  kernel: string;
  /** 1-minute load average when the run began: other work on the machine slows every figure. */
  loadAtStart: number;
  commit: string;
}

/** The first value of a "key : value" line in a /proc file, or "unknown". */
function procField(file: string, key: string): string {
  try {
    const match = new RegExp(`^${key}\\s*:\\s*(.+)$`, 'm').exec(readFileSync(file, 'utf8'));
    return match?.[1]?.trim() ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Describes this machine and the commit being measured. */
export function describeMachine(): Machine {
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  return {
    date: new Date().toISOString(),
    cpus: availableParallelism(),
    cpuModel: procField('/proc/cpuinfo', 'model name'),
    memoryBytes: Number.parseInt(procField('/proc/meminfo', 'MemTotal'), 10) * 1024,
    node: process.version,
    kernel: release(),
    loadAtStart: Math.round(loadavg()[0]! * 100) / 100,
    commit: commit.status === 0 ? commit.stdout.trim() : 'unknown',
  };
}
