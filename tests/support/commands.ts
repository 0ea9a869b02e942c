/**
 * Runs the archivist's commands as `npm run` does (Node's type stripping on
 * scripts/*.ts), and snapshots a content folder to prove a failed command
 * wrote nothing.
 */
import { spawnSync } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../../scripts/harness/build.ts';

/** How a command ended and what it printed. */
export interface CommandResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs `node scripts/<script>` with the given arguments from the project root. */
export function runScript(script: string, args: readonly string[]): CommandResult {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under a folder with its contents (a symbolic link as its target), to compare before and after a command. */
export function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      const stats = lstatSync(path);
      if (stats.isSymbolicLink()) files.set(relative(dir, path), `-> ${readlinkSync(path)}`);
      else if (stats.isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, 'latin1'));
    }
  };
  walk(dir);
  return files;
}
