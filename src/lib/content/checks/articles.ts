/**
 * Checks on articles that their schema cannot make: a body with text and no
 * markup that could run code, one article per original URL, and topics and
 * entities that exist and (for entities) are named in the text.
 */
import type { ArticleInput, BodyLink, CheckContext, ContentProblem } from '../problems.ts';
import { findUnsafeMarkup, isPlainEmail } from '../unsafe-markup.ts';
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { checkTopicIds, reporterFor } from './references.ts';
import { canonicalUrlKey } from './source-urls.ts';
import { languageScriptProblem } from './language-script.ts';
import { entityNames, namesInArticle } from './unlisted-entities.ts';
import { segmentOf } from '../../urls/page-kinds.ts';


/** Checks every article; returns the problems, each naming the file and the field or line. */
export function checkArticles(articles: readonly ArticleInput[], context: CheckContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const firstFileByUrl = new Map<string, string>();
  // The search page's name matching, so an entity is "named" exactly when search finds the article by it.
  const finder = entityNames([...context.entitiesById.values()]);

  for (const article of articles) {
    const report = reporterFor(problems, article.file);
    const { paragraphs } = article;

    if (paragraphs.length === 0) report('body', 'the article has no text: the body after the front matter is empty');

    for (const unsafe of article.unsafe ?? findUnsafeMarkup(article.tree ?? article.body)) {
      report(`line ${unsafe.line + article.bodyLineOffset}`, unsafe.message);
    }

    const urlKey = canonicalUrlKey(article.data.originalUrl);
    const earlier = firstFileByUrl.get(urlKey);
    if (earlier) report('originalUrl', `${article.data.originalUrl} is already archived by ${earlier}`);
    else firstFileByUrl.set(urlKey, article.file);

    checkTopicIds(article.data.topics, 'topics', context, report);

    const links = article.links ?? (article.tree ? findArchiveLinks(article.tree) : []);
    for (const link of archiveLinkProblems(article.id, links, context)) report(`line ${link.line + article.bodyLineOffset}`, link.message);

    // The publisher's headline counts as the article's text; a supplied one is the archive's words.
    const { text, found } = namesInArticle(article, finder);
    const named = new Set(found.map((name) => name.entity.id));
    const language = languageScriptProblem(article.data.language, text);
    if (language) report('language', language);
    article.data.entities.forEach((entityId, index) => {
      const entity = context.entitiesById.get(entityId);
      if (!entity) {
        report(`entities[${index}]`, `no entity "${entityId}" exists in content/entities/`);
      } else if (!named.has(entityId)) {
        report(`entities[${index}]`, `"${entityId}" is listed, but neither "${entity.data.name}" nor any of its aliases appears in the text`);
      }
    });
  }
  return problems;
}

/** Where a link within the archive is resolved from: any host, as only the path and fragment matter. */
const ARCHIVE_ORIGIN = 'https://archive.invalid';

/** The path of an article page on that origin, the article's id captured: /articles/<id>/. */
const ARTICLE_PATH = new RegExp(`^/${segmentOf('articles')}/([^/]+)/?$`);

/**
 * The links of a body that could lead into the archive, inline or
 * reference-style: relative or root-relative targets, not other sites and
 * not plain email addresses.
 * They depend on the body alone, so they are derived (and cached) with its
 * paragraphs and checked against the whole archive later.
 */
export function findArchiveLinks(tree: Root): BodyLink[] {
  // A reference-style link ([text][ref]) leads where its definition ([ref]: /articles/x/) says.
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (definition) => {
    if (!definitions.has(definition.identifier)) definitions.set(definition.identifier, definition.url);
  });
  const links: BodyLink[] = [];
  visit(tree, (node: Nodes) => {
    const url = node.type === 'link' && !isPlainEmail(node) ? node.url : node.type === 'linkReference' ? definitions.get(node.identifier) : undefined;
    if (url === undefined) return;
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return; // Another site: not the archive's to check.
    links.push({ url, line: node.position?.start.line ?? 0 });
  });
  return links;
}

/**
 * Links from an article's body into the archive that lead nowhere: to an
 * article that does not exist, or to a paragraph (`#p-n`) the article does
 * not have, its own included. Links elsewhere in the archive (topics,
 * entities) are left to the built site's link check.
 */
export function archiveLinkProblems(
  articleId: string,
  links: readonly BodyLink[],
  context: Pick<CheckContext, 'paragraphsByArticle'>,
): { line: number; message: string }[] {
  const problems: { line: number; message: string }[] = [];
  for (const { url, line } of links) {
    const resolved = new URL(url, `${ARCHIVE_ORIGIN}/${segmentOf('articles')}/${articleId}/`);
    const article = ARTICLE_PATH.exec(resolved.pathname)?.[1];
    if (article === undefined) continue;
    const paragraphs = context.paragraphsByArticle.get(decodeURIComponent(article));
    if (!paragraphs) {
      problems.push({ line, message: `a link to ${url}, but no article "${article}" exists in content/articles/` });
      continue;
    }
    const paragraph = /^#p-(\d+)$/.exec(resolved.hash)?.[1];
    if (paragraph !== undefined && (Number(paragraph) < 1 || Number(paragraph) > paragraphs.length)) {
      problems.push({ line, message: `a link to ${url}, but ${article} has ${paragraphs.length} paragraphs, not ${paragraph}` });
    }
  }
  return problems;
}
