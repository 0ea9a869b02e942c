/**
 * How names in any spelling become findable, and how a query becomes
 * Pagefind searches. Pagefind has no synonyms, so the archive does two things:
 *
 * - at build time, every page that mentions an entity carries that entity's
 *   token ("qxholcampqx", see `entityToken`) in a searchable Pagefind meta
 *   field; an entity's own page carries it in a field weighted above the rest;
 * - at query time, the search page folds the query (src/lib/search/name-fold.ts)
 *   and, when it names an entity in any romanisation, searches the token,
 *   which finds exactly the pages that mention it (see `planSearch`). Other
 *   queries are searched as a phrase, then as all of their words, never
 *   loosely.
 *
 * The names themselves stay in the content (`content/entities/*.yaml`).
 */
import { foldDiacritics, isAcronym } from './aliases.ts';
import { parseParagraphAnchor } from '../urls/anchors.ts';
import type { NameIndex, NameMatch } from './name-index.ts';
import { entityToken, entityTokens } from './name-index.ts';

/**
 * The tokens of the given entities, for the `aliases` (or, on an entity's
 * own page, `names`) meta field of a page that mentions them.
 */
export function aliasKeywords(namesOfEntities: readonly (readonly string[])[]): string {
  return entityTokens(namesOfEntities);
}

/** The searches for a query that names an entity. */
export interface NamePlan {
  kind: 'name';
  /** The entity and how the query named it. */
  match: NameMatch;
  /** The entity's token, searched to find every page that mentions it. */
  token: string;
  /**
   * The query as typed, also searched as a phrase (a page may name the
   * entity without being filed under it); null for acronyms, whose letters
   * are ordinary words in lower case ("IS").
   */
  phrase: string | null;
}

/** The searches for any other query. */
export interface WordsPlan {
  kind: 'words';
  /** The words, diacritics folded, quotes and separators removed. */
  words: string[];
  /** True when the reader put the query in double quotes: only the phrase counts. */
  quoted: boolean;
}

/** The searches to run for what a reader typed. */
export type SearchPlan = NamePlan | WordsPlan;

/**
 * Plans the searches for a query. A query that names an entity, in any
 * romanisation and as a whole name or one word of a person's or place's
 * name, is searched by the entity's token; anything else by its words.
 * Without the name index (it failed to load), every query is words.
 */
export function planSearch(query: string, names: NameIndex | null): SearchPlan {
  const quoted = /^\s*["“”].*["“”]\s*$/u.test(query);
  const match = quoted ? null : names?.resolve(query);
  if (match) {
    const spelledAsTyped = !match.entity.names.some((name) => isAcronym(name) && name === query.trim());
    return { kind: 'name', match, token: entityToken(match.entity.names), phrase: spelledAsTyped ? query.trim() : null };
  }
  const words = foldDiacritics(query)
    .replace(/["“”]/g, ' ')
    .split(/[^\p{L}\p{N}'’\-\u2010-\u2015]+/u)
    .map((word) => word.replace(/^[-'’\u2010-\u2015]+|[-'’\u2010-\u2015]+$/gu, ''))
    .filter(Boolean);
  return { kind: 'words', words, quoted };
}

/** The Pagefind query that matches a phrase exactly: Pagefind searches a query in double quotes without prefixes or loose matches. */
export function exactQuery(words: readonly string[] | string): string {
  return `"${typeof words === 'string' ? words : words.join(' ')}"`;
}

/** Escapes text for HTML. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * An excerpt of `text` of about `words` words around its first span, as
 * HTML, with every span inside it in <mark>: the name as the text spells it.
 */
export function markedExcerpt(text: string, spans: readonly [number, number][], words = 30): string {
  const first = spans[0];
  if (!first) return escapeHtml(text.split(/\s+/).slice(0, words).join(' '));
  // Start a third of the way back from the name, at a word boundary.
  const before = text.slice(0, first[0]).split(/(?<=\s)/);
  const lead = Math.floor(words / 3);
  const start = before.length > lead ? before.slice(0, before.length - lead).join('').length : 0;
  let end = start;
  for (let count = 0; count < words && end < text.length; count++) {
    const next = text.slice(end).search(/\s\S/);
    end = next < 0 ? text.length : end + next + 1;
  }
  end = Math.max(end, first[1]);
  let html = start > 0 ? '… ' : '';
  let at = start;
  for (const [from, to] of spans) {
    if (from < start || to > end) continue;
    html += `${escapeHtml(text.slice(at, from))}<mark>${escapeHtml(text.slice(from, to))}</mark>`;
    at = to;
  }
  html += escapeHtml(text.slice(at, end).trimEnd());
  return end < text.length ? `${html} …` : html;
}

/** A paragraph (or other element with an id) as Pagefind records it. */
export interface AnchorText {
  /** The element's id, e.g. "p-7". */
  id: string;
  /** Its tag name. */
  element: string;
  /** Its text. */
  text?: string;
}

/** Where and how a page names an entity: the paragraph, the excerpt with the name marked, and the name as written. */
export interface NamedExcerpt {
  /** The id of the paragraph that names it ("p-7"), or null when the name is elsewhere on the page. */
  paragraphId: string | null;
  /** The excerpt, HTML, with the name in <mark>. */
  html: string;
  /** The name as the text spells it ("Al Hol"), for the link's text fragment. */
  spelled: string;
}

/**
 * The first paragraph of a page that names the entity (through `spansOf`,
 * which finds its names in a text), as an excerpt with the name marked;
 * failing a paragraph, the first place in the page's text. Null when the
 * page's text does not name it at all.
 */
export function namedExcerpt(
  anchors: readonly AnchorText[],
  content: string,
  spansOf: (text: string) => [number, number][],
): NamedExcerpt | null {
  for (const anchor of anchors) {
    if (parseParagraphAnchor(anchor.id) === null || !anchor.text) continue;
    const spans = spansOf(anchor.text);
    if (spans.length > 0) {
      return { paragraphId: anchor.id, html: markedExcerpt(anchor.text, spans), spelled: anchor.text.slice(...spans[0]!) };
    }
  }
  const spans = spansOf(content);
  if (spans.length === 0) return null;
  return { paragraphId: null, html: markedExcerpt(content, spans), spelled: content.slice(...spans[0]!) };
}
