/**
 * /rss.xml: an RSS 2.0 feed of the archive's newest articles, newest first.
 * A feed says what is new; the whole archive is on the home page's pages
 * and in the open data, so the feed stays the same size however large the
 * archive grows. The channel says its language, when its content last
 * changed and its own address; each item its publisher and named authors
 * (src/lib/citing/feed.ts).
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { FEED_ITEMS, SITE_DESCRIPTION, SITE_TITLE } from '../consts.ts';
import { getArchive } from '../lib/pages/archive.ts';
import { FEED_NAMESPACES, feedChannelExtras, feedItemExtras } from '../lib/citing/feed.ts';
import { formatPartialDate } from '../lib/content/dates.ts';
import { textAsHtml } from '../lib/content/unsafe-markup.ts';
import { absoluteUrl, articleUrl, fileUrl, homeUrl } from '../lib/urls/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { articles, topicsById } = await getArchive();
  return rss({
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    site: new URL(homeUrl(), site),
    trailingSlash: true,
    xmlns: FEED_NAMESPACES,
    customData: feedChannelExtras({
      language: 'en',
      selfUrl: absoluteUrl(fileUrl('rss.xml'), site!),
      archivedDates: articles.map(({ data }) => data.archived),
    }),
    items: articles.slice(0, FEED_ITEMS).map(({ id, data }) => ({
      title: data.headline,
      link: articleUrl(id),
      // RSS dates need a day; an article known only to the month gets none
      // rather than an invented one, and says its date in the description.
      ...(data.published.precision === 'day' ? { pubDate: new Date(`${data.published.iso}T00:00:00Z`) } : {}),
      // Feed readers render a description as HTML; the archive's text is text.
      description: textAsHtml(`${data.publisher.name}, ${formatPartialDate(data.published)}. Archive summary: ${data.summary}`),
      categories: data.topics.map((topicId) => topicsById.get(topicId)!.data.name),
      customData: feedItemExtras({ publisher: data.publisher.name, authors: data.translation?.originalAuthors }),
    })),
  });
};
