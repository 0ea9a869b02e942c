import { describe, expect, it } from 'vitest';
import { ArgumentError, parseServerConfigArgs } from '../../../../scripts/lib/build/server-config-args.ts';
import { SERVERS, serverConfig } from '../../../../scripts/lib/build/server-config.ts';
import { headersForPath, hostingPolicy, renderHeadersFile } from '../../../../scripts/lib/build/headers.ts';

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

  it.each(SERVERS)('%s: refuses a root with a line break, a control character or a backslash, naming --root', (server) => {
    for (const root of ['/srv/a\nlisten 80;', '/srv/a\u0007', '/srv/a\\b'])
      expect(() => serverConfig(server, policy, { ...target, root })).toThrow(/^--root holds a line break, control character or backslash/);
  });

  it.each(SERVERS)('%s: refuses a base, host or port that BASE_PATH and the arguments would refuse', (server) => {
    expect(() => serverConfig(server, { ...policy, base: '/a b/' }, target)).toThrow(/^--base must be a path such as \/archive\//);
    expect(() => serverConfig(server, { ...policy, base: '/../' }, target)).toThrow(/made of dots only/);
    expect(() => serverConfig(server, policy, { ...target, host: '127.0.0.1;x' })).toThrow(/^--host must be an address/);
    expect(() => serverConfig(server, policy, { ...target, port: 0 })).toThrow(/^--port must be a whole number/);
  });

  it('nginx: quotes a hostile root with escaped quotes, and refuses "$" (a variable nginx has no escape for)', () => {
    const root = `/srv/a b;c{d}"e'f#g`;
    expect(serverConfig('nginx', policy, { ...target, root })).toContain(`alias "/srv/a b;c{d}\\"e'f#g/";`);
    expect(serverConfig('nginx', hostingPolicy(PAGE_POLICY, '/'), { ...target, root })).toContain(`root "/srv/a b;c{d}\\"e'f#g";`);
    expect(() => serverConfig('nginx', policy, { ...target, root: '/srv/$host' })).toThrow(
      '--root holds "$", which nginx would read as a variable',
    );
  });

  it('apache: quotes a hostile root, refuses "${" and wildcards in <Directory>, and turns TRACE off', () => {
    const root = `/srv/a b;c{d}"e'f#g$h`;
    const config = serverConfig('apache', policy, { ...target, root });
    expect(config).toContain(`Alias "/sub/path/" "/srv/a b;c{d}\\"e'f#g$h/"`);
    expect(config).toContain(`<Directory "/srv/a b;c{d}\\"e'f#g$h">`);
    expect(config).toMatch(/^ {4}TraceEnable off$/m);
    expect(() => serverConfig('apache', policy, { ...target, root: '/srv/${HOME}' })).toThrow(
      '--root holds "${", which Apache would read as a variable',
    );
    for (const wildcard of ['/srv/a*', '/srv/a?', '/srv/[ab]'])
      expect(() => serverConfig('apache', policy, { ...target, root: wildcard })).toThrow(/--root holds a wildcard/);
  });

  it('caddy: escapes a root\'s braces so no placeholder expands, and refuses "{$" (read from the environment)', () => {
    const config = serverConfig('caddy', policy, { ...target, root: '/srv/{http.request.host}/"q"' });
    expect(config).toContain('root * "/srv/\\{http.request.host\\}/\\"q\\""');
    // Outside comments, the root's placeholder appears only escaped.
    const directives = config.split('\n').filter((line) => !line.trimStart().startsWith('#'));
    expect(directives.filter((line) => /[^\\]\{http\.request\.host/.test(line))).toEqual([]);
    expect(() => serverConfig('caddy', policy, { ...target, root: '/srv/{$HOME}' })).toThrow(
      '--root holds "{$", which Caddy would replace from the environment',
    );
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
    [['nginx', '--base', '/%2e%2e/'], /--base must be a path[^]*"%2e%2e" holds a character/],
    [['nginx', '--base', '/a;b{c}/'], /--base must be a path/],
    [['nginx', '--base', '/a"b/'], /--base must be a path/],
    [['nginx', '--host', 'a;b'], /--host must be an address/],
    [['nginx', '--root', 'a', '--root', 'b'], /--root is given twice/],
    [['nginx', '--listen', '80'], /unknown argument "--listen"/],
  ])('%j is refused, naming the argument', (args, message) => {
    expect(() => parse(...(args as string[]))).toThrow(ArgumentError);
    expect(() => parse(...(args as string[]))).toThrow(message);
  });
});
