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
import { foldScriptLetters, foldScriptWord, scriptOf } from './scripts/fold.ts';
import { parseParagraphAnchor } from '../urls/anchors.ts';
import type { NameIndex, NameMatch } from './name-index.ts';
import { entityToken, entityTokens } from './name-index.ts';
import { escapeHtml, escapeRegExp } from '../core/escapes.ts';

/**
 * The tokens of the given entities, for the `aliases` (or, on an entity's
 * own page, `names`) meta field of a page that mentions them.
 */
export function aliasKeywords(namesOfEntities: readonly (readonly string[])[]): string {
  return entityTokens(namesOfEntities);
}

/** The searches for a query that names an entity. */
interface NamePlan {
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
interface WordsPlan {
  kind: 'words';
  /** The words, diacritics folded, quotes and separators removed. */
  words: string[];
  /** True when the reader put the query in double quotes: only the phrase counts. */
  quoted: boolean;
}

/** A name recognised inside a longer query. */
export interface QueryName {
  /** The entity and how the words named it. */
  match: NameMatch;
  /** The words as the reader typed them ("Ain Issa"). */
  typed: string;
  /** The entity's token. */
  token: string;
}

/** The searches for a query of several words, some of which name entities ("Ain Issa prison"). */
export interface PartsPlan {
  kind: 'parts';
  /** The names recognised, in query order, one per entity. */
  names: QueryName[];
  /** The other words, folded as `WordsPlan` folds them. */
  words: string[];
}

/** The searches to run for what a reader typed. */
export type SearchPlan = NamePlan | WordsPlan | PartsPlan;

/** The longest run of words tried as one name: "Abu Bakr al-Baghdadi" is three, "Islamic State of Iraq and Syria" six. */
const LONGEST_NAME_RUN = 6;

/** The words of a query as typed: letters, digits, marks, the hyphens and apostrophes inside a word, the separators inside a number. */
function typedWords(query: string): string[] {
  // A comma or point between digits belongs to the number: "75,000", "2.5".
  return [...query.matchAll(/(?:[\p{L}\p{M}\p{N}'’\-\u2010-\u2015]|(?<=\p{N})[.,](?=\p{N}))+/gu)]
    .map((match) => match[0].replace(/^[-'’\u2010-\u2015]+|[-'’\u2010-\u2015]+$/gu, ''))
    .filter(Boolean);
}

/**
 * A word as it is searched: diacritics folded; a word in another script by
 * its script's rules, joined article dropped (Arabic "المخيّم" → "مخيم"), as
 * pages index their words in other scripts folded (see `foldedScriptWords`).
 */
function searchWord(word: string): string {
  return foldScriptWord(foldDiacritics(word));
}

/**
 * Splits a query into the names it contains and its other words. From the
 * left, the longest run of words (up to six) that names an entity in any
 * spelling the fold rules or aliases accept is taken as that name; a word
 * that starts no name is an ordinary word. "Ain Issa prison" is the name Ayn
 * Issa and the word "prison"; "Raqqah Trump" two names. An entity named
 * twice counts once.
 */
export function splitQuery(query: string, names: NameIndex): { names: QueryName[]; words: string[] } {
  const typed = typedWords(query);
  const found: QueryName[] = [];
  const words: string[] = [];
  for (let start = 0; start < typed.length;) {
    let taken = 0;
    for (let length = Math.min(LONGEST_NAME_RUN, typed.length - start); length >= 1 && taken === 0; length--) {
      const run = typed.slice(start, start + length).join(' ');
      const match = names.lookupRun(run);
      if (!match) continue;
      taken = length;
      if (!found.some((name) => name.match.entity === match.entity))
        found.push({ match, typed: run, token: entityToken(match.entity.names) });
    }
    if (taken === 0) {
      const word = searchWord(typed[start]!);
      if (!words.includes(word)) words.push(word);
      taken = 1;
    }
    start += taken;
  }
  return { names: found, words };
}

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
  if (!quoted && names) {
    const split = splitQuery(query, names);
    if (split.names.length > 0) return { kind: 'parts', ...split };
  }
  const words = [...new Set(typedWords(query.replace(/["“”]/g, ' ')).map(searchWord))];
  return { kind: 'words', words, quoted };
}

/**
 * The terms a plan's searches look up in the index: a name's token, and each
 * word. Loading their index chunks while the reader types (Pagefind's
 * preload) leaves less to fetch once the query is sent.
 */
export function plannedTerms(plan: SearchPlan): string[] {
  if (plan.kind === 'name') return [plan.token];
  if (plan.kind === 'parts') return [...plan.names.map((name) => name.token), ...plan.words];
  return plan.words;
}

/**
 * A finder of a searched word in a text, for marking it: the word and any
 * longer word it starts, after folding diacritics and other scripts' letters,
 * in any case, with the English endings the stemmer strips ("prisons" for
 * "prison", "escaped" for "escape") and, in a script with a joined article
 * (Arabic), that article before it.
 */
export function wordSpans(word: string): (text: string) => [number, number][] {
  const stem = foldScriptLetters(foldDiacritics(word))
    .toLowerCase()
    .replace(/(?<=\p{L}{3})(?:ing|ed|es|s|e)$/u, '');
  const joined = scriptOf(stem)?.joinedArticle;
  const article = joined ? `(?:${escapeRegExp(joined)})?` : '';
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${article}${escapeRegExp(stem)}[\\p{L}\\p{N}]*`, 'giu');
  return (text) => {
    const { folded, origin } = foldWithOrigins(text);
    return [...folded.matchAll(pattern)].map((match) => [origin[match.index]!, origin[match.index + match[0].length]!] as [number, number]);
  };
}

/** The text folded as `wordSpans` compares it (lower case), with where each folded character came from. */
function foldWithOrigins(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let position = 0;
  for (const character of text) {
    const piece = foldScriptLetters(foldDiacritics(character)).toLowerCase();
    for (let index = 0; index < piece.length; index++) origin.push(position);
    folded += piece;
    position += character.length;
  }
  origin.push(position);
  return { folded, origin };
}

/** Spans of several finders in one text, in order, overlaps dropped (the longer first). */
function mergeSpans(text: string, finders: readonly ((text: string) => [number, number][])[]): [number, number][] {
  const found = finders.flatMap((find) => find(text)).sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  return found.filter((span, index) => index === 0 || span[0] >= found[index - 1]![1]);
}

/**
 * The paragraph of a page that holds the most of a query's parts (each
 * finder one name or word), first such on ties, as an excerpt with every
 * part marked; failing a paragraph, the page's text. `spelled` is the first
 * part's first mark as the text spells it. Null when no part is in the text.
 */
export function partsExcerpt(
  anchors: readonly AnchorText[],
  content: string,
  finders: readonly ((text: string) => [number, number][])[],
): NamedExcerpt | null {
  let best: { anchor: AnchorText; hits: number } | null = null;
  for (const anchor of anchors) {
    if (parseParagraphAnchor(anchor.id) === null || !anchor.text) continue;
    const hits = finders.filter((find) => find(anchor.text!).length > 0).length;
    if (hits > (best?.hits ?? 0)) best = { anchor, hits };
    if (hits === finders.length) break;
  }
  const text = best ? best.anchor.text! : content;
  const spans = mergeSpans(text, finders);
  if (spans.length === 0) return null;
  const first = finders.map((find) => find(text)[0]).find(Boolean) ?? spans[0]!;
  return {
    paragraphId: best ? best.anchor.id : null,
    html: markedExcerpt(text, spans),
    spelled: text.slice(...first),
    offset: best ? null : first[0],
  };
}

/** The Pagefind query that matches a phrase exactly: Pagefind searches a query in double quotes without prefixes or loose matches. */
export function exactQuery(words: readonly string[] | string): string {
  return `"${typeof words === 'string' ? words : words.join(' ')}"`;
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

/** Elements that sit inside a paragraph and do not end it. */
const INLINE = new Set(['a', 'span', 'sup', 'sub', 'em', 'strong', 'mark', 'time', 'abbr', 'cite', 'q', 'b', 'i']);

/**
 * The page's anchored elements with each one's text cut from the indexed
 * page text (`content`) by word position, up to the next block element.
 * Pagefind's own anchor text keeps what the page marks `data-pagefind-ignore`
 * (footnote numbers: "(SDS)1,"), its indexed text does not. An anchor whose
 * position does not line up with the text keeps Pagefind's text.
 */
export function anchorsWithIndexedText(anchors: readonly (AnchorText & { location: number })[], content: string): AnchorText[] {
  const words = content.split(/\s+/).filter(Boolean);
  const blocks = anchors.filter((anchor) => !INLINE.has(anchor.element.toLowerCase())).sort((a, b) => a.location - b.location);
  return anchors.map((anchor) => {
    if (!anchor.text || INLINE.has(anchor.element.toLowerCase())) return anchor;
    const next = blocks.find((other) => other.location > anchor.location)?.location ?? words.length;
    const firstWord = anchor.text.trim().split(/\s+/)[0];
    if (words[anchor.location] !== firstWord) return anchor;
    return { ...anchor, text: words.slice(anchor.location, next).join(' ') };
  });
}

/** Where and how a page names an entity: the paragraph, the excerpt with the name marked, and the name as written. */
export interface NamedExcerpt {
  /** The id of the paragraph that names it ("p-7"), or null when the name is elsewhere on the page. */
  paragraphId: string | null;
  /** The excerpt, HTML, with the name in <mark>. */
  html: string;
  /** The name as the text spells it ("Al Hol"), for the link's text fragment. */
  spelled: string;
  /** Where the first mark starts in the page's text, when the excerpt is not from a paragraph (else null). */
  offset: number | null;
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
      return { paragraphId: anchor.id, html: markedExcerpt(anchor.text, spans), spelled: anchor.text.slice(...spans[0]!), offset: null };
    }
  }
  const spans = spansOf(content);
  if (spans.length === 0) return null;
  return { paragraphId: null, html: markedExcerpt(content, spans), spelled: content.slice(...spans[0]!), offset: spans[0]![0] };
}
