/**
 * Roots and bases that could turn a printed configuration against the site:
 * a folder name holding quotes, semicolons, braces and a "#", a Caddy
 * placeholder that would let each request choose the folder served, a
 * variable each server would expand, a base with spaces or dot segments.
 * What `npm run server-config` accepts passes the server's own check
 * (`nginx -t`, `apache2 -t`, `caddy validate`) and serves the site from that
 * folder; what it cannot quote for a server it refuses, naming the argument,
 * printing nothing. TRACE is refused by every server.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { cspFromHtml, headerCsp } from '../../scripts/lib/build/headers.ts';
import { SERVERS, type ServerName } from '../../scripts/lib/build/server-config.ts';
import { ROOT } from '../../scripts/harness/build.ts';
import { startServer, validateConfig } from '../support/web-servers.ts';

/** Folders made here, removed at the end. */
const made: string[] = [];
afterAll(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of a built site in a folder with the given (hostile) name. */
function siteCopy(siteDir: string, name: string): string {
  const parent = mkdtempSync(join(tmpdir(), 'archive-hostile-'));
  made.push(parent);
  const copy = join(parent, name);
  cpSync(siteDir, copy, { recursive: true });
  return copy;
}

/** Runs `npm run server-config` (its script) with these arguments. */
function serverConfig(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/server-config.ts'), ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Sends one request with a method fetch() refuses to send (TRACE), resolving with its status and body. */
function rawRequest(url: string, method: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { method, headers: { 'X-Probe': 'echoed?' } }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    sent.on('error', reject);
    sent.end();
  });
}

/** A folder name every server's quoting must carry: a space, quotes, ";", "#", braces and brackets of a config file. */
const HOSTILE_NAME = `site a;b {c} "d" 'e' #f (g) <h> &i`;

const sites = [
  { name: 'at the root', dir: () => inject('siteDir'), base: '/' },
  { name: 'under a sub-path', dir: () => inject('subPathSiteDir'), base: inject('subPath') },
];

describe.each(SERVERS.flatMap((server) => sites.map((site) => ({ server, ...site }))))(
  '$server with a hostile --root, the site $name',
  ({ server, dir, base }) => {
    it("passes the server's own check and serves the site from that folder, with its headers, 404 page and no TRACE", async () => {
      const root = siteCopy(dir(), HOSTILE_NAME);
      const check = await validateConfig(server, root, base);
      expect(check.status, check.output).toBe(0);
      const running = await startServer(server, root, base);
      try {
        const home = await fetch(running.url);
        expect(home.status).toBe(200);
        expect(await home.text()).toBe(readFileSync(join(root, 'index.html'), 'utf8'));
        const policy = headerCsp(cspFromHtml(readFileSync(join(root, 'index.html'), 'utf8'))!);
        expect(home.headers.get('content-security-policy')).toBe(policy);
        const missing = await fetch(`${running.url}no-such-page/`);
        expect(missing.status).toBe(404);
        expect(await missing.text()).toBe(readFileSync(join(root, '404.html'), 'utf8'));
        const trace = await rawRequest(running.url, 'TRACE');
        expect(trace.status, trace.body).toBe(405);
        expect(trace.body).not.toContain('echoed?');
      } finally {
        await running.stop();
      }
    });
  },
);

describe('caddy with placeholders in --root', () => {
  it.each(['{http.request.host}', '{path}', '{http.request.uri.query.dir}'])(
    'serves the folder literally named %s, so no request chooses the folder served',
    async (name) => {
      const root = siteCopy(inject('siteDir'), name);
      const check = await validateConfig('caddy', root, '/');
      expect(check.status, check.output).toBe(0);
      const running = await startServer('caddy', root, '/');
      try {
        for (const path of ['', 'search/', '?dir=..']) {
          const response = await fetch(running.url + path);
          expect(response.status, path).toBe(200);
        }
        expect(await (await fetch(running.url)).text()).toBe(readFileSync(join(root, 'index.html'), 'utf8'));
      } finally {
        await running.stop();
      }
    },
  );
});

describe('what a server cannot quote is refused, naming the argument, with nothing printed', () => {
  const cases: Array<[ServerName, string, RegExp]> = [
    ['nginx', 'site$host', /--root holds "\$", which nginx would read as a variable/],
    ['apache', 'site${HOME}', /--root holds "\$\{", which Apache would read as a variable/],
    ['apache', 'site*', /--root holds a wildcard/],
    ['caddy', 'site{$HOME}', /--root holds "\{\$", which Caddy would replace from the environment/],
  ];
  it.each(cases)('%s refuses the root %j', (server, name, message) => {
    const root = siteCopy(inject('siteDir'), name);
    const result = serverConfig(server, '--root', root);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it.each(['/a b/', '/../', '/%2e%2e/', '/a;b{c}/', '/a"b/'])('every server refuses --base %j', (base) => {
    for (const server of SERVERS) {
      const result = serverConfig(server, '--root', inject('siteDir'), '--base', base);
      expect(result.status, server).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^server-config: --base must be a path such as \/archive\//);
    }
  });

  it.each(['/a b/', '/../', '/%2e%2e/', '/a;b{c}/'])(
    'refuses a site whose _headers names the base %j (built before the rule, or edited), instead of serving it at the root',
    (base) => {
      const root = siteCopy(inject('siteDir'), 'site');
      const headersFile = join(root, '_headers');
      writeFileSync(headersFile, readFileSync(headersFile, 'utf8').replace(/^\/\*/, `${base}*`));
      const result = serverConfig('nginx', '--root', root);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(
        `the base the site in ${root} was built for (the first rule of _headers) must be a path such as /archive/`,
      );
    },
  );
});
