/**
 * Real web servers from Debian's packages (nginx, Apache, Caddy), each
 * started on a free 127.0.0.1 port with the configuration
 * `npm run server-config` prints for it, in a folder of its own, and stopped
 * by its process id. The wrapper around the printed configuration holds only
 * what a system's own main configuration would (pid file, logs, modules).
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ServerName } from '../../scripts/lib/build/server-config.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** A running server. */
export interface RunningServer {
  /** Origin plus base, e.g. "http://127.0.0.1:41234/some/base/". */
  url: string;
  /** The configuration it was started with, as printed by `npm run server-config`. */
  config: string;
  /** Stops it (SIGTERM to its pid, then waits for it to exit) and removes its folder. */
  stop: () => Promise<void>;
}

/** A port nobody is listening on at the moment. */
async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });
}

/** The configuration the command prints for this site, server and port. */
function printedConfig(server: ServerName, siteDir: string, port: number, base: string): string {
  return execFileSync(
    process.execPath,
    [join(ROOT, 'scripts/server-config.ts'), server, '--root', siteDir, '--port', String(port), '--host', '127.0.0.1', '--base', base],
    {
      encoding: 'utf8',
    },
  );
}

/** Writes the wrapper configuration and returns the command that runs the server in the foreground. */
function prepare(server: ServerName, dir: string, config: string): { command: string; args: string[]; env?: NodeJS.ProcessEnv } {
  if (server === 'nginx') {
    writeFileSync(join(dir, 'site.conf'), config);
    const asRoot = process.getuid?.() === 0 ? 'user root root;\n' : '';
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${dir}/tmp-${kind};`).join('\n');
    writeFileSync(
      join(dir, 'nginx.conf'),
      `${asRoot}worker_processes 1;\ndaemon off;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents { worker_connections 256; }\nhttp {\n    access_log off;\n${temp}\n    include ${dir}/site.conf;\n}\n`,
    );
    return { command: '/usr/sbin/nginx', args: ['-p', dir, '-c', join(dir, 'nginx.conf')] };
  }
  if (server === 'apache') {
    writeFileSync(join(dir, 'site.conf'), config);
    const modules = ['mpm_event', 'authz_core', 'alias', 'dir', 'headers', 'mime'];
    const load = modules.map((name) => `LoadModule ${name}_module /usr/lib/apache2/modules/mod_${name}.so`).join('\n');
    writeFileSync(
      join(dir, 'httpd.conf'),
      `ServerRoot ${dir}\nServerName 127.0.0.1\nPidFile ${dir}/httpd.pid\nErrorLog ${dir}/error.log\nMutex file:${dir} default\n${load}\nTypesConfig /etc/mime.types\nInclude ${dir}/site.conf\n`,
    );
    return { command: '/usr/sbin/apache2', args: ['-f', join(dir, 'httpd.conf'), '-DFOREGROUND'] };
  }
  // Caddy keeps its state under HOME/XDG folders: give it this one. Its admin endpoint is turned off
  // (a global option placed before the printed Caddyfile) so servers started at once do not collide on it.
  writeFileSync(join(dir, 'Caddyfile'), `{\n    admin off\n}\n\n${config}`);
  return {
    command: '/usr/bin/caddy',
    args: ['run', '--adapter', 'caddyfile', '--config', join(dir, 'Caddyfile')],
    env: { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
  };
}

/**
 * Checks the printed configuration with the server's own test, without
 * serving: `nginx -t`, `apache2 -t` (what `apachectl -t` runs) and
 * `caddy validate`. Resolves with its status and output.
 */
export async function validateConfig(server: ServerName, siteDir: string, base: string): Promise<{ status: number; output: string }> {
  const dir = mkdtempSync(join(tmpdir(), `archive-${server}-`));
  try {
    const { command, args, env } = prepare(server, dir, printedConfig(server, siteDir, await freePort(), base));
    const check =
      server === 'nginx'
        ? ['-t', ...args]
        : server === 'apache'
          ? ['-t', ...args.filter((arg) => arg !== '-DFOREGROUND')]
          : ['validate', ...args.slice(1)];
    const result = spawnSync(command, check, { cwd: dir, env: env ?? process.env, encoding: 'utf8' });
    return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Waits until the server answers on its port, or fails with its output. */
async function answering(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with status ${child.exitCode}:\n${output()}`);
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
  throw new Error(`the server did not answer within 15 s:\n${output()}`);
}

/** Starts `server` serving the built site in `siteDir` under `base`, with the printed configuration. */
export async function startServer(server: ServerName, siteDir: string, base: string): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), `archive-${server}-`));
  const port = await freePort();
  const config = printedConfig(server, siteDir, port, base);
  const { command, args, env } = prepare(server, dir, config);
  const child = spawn(command, args, { cwd: dir, env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  const stop = async () => {
    if (child.exitCode === null && child.pid) process.kill(child.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((wait) => setTimeout(wait, 10_000))]);
    rmSync(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}${base}`;
  try {
    await answering(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, config, stop };
}
