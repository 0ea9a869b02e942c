#!/usr/bin/env node
/**
 * `npm run server-config -- <nginx|apache|caddy> [--root DIR] [--port N] [--host ADDRESS] [--base /sub/path/]`
 *
 * Prints a configuration that serves a built site (default: the project's
 * dist/) on nginx, Apache or Caddy with the protection of its `_headers`
 * file: the same policy, from the same source (scripts/lib/build/server-config.ts).
 * The policy is read from the built pages, so the configuration belongs to
 * that build. A bad argument is named on stderr, nothing is printed, and the
 * exit status is 2.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hostingPolicy } from './lib/build/headers.ts';
import { checkBasePath } from '../src/lib/core/base-path.ts';
import { scanPages, sitePolicy } from './lib/build/site-check.ts';
import { ArgumentError, parseServerConfigArgs } from './lib/build/server-config-args.ts';
import { serverConfig } from './lib/build/server-config.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** Stops with a message and status 2, printing nothing on stdout. */
function fail(message: string): never {
  process.stderr.write(`server-config: ${message}\n`);
  process.exit(2);
}

try {
  const request = parseServerConfigArgs(process.argv.slice(2), join(ROOT, 'dist'), process.cwd());
  const headersFile = join(request.root, '_headers');
  if (!existsSync(join(request.root, 'index.html')) || !existsSync(headersFile)) {
    fail(
      `--root ${request.root} holds no built site (no index.html and _headers): run \`npm run build\` first, or name the folder with --root.`,
    );
  }
  // The first rule of _headers is "<base>*": the base the site was built for. It is checked by BASE_PATH's
  // rule again, since a site built before that rule, or a _headers edited by hand, may hold any text.
  // The whole first line is read, spaces included, so an odd base is refused rather than silently taken for "/".
  const firstRule = readFileSync(headersFile, 'utf8').split('\n', 1)[0]!;
  if (!firstRule.startsWith('/') || !firstRule.endsWith('*'))
    fail(`${headersFile} does not start with the rule for the site's base ("/…/*"): build the site again with \`npm run build\`.`);
  const builtBase = checkBasePath(
    firstRule.slice(0, -1),
    `the base the site in ${request.root} was built for (the first rule of _headers)`,
  );
  if (request.base !== undefined && request.base !== builtBase) {
    fail(
      `--base ${request.base} is not the base the site in ${request.root} was built for (${builtBase}): build with BASE_PATH=${request.base}, or leave --base out.`,
    );
  }
  const policy = hostingPolicy(sitePolicy(scanPages(request.root, builtBase)), builtBase);
  process.stdout.write(serverConfig(request.server, policy, { root: request.root, port: request.port, host: request.host }));
} catch (error) {
  if (error instanceof ArgumentError) fail(error.message);
  fail((error as Error).message);
}
