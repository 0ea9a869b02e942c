/**
 * What is published. One predicate decides whether an article is visible
 * (like AstroPaper's postFilter), and `publishedOnly` applies it to the
 * archive once, in `getArchive()`: pages, feeds, the sitemap, search and the
 * open data only ever see its result, while the content checks see every
 * article, drafts included.
 */
import type { Article, PublishedArticle } from '../../schemas/article.ts';

/** True when an article is published: every article without `draft: true`. */
export function isPublished<T extends { data: Article }>(entry: T): entry is T & { data: PublishedArticle } {
  return !entry.data.draft;
}

/** What {@link publishedOnly} needs of an event: the articles its sources cite. */
interface Sourced {
  data: { sources: readonly { article: string }[] };
}

/** What {@link publishedOnly} needs of a figure: the articles its claims cite. */
interface Claimed {
  data: { claims: readonly { source: { article: string } }[] };
}

/** The parts of an archive that drafts can reach into. */
export interface DraftReach<A extends { id: string; data: Article }, E extends Sourced, F extends Claimed> {
  articles: readonly A[];
  events: readonly E[];
  figures: readonly F[];
}

/**
 * The archive without its drafts: published articles only; events and
 * figures keep only the sources and claims that cite published articles, and
 * disappear when none is left, so nothing published links to a draft. An
 * archivist can thus add the events and figures a draft names before
 * publishing it.
 */
export function publishedOnly<A extends { id: string; data: Article }, E extends Sourced, F extends Claimed>(
  archive: DraftReach<A, E, F>,
): { articles: (A & { data: PublishedArticle })[]; events: E[]; figures: F[] } {
  const articles = archive.articles.filter(isPublished);
  const ids = new Set(articles.map((article) => article.id));
  const events = archive.events
    .map((event) => (event.data.sources.every((source) => ids.has(source.article)) ? event : { ...event, data: { ...event.data, sources: event.data.sources.filter((source) => ids.has(source.article)) } }))
    .filter((event) => event.data.sources.length > 0);
  const figures = archive.figures
    .map((figure) => (figure.data.claims.every((claim) => ids.has(claim.source.article)) ? figure : { ...figure, data: { ...figure.data, claims: figure.data.claims.filter((claim) => ids.has(claim.source.article)) } }))
    .filter((figure) => figure.data.claims.length > 0);
  return { articles, events, figures };
}
