/**
 * The key two original URLs are compared by, so one article cannot be
 * archived twice under a variant of its address: http and https, host case,
 * a default port, a trailing slash, the fragment and tracking parameters
 * (utm_*, fbclid, …) do not make a different article. `www.` is kept: with
 * and without it can be different sites.
 */

/** Query parameters that only track where a reader came from. */
const TRACKING_PARAMETER = /^(?:utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|_ga|_gl|yclid|ocid|cmpid)$/i;

/** Normalises a URL for duplicate detection. */
export function canonicalUrlKey(url: string): string {
  const parsed = new URL(url);
  const kept = [...parsed.searchParams].filter(([name]) => !TRACKING_PARAMETER.test(name));
  const query = kept.length > 0 ? `?${new URLSearchParams(kept).toString()}` : '';
  // URL already lower-cases the host and drops a default port.
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${parsed.host}${path}${query}`;
}
