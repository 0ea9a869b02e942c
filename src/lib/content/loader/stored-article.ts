/**
 * What the content loader keeps of an article in Astro's content store
 * besides its front matter and HTML, and how it is read back. Astro bundles
 * the whole store into the build's server code and loads it whole to render
 * the pages, so the bundling step's memory grows with the store's bytes
 * (BENCHMARKS.md, "Where the memory goes"). Each article is therefore stored
 * once: its HTML, and not its Markdown body a second time (pages need of the
 * body only its folded words in other scripts (Arabic), kept here) nor its paragraphs' text a
 * third time: a paragraph whose text stands verbatim in the HTML (escaped as
 * the HTML escapes text) is kept as offsets into it, and its text is read back
 * from there; any other paragraph keeps its text.
 */
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import type { BodyFacts } from '../body-facts.ts';
import type { BodyParagraph } from '../paragraphs.ts';
import { foldedScriptWords } from '../../search/scripts/fold.ts';

/** A paragraph as stored: its text, or where that text stands in the article's HTML. */
export type StoredParagraph = Omit<BodyParagraph, 'text'> & (
  | {
      /** The paragraph's text, when it does not stand verbatim in the HTML. */
      text: string;
      at?: undefined;
    }
  | {
      text?: undefined;
      /** [start, end) of the paragraph's escaped text in the article's HTML. */
      at: [number, number];
    }
);

/** An article body's facts as stored: {@link BodyFacts} with paragraphs kept as {@link StoredParagraph}s. */
type StoredFacts = Omit<BodyFacts, 'paragraphs'> & {
  /** The numbered paragraphs, each text or offsets into the HTML. */
  paragraphs: StoredParagraph[];
};

/** What an article's stored `rendered.metadata` holds besides Astro's `imagePaths`. */
export interface StoredMetadata {
  /** The headings, as Astro's Markdown loader stores them. */
  headings: MarkdownHeading[];
  /** The body's facts, for the pages and for the next run's checks. */
  facts: StoredFacts;
  /** The words of the headline and body in a registered script (Arabic) that folding changes, folded, space-separated (the article page's search data). */
  searchFolded: string;
}

/** An entry as getCollection gives it back, as far as this module reads it. */
interface StoredEntry {
  id: string;
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

/** Text as the HTML writer escapes it in text content (hast-util-to-html: `&` and `<`, as hexadecimal references). */
function escapeText(text: string): string {
  return text.replace(/[&<]/g, (character) => (character === '&' ? '&#x26;' : '&#x3C;'));
}

/** The inverse of {@link escapeText}, in one pass, so an escaped reference in the text itself comes back as written. */
function unescapeText(html: string): string {
  return html.replace(/&#x(26|3C);/g, (_, code: string) => (code === '26' ? '&' : '<'));
}

/**
 * The paragraphs as stored beside `html`: a paragraph whose escaped text is
 * found in the HTML (searching on from the previous one's end, so the whole
 * body is scanned about once) is kept as offsets; any other keeps its text.
 * Reading back with {@link paragraphsFromStore} gives each text exactly.
 */
export function paragraphsForStore(paragraphs: readonly BodyParagraph[], html: string): StoredParagraph[] {
  let from = 0;
  return paragraphs.map(({ text, ...rest }) => {
    const escaped = escapeText(text);
    const start = escaped.length > 0 ? html.indexOf(escaped, from) : -1;
    if (start < 0) return { ...rest, text };
    from = start + escaped.length;
    return { ...rest, at: [start, from] };
  });
}

/** The paragraphs with their text, read back from their offsets into `html` where stored so. */
export function paragraphsFromStore(paragraphs: readonly StoredParagraph[], html: string): BodyParagraph[] {
  return paragraphs.map(({ number, text, at, line, notes }) => ({
    number,
    text: text ?? unescapeText(html.slice(at[0], at[1])),
    line,
    ...(notes ? { notes } : {}),
  }));
}

/** The metadata the loader stores for an article: its headings, its body's facts (paragraphs as offsets where they can be) and its folded words in other scripts. */
export function metadataForStore(article: {
  headline: string;
  body: string;
  html: string;
  headings: MarkdownHeading[];
  facts: { readonly [Fact in keyof BodyFacts]: readonly BodyFacts[Fact][number][] };
}): StoredMetadata {
  const { paragraphs, unsafe, links, otherText } = article.facts;
  return {
    headings: article.headings,
    facts: { paragraphs: paragraphsForStore(paragraphs, article.html), unsafe: [...unsafe], links: [...links], otherText: [...otherText] },
    searchFolded: foldedScriptWords(`${article.headline}\n${article.body}`).join(' '),
  };
}

/** The stored metadata of an article entry; throws, naming the entry, when the archive's loader did not store it. */
function storedMetadata(entry: StoredEntry): StoredMetadata & { html: string } {
  const metadata = entry.rendered?.metadata as Partial<StoredMetadata> | undefined;
  if (!metadata?.facts || metadata.searchFolded === undefined) {
    throw new Error(`the article "${entry.id}" has no body facts in the content store; it was not stored by the archive's loader`);
  }
  return { ...(metadata as StoredMetadata), html: entry.rendered!.html };
}

/** The body facts the loader stored with an article entry, every paragraph with its text. */
export function storedFacts(entry: StoredEntry): BodyFacts {
  const { facts, html } = storedMetadata(entry);
  return { ...facts, paragraphs: paragraphsFromStore(facts.paragraphs, html) };
}

/** The folded words (Arabic and any other registered script) the loader stored with an article entry, space-separated ('' when there are none). */
export function storedSearchFolded(entry: StoredEntry): string {
  return storedMetadata(entry).searchFolded;
}
