/**
 * The arguments of `npm run server-config`: which server, and where the
 * built site is, what port to listen on and which base path it was built for.
 */
import { isAbsolute, resolve } from 'node:path';
import { checkBasePath } from '../../../src/lib/core/base-path.ts';
import { SERVERS, type ServerName } from './server-config.ts';

/** What the command was asked for. */
export interface ServerConfigRequest {
  /** Which server to write for. */
  server: ServerName;
  /** Absolute path of the built site. */
  root: string;
  /** TCP port to listen on. */
  port: number;
  /** Listen address; all addresses when absent. */
  host: string | undefined;
  /** The base path ("/" or "/sub/path/"), or undefined to take the one the site was built for. */
  base: string | undefined;
}

/** A bad argument: the message names it. */
export class ArgumentError extends Error {}

/** Usage, for messages. */
const USAGE = 'usage: npm run server-config -- <nginx|apache|caddy> [--root DIR] [--port N] [--host ADDRESS] [--base /sub/path/]';

/**
 * Reads the arguments. `defaultRoot` is the project's dist/. Throws an
 * ArgumentError naming the first bad argument.
 */
export function parseServerConfigArgs(args: readonly string[], defaultRoot: string, cwd: string): ServerConfigRequest {
  const [server, ...rest] = args;
  if (!server) throw new ArgumentError(`name a server: nginx, apache or caddy.\n${USAGE}`);
  if (!(SERVERS as readonly string[]).includes(server))
    throw new ArgumentError(`unknown server "${server}": expected nginx, apache or caddy.\n${USAGE}`);
  const request: ServerConfigRequest = { server: server as ServerName, root: defaultRoot, port: 8080, host: undefined, base: undefined };
  const seen = new Set<string>();
  for (let i = 0; i < rest.length; i += 2) {
    const flag = rest[i]!;
    const value = rest[i + 1];
    if (!['--root', '--port', '--host', '--base'].includes(flag)) throw new ArgumentError(`unknown argument "${flag}".\n${USAGE}`);
    if (seen.has(flag)) throw new ArgumentError(`${flag} is given twice.`);
    seen.add(flag);
    if (value === undefined || value === '' || value.startsWith('--')) throw new ArgumentError(`${flag} needs a value.\n${USAGE}`);
    if (flag === '--root') request.root = isAbsolute(value) ? value : resolve(cwd, value);
    if (flag === '--port') {
      const port = Number(value);
      if (!/^\d+$/.test(value) || port < 1 || port > 65535)
        throw new ArgumentError(`--port must be a whole number from 1 to 65535, not "${value}".`);
      request.port = port;
    }
    if (flag === '--host') {
      if (!/^[0-9A-Za-z.:-]+$/.test(value)) throw new ArgumentError(`--host must be an address such as 127.0.0.1 or ::1, not "${value}".`);
      request.host = value;
    }
    if (flag === '--base') {
      // The rule BASE_PATH follows (src/lib/core/base-path.ts), so any base a site can be built for is accepted here.
      try {
        request.base = checkBasePath(value, '--base');
      } catch (error) {
        throw new ArgumentError((error as Error).message);
      }
    }
  }
  request.root = request.root.replace(/\/+$/, '') || '/';
  return request;
}
