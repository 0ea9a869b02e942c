/**
 * The `_headers` file that Netlify and Cloudflare Pages read: the same
 * Content-Security-Policy the pages carry in their <meta> tag, the usual
 * companions, and long-lived caching for files whose names carry a hash.
 */
import { normaliseBase } from '../../../src/lib/core/base-path.ts';

/**
 * Directives a <meta> CSP cannot carry (browsers ignore them there), added to
 * the header version only.
 */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** Headers sent with every response besides the CSP. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
};

/** Reads the policy from a page's `<meta http-equiv="content-security-policy">`, or null when it has none. */
export function cspFromHtml(html: string): string | null {
  const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return meta
    ? meta[1]!
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
    : null;
}

/** Splits a policy into trimmed directives, dropping empty ones. */
export function cspDirectives(policy: string): string[] {
  return policy
    .split(';')
    .map((directive) => directive.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

/** The header form of a page policy: its directives plus those only headers can carry. */
export function headerCsp(pagePolicy: string): string {
  return [...cspDirectives(pagePolicy), ...HEADER_ONLY_DIRECTIVES].join('; ');
}

/** Cache-Control for files whose names are content hashes: a new build gives them new names. */
const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/**
 * Folders (under the base) whose files are named by content hash: Astro's
 * assets and Pagefind's index chunks. Everything else keeps the host's
 * default caching, so a new build shows at once.
 */
const IMMUTABLE_FOLDERS = ['_astro/', 'pagefind/fragment/', 'pagefind/index/', 'pagefind/filter/'] as const;

/**
 * The media type of every kind of file a built site holds, by extension.
 * `text` marks those sent with "; charset=utf-8". Pagefind's index files
 * (.pf_meta, .pf_index, .pf_fragment, .pf_filter and its WebAssembly in
 * .pagefind) are gzipped binary, read by Pagefind's own code, so they are
 * plain bytes to the browser: never sniffed, never compressed again.
 */
const CONTENT_TYPES: Readonly<Record<string, { type: string; text: boolean }>> = {
  html: { type: 'text/html', text: true },
  css: { type: 'text/css', text: true },
  js: { type: 'text/javascript', text: true },
  mjs: { type: 'text/javascript', text: true },
  json: { type: 'application/json', text: true },
  xml: { type: 'application/xml', text: true },
  txt: { type: 'text/plain', text: true },
  svg: { type: 'image/svg+xml', text: true },
  png: { type: 'image/png', text: false },
  ico: { type: 'image/x-icon', text: false },
  woff2: { type: 'font/woff2', text: false },
  wasm: { type: 'application/wasm', text: false },
  pagefind: { type: 'application/octet-stream', text: false },
  pf_meta: { type: 'application/octet-stream', text: false },
  pf_index: { type: 'application/octet-stream', text: false },
  pf_fragment: { type: 'application/octet-stream', text: false },
  pf_filter: { type: 'application/octet-stream', text: false },
};

/**
 * Files the build writes for hosts, not for readers: a server must answer
 * 404 for them, as Netlify and Cloudflare Pages do for `_headers`. (The
 * server configurations refuse names starting with a dot too.)
 */
const HOST_FILES = ['_headers'] as const;

/**
 * Everything a host must do to serve a built site safely: the one source
 * from which `_headers` and the nginx, Apache and Caddy configurations are
 * written (see scripts/lib/build/server-config.ts), so they cannot drift apart.
 */
export interface HostingPolicy {
  /** The base path the site was built for, with slashes at both ends: "/" or "/sub/path/". */
  base: string;
  /** Headers every response carries, 404 pages included, in this order: the CSP first. */
  headers: ReadonlyArray<readonly [name: string, value: string]>;
  /** Folders under the base whose files get `immutableCache`. */
  immutableFolders: readonly string[];
  /** Their Cache-Control value. */
  immutableCache: string;
  /** Media types by file extension. */
  contentTypes: typeof CONTENT_TYPES;
  /** Files under the base that must answer 404. */
  hostFiles: readonly string[];
  /** The page served, with status 404, for every missing address. */
  notFoundPage: string;
}

/** The hosting policy of a site built under `base` whose pages carry `pagePolicy` in their <meta> CSP. */
export function hostingPolicy(pagePolicy: string, base: string): HostingPolicy {
  return {
    base: normaliseBase(base),
    headers: [['Content-Security-Policy', headerCsp(pagePolicy)], ...Object.entries(SECURITY_HEADERS)],
    immutableFolders: IMMUTABLE_FOLDERS,
    immutableCache: IMMUTABLE_CACHE,
    contentTypes: CONTENT_TYPES,
    hostFiles: HOST_FILES,
    notFoundPage: '404.html',
  };
}

/**
 * Renders `_headers` (Netlify, Cloudflare Pages) from the hosting policy:
 * every path under the base gets the headers, the hashed folders long-lived
 * caching. Those hosts already refuse `_headers` itself and send their own
 * content types and 404 page.
 */
export function renderHeadersFile(pagePolicy: string, base: string): string {
  const policy = hostingPolicy(pagePolicy, base);
  const lines = [`${policy.base}*`, ...policy.headers.map(([name, value]) => `  ${name}: ${value}`)];
  for (const folder of policy.immutableFolders) lines.push('', `${policy.base}${folder}*`, `  Cache-Control: ${policy.immutableCache}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The headers `_headers` gives one path, as Netlify applies it: every rule
 * whose pattern matches adds its headers (a trailing "*" matches any rest).
 * Names are lower-cased, as HTTP clients report them.
 */
export function headersForPath(headersFile: string, path: string): Record<string, string> {
  const result: Record<string, string> = {};
  let matches = false;
  for (const line of headersFile.split('\n')) {
    if (line.startsWith('/')) {
      const pattern = line.trim();
      matches = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
    } else if (matches && /^\s+\S/.test(line)) {
      const colon = line.indexOf(':');
      result[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
  }
  return result;
}
