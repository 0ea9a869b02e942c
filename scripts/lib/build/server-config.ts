/**
 * Configurations for self-hosting the built site on nginx, Apache or Caddy,
 * written from the same hosting policy as `_headers` (headers.ts beside it), so
 * a site served by any of them sends what Netlify sends: the page's
 * Content-Security-Policy with `frame-ancestors`, the other security headers,
 * a year's caching for hashed files only, the site's 404 page, Pagefind's
 * media types, and nothing of the files written for hosts.
 */
import { checkBasePath } from '../../../src/lib/core/base-path.ts';
import type { HostingPolicy } from './headers.ts';
import { escapeRegExp } from '../../../src/lib/core/escapes.ts';

/** The servers a configuration can be written for. */
export const SERVERS = ['nginx', 'apache', 'caddy'] as const;

/** One of SERVERS. */
export type ServerName = (typeof SERVERS)[number];

/** Where and how the server listens and what it serves. */
export interface ServerTarget {
  /** Absolute path of the built site folder. */
  root: string;
  /** TCP port. */
  port: number;
  /** Address to listen on, e.g. "127.0.0.1" behind a proxy; all addresses when absent. */
  host?: string | undefined;
}

/**
 * Refuses what no configuration here can carry in a quoted value: control
 * characters (a line break would end the directive and start another) and
 * backslashes (each server reads them as escapes in its own way).
 */
function refuseUnquotable(value: string, forWhat: string): void {
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\u0000-\u001f\u007f\\]/.test(value))
    throw new Error(
      `${forWhat} holds a line break, control character or backslash, which a server configuration cannot carry: ${JSON.stringify(value)}`,
    );
}

/**
 * A double-quoted nginx string ("\"" escapes a quote). nginx reads "$name"
 * as a variable in root, alias and add_header values and has no escape for
 * "$", so a value holding one is refused.
 */
function nginxQuoted(value: string, forWhat: string): string {
  refuseUnquotable(value, forWhat);
  if (value.includes('$')) throw new Error(`${forWhat} holds "$", which nginx would read as a variable: ${value}`);
  return `"${value.replaceAll('"', '\\"')}"`;
}

/**
 * A double-quoted Apache argument ("\"" escapes a quote). Apache replaces
 * "${NAME}" with a defined variable as it reads the file, with no escape, so
 * a value holding "${" is refused.
 */
function apacheQuoted(value: string, forWhat: string): string {
  refuseUnquotable(value, forWhat);
  if (value.includes('${')) throw new Error(`${forWhat} holds "\${", which Apache would read as a variable: ${value}`);
  return `"${value.replaceAll('"', '\\"')}"`;
}

/** The path of an Apache <Directory>: a wildcard pattern, so "*", "?" and "[" would grant more folders than the site's. */
function apacheDirectory(root: string): string {
  if (/[*?[\]]/.test(root))
    throw new Error(`--root holds a wildcard ("*", "?", "[" or "]"), which Apache's <Directory> would match other folders with: ${root}`);
  return apacheQuoted(root, '--root');
}

/**
 * A double-quoted Caddyfile token. Caddy replaces "{…}" placeholders in the
 * root and in header values on every request, even inside quotes, unless the
 * braces are escaped ("\{"), so they always are. "{$NAME}" is replaced from the
 * environment while the file is read, before any escape counts, so a value
 * holding "{$" is refused.
 */
function caddyQuoted(value: string, forWhat: string): string {
  refuseUnquotable(value, forWhat);
  if (value.includes('{$')) throw new Error(`${forWhat} holds "{$", which Caddy would replace from the environment: ${value}`);
  return `"${value.replace(/["{}]/g, '\\$&')}"`;
}

/** The root folder written with a trailing slash, as an alias needs. */
function folder(root: string): string {
  return root.endsWith('/') ? root : `${root}/`;
}

/** Media types in the order of the policy's table, grouped by type (for nginx's `types` and Apache's `AddType`). */
function extensionsByType(policy: HostingPolicy): Map<string, string[]> {
  const byType = new Map<string, string[]>();
  for (const [extension, { type }] of Object.entries(policy.contentTypes)) byType.set(type, [...(byType.get(type) ?? []), extension]);
  return byType;
}

/** The media types sent with "; charset=utf-8". */
function textTypes(policy: HostingPolicy): string[] {
  return [
    ...new Set(
      Object.values(policy.contentTypes)
        .filter((entry) => entry.text)
        .map((entry) => entry.type),
    ),
  ];
}

/** The first lines of every configuration: what it is and that it belongs to one build. */
function preamble(server: ServerName, policy: HostingPolicy, target: ServerTarget): string[] {
  return [
    `# ${server} configuration for the archive built in ${target.root}, served under ${policy.base}.`,
    '# Written by `npm run server-config` from the same policy as _headers: the',
    "# Content-Security-Policy carries this build's hashes, so write it again after every build.",
  ];
}

/**
 * An nginx `server { … }` block, to include in an `http` block as it is.
 * It sets its own `types`, so it does not depend on mime.types, and sends the
 * headers with `always` so 404 answers carry them too. nginx drops inherited
 * `add_header`s in any location that has its own, so caching is a variable
 * set per location and sent from the server level (an empty value sends nothing).
 */
function nginxConfig(policy: HostingPolicy, target: ServerTarget): string {
  const base = policy.base;
  const atRoot = base === '/';
  const lines = [...preamble('nginx', policy, target), 'server {'];
  const add = (depth: number, line: string) => lines.push(`${'    '.repeat(depth)}${line}`);
  add(1, `listen ${target.host ? `${target.host.includes(':') ? `[${target.host}]` : target.host}:` : ''}${target.port};`);
  add(1, 'server_name _;');
  add(1, 'server_tokens off;');
  add(1, '# A folder asked for without its slash is redirected on the address the reader used.');
  add(1, 'absolute_redirect off;');
  if (atRoot) add(1, `root ${nginxQuoted(target.root, '--root')};`);
  add(1, 'index index.html;');
  add(1, `error_page 404 ${base}${policy.notFoundPage};`);
  lines.push('');
  add(1, "# Only the site's own media types, so Pagefind's index files are sent as bytes, never sniffed.");
  add(1, 'types {');
  for (const [type, extensions] of extensionsByType(policy)) add(2, `${type} ${extensions.join(' ')};`);
  add(1, '}');
  add(1, 'default_type application/octet-stream;');
  add(1, 'charset utf-8;');
  // text/html always has its charset added; naming it again draws a warning.
  add(
    1,
    `charset_types ${textTypes(policy)
      .filter((type) => type !== 'text/html')
      .join(' ')};`,
  );
  lines.push('');
  add(1, '# The headers of _headers, on every answer (404s too).');
  add(1, 'set $archive_cache_control "";');
  for (const [name, value] of policy.headers) add(1, `add_header ${name} ${nginxQuoted(value, name)} always;`);
  add(1, 'add_header Cache-Control $archive_cache_control always;');
  lines.push('');
  add(1, `location ${atRoot ? '/' : `^~ ${base}`} {`);
  if (!atRoot) add(2, `alias ${nginxQuoted(folder(target.root), '--root')};`);
  add(2, '# Named by content hash: cached for a year.');
  for (const hashed of policy.immutableFolders)
    add(2, `location ^~ ${base}${hashed} { set $archive_cache_control ${nginxQuoted(policy.immutableCache, 'Cache-Control')}; }`);
  add(2, '# Written for hosts, not readers; and no dot-files.');
  for (const file of policy.hostFiles) add(2, `location = ${base}${file} { return 404; }`);
  add(2, 'location ~ /\\. { return 404; }');
  add(1, '}');
  if (!atRoot) {
    add(1, `# Nothing outside ${base}.`);
    add(1, 'location / { return 404; }');
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/**
 * An Apache 2.4 configuration: `Listen` and a `<VirtualHost>`, to include
 * from apache2.conf (Debian: put it in sites-available and `a2ensite` it).
 * It needs mod_alias, mod_dir, mod_headers, mod_mime and mod_authz_core
 * (Debian enables all but mod_headers: `a2enmod headers`).
 */
function apacheConfig(policy: HostingPolicy, target: ServerTarget): string {
  const base = policy.base;
  const atRoot = base === '/';
  const lines = [
    ...preamble('apache', policy, target),
    '# Needs mod_alias, mod_dir, mod_headers, mod_mime and mod_authz_core (Debian: a2enmod headers).',
    `Listen ${target.host ? `${target.host.includes(':') ? `[${target.host}]` : target.host}:` : ''}${target.port}`,
    `<VirtualHost *:${target.port}>`,
  ];
  const add = (line: string) => lines.push(`    ${line}`);
  if (atRoot) add(`DocumentRoot ${apacheQuoted(target.root, '--root')}`);
  else {
    add(`# The site lives under ${base}; nothing outside it is served.`);
    add(`RedirectMatch 301 ^${escapeRegExp(base.slice(0, -1))}$ ${base}`);
    add(`Alias ${apacheQuoted(base, '--base')} ${apacheQuoted(folder(target.root), '--root')}`);
    add(`RedirectMatch 404 ^(?!${escapeRegExp(base)})`);
  }
  add(`<Directory ${apacheDirectory(target.root)}>`);
  add('    Options None');
  add('    AllowOverride None');
  add('    Require all granted');
  add('</Directory>');
  add('DirectoryIndex index.html');
  add('# TRACE echoes a request back, headers included; a static site has no use for it.');
  add('TraceEnable off');
  add(`ErrorDocument 404 ${base}${policy.notFoundPage}`);
  lines.push('');
  add("# Only the site's own media types, so Pagefind's index files are sent as bytes, never sniffed.");
  for (const [type, extensions] of extensionsByType(policy))
    add(`AddType ${type} ${extensions.map((extension) => `.${extension}`).join(' ')}`);
  const textExtensions = Object.entries(policy.contentTypes)
    .filter(([, entry]) => entry.text)
    .map(([extension]) => `.${extension}`);
  add(`AddCharset utf-8 ${textExtensions.join(' ')}`);
  lines.push('');
  add('# The headers of _headers, on every answer (404s too).');
  for (const [name, value] of policy.headers) add(`Header always set ${name} ${apacheQuoted(value, name)}`);
  add('# Named by content hash: cached for a year.');
  for (const hashed of policy.immutableFolders) {
    add(`<Location ${apacheQuoted(`${base}${hashed}`, '--base')}>`);
    add(`    Header always set Cache-Control ${apacheQuoted(policy.immutableCache, 'Cache-Control')}`);
    add('</Location>');
  }
  add('# Written for hosts, not readers; and no dot-files.');
  for (const file of policy.hostFiles) add(`RedirectMatch 404 ^${escapeRegExp(`${base}${file}`)}$`);
  add('RedirectMatch 404 /\\.');
  lines.push('</VirtualHost>');
  return `${lines.join('\n')}\n`;
}

/**
 * A complete Caddyfile (Caddy 2.6 or later). Plain HTTP on the port: put
 * TLS in front, or change the address to the site's host name and Caddy
 * gets a certificate itself. Error answers go through `handle_errors`, which
 * repeats the headers so 404s carry them too.
 */
function caddyConfig(policy: HostingPolicy, target: ServerTarget): string {
  const base = policy.base;
  const atRoot = base === '/';
  const lines = [...preamble('caddy', policy, target), '(archive_headers) {', '    header {'];
  for (const [name, value] of policy.headers) lines.push(`        ${name} ${caddyQuoted(value, name)}`);
  lines.push('    }', '}', '', `http://:${target.port} {`);
  const add = (depth: number, line: string) => lines.push(`${'    '.repeat(depth)}${line}`);
  if (target.host) add(1, `bind ${target.host}`);
  add(1, `root * ${caddyQuoted(target.root, '--root')}`);
  add(1, 'import archive_headers');
  lines.push('');
  const inner = atRoot ? 1 : 2;
  if (!atRoot) {
    add(1, `redir ${base.slice(0, -1)} ${base} permanent`);
    add(1, `handle_path ${base}* {`);
  }
  add(inner, "# Only the site's own media types, so Pagefind's index files are sent as bytes, never sniffed.");
  Object.entries(policy.contentTypes).forEach(([extension, { type, text }]) => {
    add(inner, `@type_${extension} path *.${extension}`);
    add(inner, `header @type_${extension} Content-Type ${caddyQuoted(text ? `${type}; charset=utf-8` : type, 'Content-Type')}`);
  });
  add(inner, '# Named by content hash: cached for a year.');
  add(inner, `@immutable path ${policy.immutableFolders.map((hashed) => `/${hashed}*`).join(' ')}`);
  add(inner, `header @immutable Cache-Control ${caddyQuoted(policy.immutableCache, 'Cache-Control')}`);
  add(inner, '# Written for hosts, not readers; and no dot-files.');
  add(inner, `@hidden path ${policy.hostFiles.map((file) => `/${file}`).join(' ')}`);
  add(inner, 'error @hidden 404');
  add(inner, '@dotfile path_regexp (^|/)\\.');
  add(inner, 'error @dotfile 404');
  add(inner, '# A static site answers GET and HEAD only (file_server would answer TRACE like GET).');
  add(inner, '@not_read not method GET HEAD');
  add(inner, 'error @not_read 405');
  add(inner, 'file_server');
  if (!atRoot) {
    add(1, '}');
    add(1, `# Nothing outside ${base}.`);
    add(1, 'handle {');
    add(2, 'error 404');
    add(1, '}');
  }
  lines.push('');
  add(1, 'handle_errors {');
  add(2, 'import archive_headers');
  add(2, '@not_found expression {http.error.status_code} == 404');
  add(2, `rewrite @not_found /${policy.notFoundPage}`);
  add(2, `header @not_found Content-Type "text/html; charset=utf-8"`);
  add(2, 'file_server');
  add(1, '}');
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/**
 * The configuration for one server. Every value it writes is quoted for that
 * server or refused with an Error naming it (--root, --base, --host, a header):
 * the base must follow BASE_PATH's rule, the address hold only the characters
 * of a host name or IP address, and the root nothing the server would read as
 * a variable, a placeholder or a pattern.
 */
export function serverConfig(server: ServerName, policy: HostingPolicy, target: ServerTarget): string {
  // The root appears in comments too, before any quoting: a line break there would start a directive.
  refuseUnquotable(target.root, '--root');
  if (checkBasePath(policy.base, '--base') !== policy.base)
    throw new Error(`--base must be written with one slash at each end: ${policy.base}`);
  if (target.host !== undefined && !/^[0-9A-Za-z.:-]+$/.test(target.host))
    throw new Error(`--host must be an address such as 127.0.0.1 or ::1, not "${target.host}".`);
  if (!Number.isInteger(target.port) || target.port < 1 || target.port > 65535)
    throw new Error(`--port must be a whole number from 1 to 65535, not ${target.port}.`);
  if (server === 'nginx') return nginxConfig(policy, target);
  if (server === 'apache') return apacheConfig(policy, target);
  return caddyConfig(policy, target);
}
