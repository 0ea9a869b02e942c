/**
 * The key two original URLs are compared by, so one article cannot be
 * archived twice under a variant of its address: http and https, host case,
 * `www.`, a default port, a trailing slash, the fragment, tracking parameters
 * (utm_*, fbclid, …) and the AMP variant of a page (`/amp/`, `.amp.html`,
 * `?amp=1`, an `amp.` host) do not make a different article.
 */

/** Query parameters that only track where a reader came from. */
const TRACKING_PARAMETER = /^(?:utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|_ga|_gl|yclid|ocid|cmpid|ito|at_medium|at_campaign|xtor|ns_mchannel|ns_campaign|ref_src|smid)$/i;

/** A URL without its tracking parameters ("?utm_source=…&fbclid=…") and fragment, as a new `originalUrl` is stored. */
export function withoutTracking(url: string): string {
  const parsed = new URL(url);
  for (const name of [...parsed.searchParams.keys()]) if (TRACKING_PARAMETER.test(name)) parsed.searchParams.delete(name);
  parsed.hash = '';
  return parsed.href.replace(/\?$/, '');
}

/** Query parameters that ask for the AMP variant of the same page. */
const AMP_PARAMETER = /^(?:amp=(?:1|true|)|outputType=amp|output=amp)$/i;

/** Normalises a URL for duplicate detection. */
export function canonicalUrlKey(url: string): string {
  const parsed = new URL(url);
  const kept = [...parsed.searchParams].filter(([name, value]) => !TRACKING_PARAMETER.test(name) && !AMP_PARAMETER.test(`${name}=${value}`));
  const query = kept.length > 0 ? `?${new URLSearchParams(kept).toString()}` : '';
  // URL already lower-cases the host and drops a default port.
  const host = parsed.host.replace(/^(?:www\d*|amp|m)\./, '');
  const path = parsed.pathname
    .replace(/\/amp(?=\/|$)/g, '')
    .replace(/\.amp(?=\.html?$)/, '')
    .replace(/\/+$/, '');
  return `${host}${path}${query}`;
}
