/** /robots.txt: everything may be crawled; the sitemap is named with its absolute URL. */
import type { APIRoute } from 'astro';
import { absoluteUrl, fileUrl } from '../lib/urls/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(fileUrl('sitemap-index.xml'), site!)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
