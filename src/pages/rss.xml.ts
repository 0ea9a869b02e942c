/**
 * /rss.xml: an RSS 2.0 feed of the archive's newest articles, newest first.
 * A feed says what is new; the whole archive is on the home page's pages
 * and in the open data, so the feed stays the same size however large the
 * archive grows. The channel says its language, when its content last
 * changed and its own address; each item its publisher and named authors.
 * The channel's extras and the items come from src/lib/pages/articles.ts.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { FEED_ITEMS, SITE_DESCRIPTION, SITE_TITLE } from '../consts.ts';
import { feedData } from '../lib/pages/articles.ts';
import { homeUrl } from '../lib/urls/urls.ts';

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    site: new URL(homeUrl(), site),
    trailingSlash: true,
    ...(await feedData(FEED_ITEMS)),
  });
