/**
 * The `_headers` file that Netlify and Cloudflare Pages read: the same
 * Content-Security-Policy the pages carry in their <meta> tag, the usual
 * companions, and long-lived caching for files whose names carry a hash.
 */

/**
 * Directives a <meta> CSP cannot carry (browsers ignore them there), added to
 * the header version only.
 */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** Headers sent with every response besides the CSP. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
};

/** Reads the policy from a page's `<meta http-equiv="content-security-policy">`, or null when it has none. */
export function cspFromHtml(html: string): string | null {
  const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return meta ? meta[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&') : null;
}

/** Splits a policy into trimmed directives, dropping empty ones. */
export function cspDirectives(policy: string): string[] {
  return policy.split(';').map((directive) => directive.trim().replace(/\s+/g, ' ')).filter(Boolean);
}

/** The header form of a page policy: its directives plus those only headers can carry. */
export function headerCsp(pagePolicy: string): string {
  return [...cspDirectives(pagePolicy), ...HEADER_ONLY_DIRECTIVES].join('; ');
}

/**
 * Renders `_headers` for a site under `base` (as src/settings.ts normalises it): every path gets the policy and
 * the security headers; Astro's assets and Pagefind's index chunks, whose
 * names are content hashes, are cached for a year. Everything else keeps the
 * host's default caching, so a new build shows at once.
 */
export function renderHeadersFile(pagePolicy: string, base: string): string {
  const prefix = base;
  const lines = [`${prefix}*`, `  Content-Security-Policy: ${headerCsp(pagePolicy)}`];
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) lines.push(`  ${name}: ${value}`);
  const immutable = 'Cache-Control: public, max-age=31536000, immutable';
  lines.push('', `${prefix}_astro/*`, `  ${immutable}`);
  for (const folder of ['fragment', 'index', 'filter'] as const) {
    lines.push('', `${prefix}pagefind/${folder}/*`, `  ${immutable}`);
  }
  return `${lines.join('\n')}\n`;
}
