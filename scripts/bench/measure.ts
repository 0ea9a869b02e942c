/**
 * Runs a command and measures it from outside: wall time, every line it
 * prints with the moment it arrived, and memory of the whole process tree
 * sampled from /proc. A build is several processes (scripts/build.mjs, the
 * astro process it spawns, the Pagefind binary that spawns), so the figure
 * that matters is the tree's, not one process's.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** One line of output and when it arrived, in ms after the command started. */
export interface OutputLine {
  atMs: number;
  /** The line without colour escapes, so patterns match whether or not FORCE_COLOR is set. */
  text: string;
}

/** The resident memory of the process tree at one moment. */
interface MemorySample {
  atMs: number;
  /** Sum of VmRSS over the tree (shared pages counted once per process, as `ps` does). */
  treeRssBytes: number;
}

/** What a measured run did. */
export interface MeasuredRun {
  status: number;
  wallMs: number;
  lines: OutputLine[];
  samples: MemorySample[];
  /** Highest tree RSS seen in any sample. */
  peakTreeRssBytes: number;
  /** Highest VmHWM of any single process in the tree: exact, where samples can miss a short spike. */
  peakProcessHwmBytes: number;
  /** Which process that was, e.g. "node astro.mjs" or "pagefind_extended". */
  peakProcessName: string;
  /**
   * CPU time (user + system) of the whole tree, from /usr/bin/time; null
   * without it. Other work on a shared machine stretches wall time far more
   * than CPU time, so this is the steadier figure to compare runs by.
   */
  cpuMs: number | null;
}

/** Options for {@link runMeasured}. */
export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Lines for which this returns true are echoed to the console, as progress. */
  echo?: (line: string) => boolean;
}

/** How often memory is sampled. Short enough to catch Astro's peaks, long enough to cost nothing. */
const SAMPLE_EVERY_MS = 100;

/** GNU time, which reports the CPU time of a command and every descendant it waited for. */
const GNU_TIME = '/usr/bin/time';

/** How to get GNU time, printed when it is missing. */
export const TIME_INSTALL_HINT = `${GNU_TIME} is missing, so CPU times are not reported. On Debian: apt-get install -y time`;

/** True when CPU times can be measured. */
export function canMeasureCpu(): boolean {
  return existsSync(GNU_TIME);
}

let timeFiles = 0;

/** Parent pid of every process, from /proc/<pid>/stat (the field after the parenthesised name). */
function parentsByPid(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended while the list was read.
    }
  }
  return parents;
}

/** The pid and all its descendants. (This kernel has no /proc/<pid>/task/<tid>/children.) */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parentsByPid()) {
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent)!.push(pid);
  }
  const tree = [root];
  for (let index = 0; index < tree.length; index++) tree.push(...(children.get(tree[index]!) ?? []));
  return tree;
}

/** A short name for a process from its command line: the program, and the script when the program is node. */
function processName(pid: number): string {
  try {
    const [program = '', script = ''] = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      .split('\0')
      .map((arg) => arg.split('/').pop() ?? arg);
    return program === 'node' && script ? `node ${script}` : program;
  } catch {
    return 'unknown';
  }
}

/** VmRSS and VmHWM of one process in bytes, or null once it has gone. */
function memoryOf(pid: number): { rss: number; hwm: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kilobytes = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kilobytes('VmRSS'), hwm: kilobytes('VmHWM') };
  } catch {
    return null;
  }
}

/**
 * Runs `command args` to completion, measuring it. Never rejects for a
 * failing command: the status says how it ended, the lines say why.
 */
export function runMeasured(command: string, args: readonly string[], options: RunOptions): Promise<MeasuredRun> {
  const timeFile = canMeasureCpu() ? join(tmpdir(), `archive-bench-time-${process.pid}-${++timeFiles}.txt`) : null;
  const [program, programArgs] = timeFile ? [GNU_TIME, ['-f', '%U %S', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const since = () => Math.round(performance.now() - started);
  const child = spawn(program, programArgs, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: OutputLine[] = [];
  const samples: MemorySample[] = [];
  let peakProcessHwmBytes = 0;
  let peakProcessName = '';

  const sample = () => {
    if (child.pid === undefined) return;
    let treeRssBytes = 0;
    for (const pid of processTree(child.pid)) {
      const memory = memoryOf(pid);
      if (!memory) continue;
      treeRssBytes += memory.rss;
      // A running maximum: an exited, unreaped process still has a status file, without memory lines.
      if (memory.hwm > peakProcessHwmBytes) {
        peakProcessHwmBytes = memory.hwm;
        peakProcessName = processName(pid);
      }
    }
    samples.push({ atMs: since(), treeRssBytes });
  };
  const timer = setInterval(sample, SAMPLE_EVERY_MS);

  for (const stream of [child.stdout, child.stderr]) {
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      for (const part of parts) {
        const text = stripVTControlCharacters(part);
        lines.push({ atMs: since(), text });
        if (options.echo?.(text)) console.log(`    ${text}`);
      }
    });
    stream.on('end', () => {
      if (partial) lines.push({ atMs: since(), text: stripVTControlCharacters(partial) });
    });
  }

  return new Promise((resolve) => {
    const finish = (status: number) => {
      clearInterval(timer);
      resolve({
        status,
        wallMs: since(),
        lines,
        samples,
        peakTreeRssBytes: Math.max(0, ...samples.map((entry) => entry.treeRssBytes)),
        peakProcessHwmBytes,
        peakProcessName,
        cpuMs: timeFile ? readCpuMs(timeFile) : null,
      });
    };
    child.on('error', (error) => {
      lines.push({ atMs: since(), text: String(error) });
      finish(127);
    });
    child.on('close', (status) => finish(status ?? 1));
  });
}

/** Reads and deletes GNU time's "user system" seconds; its last line, after any "Command exited…" note. */
function readCpuMs(timeFile: string): number | null {
  try {
    const [user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
    return user === undefined || system === undefined || Number.isNaN(user + system) ? null : Math.round((user + system) * 1000);
  } catch {
    return null;
  } finally {
    rmSync(timeFile, { force: true });
  }
}

/** The last `count` lines of a run's output, for an error message. */
export function tail(run: MeasuredRun, count = 30): string {
  return run.lines
    .slice(-count)
    .map((line) => line.text)
    .join('\n');
}
