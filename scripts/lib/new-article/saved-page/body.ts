/**
 * Which lines of a saved page's text rendering are the article: Mozilla's
 * Readability (Firefox Reader View's engine, over a linkedom DOM built from
 * the saved string; no script runs) picks the article, then the archive's
 * own rules set aside what Readability keeps but the archive does not
 * publish as the source's text: captions, embedded posts, share and comment
 * prompts, related links, subscription boxes, bylines and time stamps. Every
 * line keeps its reason for the review.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { furnitureReason, readsLikeProse, type SortedLine } from '../split-capture.ts';
import { normaliseWhitespace } from '../../../../src/lib/content/paragraphs.ts';
import { renderLines, type RenderedLine, type RenderNode } from './render.ts';

/** The parts of an element the archive's rules read. */
interface RuleElement extends RenderNode {
  /** The parent element, or null at the root. */
  parentElement: RuleElement | null;
}

/** Class or id words of share and comment widgets. */
const SHARE = /(?:^|[-_])(?:share|sharing|social|sociallinks|comments?|disqus|reactions)(?:[-_]|$)/i;
/** Class or id words of related-links and teaser boxes. */
const RELATED =
  /(?:^|[-_])(?:related|relatedlinks|recommended|recommendations|more-?stories|read-?more|readmore|also-?read|teasers?|outbrain|taboola|further-?reading)(?:[-_]|$)/i;
/** Class or id words of subscription and promotion boxes. */
const SUBSCRIPTION = /(?:^|[-_])(?:newsletter|subscribe|subscription|paywall|signup|sign-up|promo|membership|donate)(?:[-_]|$)/i;
/** Class or id words of footers, the page's or the story's ("A version of this article appears in print…"). */
const FOOTER = /(?:^|[-_])footer(?:[-_]|$)/i;
/** Class or id words of bylines. */
const BYLINE = /(?:^|[-_])(?:byline|bylines|author|authors|writer)(?:[-_]|$)/i;
/** Classes of embedded social-media posts, as the platforms' embed codes write them. */
const EMBEDDED_POST =
  /^(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|bluesky-embed|fb-post|fb-video|reddit-card|mastodon-embed|telegram-post)$/i;

/** An element as the review names it: `<aside class="related-links">`. */
function describe(element: RuleElement): string {
  const id = element.getAttribute?.('id');
  const cls = element.getAttribute?.('class');
  return `<${element.localName}${id ? ` id="${id}"` : ''}${cls ? ` class="${cls.trim()}"` : ''}>`;
}

/** The element's class and id words. */
const wordsOf = (element: RuleElement) =>
  `${element.getAttribute?.('class') ?? ''} ${element.getAttribute?.('id') ?? ''}`.split(/\s+/).filter(Boolean);

/** The archive's rule a single element matches, as a reason, or null. */
function elementReason(element: RuleElement): string | null {
  const name = element.localName;
  const words = wordsOf(element);
  if (name === 'figcaption') return 'a caption (<figcaption>)';
  if (words.some((word) => EMBEDDED_POST.test(word))) return `an embedded post (${describe(element)})`;
  if (name === 'address' || element.getAttribute?.('rel') === 'author' || words.some((word) => BYLINE.test(word)))
    return `a byline (${describe(element)})`;
  if (words.some((word) => SHARE.test(word))) return `a share or comment prompt (${describe(element)})`;
  if (words.some((word) => SUBSCRIPTION.test(word))) return `a subscription box (${describe(element)})`;
  if (name === 'aside' || words.some((word) => RELATED.test(word))) return `a related-links box (${describe(element)})`;
  if (name === 'nav') return `a menu (${describe(element)})`;
  if (name === 'footer' || words.some((word) => FOOTER.test(word))) return `a footer (${describe(element)})`;
  return null;
}

/** Elements whose classes say nothing about one part of the article: the page, and the article as a whole. */
const CONTAINERS: ReadonlySet<string> = new Set(['html', 'body', 'main', 'article']);

/**
 * The archive's reason to set aside a line Readability kept: a rule matched
 * by the element holding it or one of its ancestors up to the article; else,
 * for a line that is not a sentence, the text capture's furniture patterns
 * (share, sign-up and navigation words, bylines, datelines).
 */
function archiveReason(line: RenderedLine): string | null {
  for (
    let element = line.block as RuleElement | null;
    element && !CONTAINERS.has(element.localName ?? '');
    element = element.parentElement
  ) {
    const reason = elementReason(element);
    if (reason) return reason;
  }
  if (readsLikeProse(line.text)) return null;
  // A short line that is all one inline element (a <span class="author">, a <time>) goes by that element; in a sentence they are text.
  // Only the line's own inline elements are read, so a page with thousands of lines in one block stays linear.
  const inlines = line.inlines as RuleElement[];
  for (const inner of inlines) {
    if (normaliseWhitespace(inner.textContent ?? '') !== line.text) continue;
    const reason = inner.localName === 'time' ? 'a time stamp (<time>)' : elementReason(inner);
    if (reason) return reason;
  }
  if (inlines.some((inner) => /(?:^|\s)author(?:\s|$)/i.test(inner.getAttribute?.('rel') ?? ''))) return 'a byline (a rel="author" link)';
  // "Printer-friendly version | Send to a friend", "Continue reading the main story": links with at most separators between.
  if (line.linkShare >= 0.9) return 'links standing alone (to other pages)';
  return furnitureReason(line.text);
}

/** The lines Readability gives as the article, rendered as the page is. */
function readabilityLines(html: string): { lines: string[]; byline: string | null } {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document, {
    keepClasses: true,
    serializer: (node) => node,
  }).parse();
  if (!article?.content) return { lines: [], byline: null };
  return { lines: renderLines(article.content as unknown as RenderNode).map((line) => line.text), byline: article.byline ?? null };
}

/** The reason given to every line Readability left out of the article (the review lists runs of them as one item). */
export const OUTSIDE_ARTICLE = 'outside the article (Readability left it out)';

/** The sorted lines of a saved page, and what the review needs to know about the extraction. */
export interface PageLines {
  /** Every line of the text rendering, sorted into body, headline and furniture, each with its reason. */
  lines: SortedLine[];
  /** Lines of Readability's article that are not a line of the rendering (Readability changed their text), left out of the body. */
  unmatched: string[];
}

/**
 * Sorts the rendering's lines: those Readability gives as the article are
 * body unless an archive rule sets them aside; the first line equal to the
 * headline is the headline; everything else is outside the article.
 * `rendered` is the page's rendering (`renderLines` of a fresh parse, whose
 * elements the rules read).
 */
export function sortPageLines(html: string, rendered: readonly RenderedLine[], headline: string | undefined): PageLines {
  const article = readabilityLines(html);
  const inArticle = new Set<number>();
  const unmatched: string[] = [];
  let next = 0;
  for (const text of article.lines) {
    const index = rendered.findIndex((line, position) => position >= next && line.text === text);
    if (index < 0) {
      unmatched.push(text);
      continue;
    }
    inArticle.add(index);
    next = index + 1;
  }
  const headlineIndex = headline === undefined ? -1 : rendered.findIndex((line) => line.text === headline);
  const lines = rendered.map((line, index): SortedLine => {
    const base = { line: index + 1, text: line.text };
    if (index === headlineIndex) return { ...base, kind: 'headline', reason: 'the headline' };
    // Outside the article, the archive's reason is still given where one fits, so a byline or related box is named as such.
    if (!inArticle.has(index)) return { ...base, kind: 'furniture', reason: archiveReason(line) ?? OUTSIDE_ARTICLE };
    const reason = line.text === article.byline ? 'a byline (as Readability reads it)' : archiveReason(line);
    return reason ? { ...base, kind: 'furniture', reason } : { ...base, kind: 'body', reason: 'article text (Readability)' };
  });
  return { lines, unmatched };
}
