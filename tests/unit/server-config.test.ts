import { describe, expect, it } from 'vitest';
import { ArgumentError, parseServerConfigArgs } from '../../scripts/lib/build/server-config-args.ts';
import { SERVERS, serverConfig } from '../../scripts/lib/build/server-config.ts';
import { headersForPath, hostingPolicy, renderHeadersFile } from '../../scripts/lib/build/headers.ts';

const PAGE_POLICY = "default-src 'self'; script-src 'self' 'sha256-abc+/='";
const policy = hostingPolicy(PAGE_POLICY, '/sub/path/');
const target = { root: '/srv/archive/dist', port: 8123 };

describe('one hosting policy for _headers and every server', () => {
  it.each(SERVERS)('%s: every header of _headers, with its value, and the hashed folders cached for a year', (server) => {
    const config = serverConfig(server, policy, target);
    const file = renderHeadersFile(PAGE_POLICY, '/sub/path/');
    for (const [name, value] of Object.entries(headersForPath(file, '/sub/path/'))) {
      expect(config.toLowerCase()).toContain(name);
      expect(config).toContain(`"${value}"`);
    }
    for (const folder of policy.immutableFolders) expect(config).toContain(`/${folder}`);
    expect(config).toContain('"public, max-age=31536000, immutable"');
    expect(config).toContain('404.html');
    expect(config).toContain('_headers');
    expect(config).toContain('pf_fragment');
  });

  it('nginx: a server block on the port, rooted at the site under the base', () => {
    const config = serverConfig('nginx', policy, target);
    expect(config).toMatch(/^server \{$/m);
    expect(config).toMatch(/^\s+listen 8123;$/m);
    expect(config).toContain('alias "/srv/archive/dist/";');
    expect(config).toContain('location ^~ /sub/path/ {');
    expect(config).toContain('error_page 404 /sub/path/404.html;');
    expect(serverConfig('nginx', hostingPolicy(PAGE_POLICY, '/'), { ...target, host: '127.0.0.1' })).toMatch(
      /listen 127\.0\.0\.1:8123;[\s\S]*root "\/srv\/archive\/dist";/,
    );
  });

  it('refuses a value the configuration could not quote', () => {
    expect(() => serverConfig('nginx', policy, { ...target, root: '/srv/"x"' })).toThrow(/--root/);
  });

  it('_headers reads back per path as Netlify applies it', () => {
    const file = renderHeadersFile(PAGE_POLICY, '/');
    expect(headersForPath(file, '/articles/a/')['cache-control']).toBeUndefined();
    expect(headersForPath(file, '/_astro/x.css')['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(headersForPath(file, '/_astro/x.css')['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self' 'sha256-abc+/='; frame-ancestors 'none'",
    );
  });
});

describe('npm run server-config arguments', () => {
  const parse = (...args: string[]) => parseServerConfigArgs(args, '/p/dist', '/p');

  it("defaults to the project's dist/ on port 8080 and reads every option", () => {
    expect(parse('nginx')).toEqual({ server: 'nginx', root: '/p/dist', port: 8080, host: undefined, base: undefined });
    expect(parse('caddy', '--root', 'out/', '--port', '9000', '--host', '127.0.0.1', '--base', 'x/y')).toEqual({
      server: 'caddy',
      root: '/p/out',
      port: 9000,
      host: '127.0.0.1',
      base: '/x/y/',
    });
  });

  it.each([
    [[], /name a server/],
    [['iis'], /unknown server "iis"/],
    [['nginx', '--port'], /--port needs a value/],
    [['nginx', '--port', '0'], /--port must be a whole number/],
    [['nginx', '--port', '80x'], /--port must be a whole number/],
    [['nginx', '--base', '/a/../b/'], /--base must be a path/],
    [['nginx', '--base', 'a b'], /--base must be a path/],
    [['nginx', '--host', 'a;b'], /--host must be an address/],
    [['nginx', '--root', 'a', '--root', 'b'], /--root is given twice/],
    [['nginx', '--listen', '80'], /unknown argument "--listen"/],
  ])('%j is refused, naming the argument', (args, message) => {
    expect(() => parse(...(args as string[]))).toThrow(ArgumentError);
    expect(() => parse(...(args as string[]))).toThrow(message);
  });
});
