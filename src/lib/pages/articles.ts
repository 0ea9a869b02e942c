/**
 * The data of the article pages and of the feed: each article with what its
 * page shows (page-data.ts), its permalink, citations, JSON-LD and search
 * tokens, so the page file only arranges markup.
 */
import { SITE_TITLE } from '../../consts.ts';
import { settings } from '../../settings.ts';
import { citationSourceOf } from '../citing/citations.ts';
import { citationsFor } from '../citing/citation-files.ts';
import { citationMetaTags } from '../citing/citation-meta.ts';
import { FEED_NAMESPACES, feedChannelExtras, feedItemExtras } from '../citing/feed.ts';
import { articleJsonLd } from '../citing/structured-data.ts';
import { formatPartialDate } from '../core/dates.ts';
import { languageName } from '../content/languages.ts';
import { escapeHtml } from '../core/escapes.ts';
import { foldedScriptWords } from '../search/scripts/fold.ts';
import { aliasKeywords } from '../search/search-terms.ts';
import { absoluteUrl, articleUrl, entityUrl, fileUrl, homeUrl } from '../urls/urls.ts';
import { getArchive, namesOf, type Archive, type ArchiveArticle } from './archive.ts';
import { articleSteps } from './article-steps.ts';
import { withCacheKeys } from './cache-keys.ts';
import { citationFileLinks } from './citation-files.ts';
import { robustLinkAttributes } from '../citing/robust-links.ts';
import { articlePageData } from './page-data.ts';

/**
 * One article page's props: what `articlePageData` looks up, plus the
 * article's permalink, its citations and JSON-LD, and the search tokens of
 * the entities it mentions (so the page is found by any spelling of them),
 * and the articles published just before and after it.
 */
function articlePageProps(archive: Archive, article: ArchiveArticle, index: number, site: string = settings().siteUrl) {
  const pageData = articlePageData(archive, article);
  const { data } = article;
  const entities = pageData.entities.map(({ entity }) => entity);
  const permalink = absoluteUrl(articleUrl(article.id), site);
  const citationSource = citationSourceOf(article.id, data, permalink);
  return {
    ...pageData,
    permalink,
    originalLanguage: languageName(data.translation?.fromLanguage ?? data.language),
    citations: citationsFor(citationSource),
    citationFiles: citationFileLinks(article.id),
    // Robust Link attributes for every link to the original (src/lib/citing/robust-links.ts).
    robustLink: robustLinkAttributes(data),
    // Highwire Press and Dublin Core tags for reference managers.
    citationMeta: citationMetaTags(citationSource),
    jsonLd: articleJsonLd({
      url: permalink,
      headline: data.headline,
      headlineSupplied: data.headlineSupplied,
      summary: data.summary,
      publisher: data.publisher,
      originalUrl: data.originalUrl,
      published: data.published,
      archived: data.archived,
      language: data.language,
      translation: data.translation,
      kind: citationSource.kind,
      authors: citationSource.authors,
      about: entities.map((entity) => ({
        kind: entity.data.kind,
        name: entity.data.name,
        url: absoluteUrl(entityUrl(entity.data.kind, entity.id), site),
      })),
      archive: { name: SITE_TITLE, url: absoluteUrl(homeUrl(), site) },
    }),
    searchAliases: aliasKeywords(entities.map(namesOf)),
    // Only what the links show, so an edit to a neighbour's text does not render this page again.
    ...articleSteps(archive.articles, index, ({ id, data: { headline, language, publisher, published } }) => ({
      id,
      headline,
      language,
      publisher: publisher.name,
      published,
    })),
    // Words in other scripts (Arabic) as typed with any spelling variant: indexed folded beside the text.
    searchFolded: foldedScriptWords(`${data.headline}\n${article.body ?? ''}`).join(' '),
  };
}

/** The static paths of the article pages, /articles/<id>/, each with its props. */
export async function articlePaths() {
  const archive = await getArchive();
  return withCacheKeys(
    archive.articles.map((article, index) => ({ params: { id: article.id }, props: articlePageProps(archive, article, index) })),
  );
}

/**
 * The feed's channel extras (language, last change, its own address: see
 * src/lib/citing/feed.ts) and its items: the `limit` newest articles, each
 * with its link, date (only when known to the day), description, topics,
 * publisher and named authors, as @astrojs/rss takes them.
 */
export async function feedData(limit: number, site: string = settings().siteUrl) {
  const { articles, topicsById } = await getArchive();
  return {
    xmlns: FEED_NAMESPACES,
    customData: feedChannelExtras({
      language: 'en',
      selfUrl: absoluteUrl(fileUrl('rss.xml'), site),
      archivedDates: articles.map(({ data }) => data.archived),
    }),
    items: articles.slice(0, limit).map(({ id, data }) => ({
      title: data.headline,
      link: articleUrl(id),
      // RSS dates need a day; an article known only to the month gets none
      // rather than an invented one, and says its date in the description.
      ...(data.published.precision === 'day' ? { pubDate: new Date(`${data.published.iso}T00:00:00Z`) } : {}),
      // Feed readers render a description as HTML; the archive's text is text.
      description: escapeHtml(`${data.publisher.name}, ${formatPartialDate(data.published)}. Archive summary: ${data.summary}`),
      categories: data.topics.map((topicId) => topicsById.get(topicId)!.data.name),
      customData: feedItemExtras({ publisher: data.publisher.name, authors: citationSourceOf(id, data, '').authors }),
    })),
  };
}
