/**
 * Reading a saved web page for `new-article`: its text rendering (kept as
 * the text capture), its lines sorted into body, headline and furniture, its
 * metadata with sources, and the check that it is the page of --url. The
 * DOM is built from the saved string by linkedom, which never runs a
 * script or fetches anything.
 */
import { parseHTML } from 'linkedom';
import { normaliseWhitespace } from '../../../../src/lib/content/paragraphs.ts';
import { canonicalUrlKey } from '../../../../src/lib/content/checks/source-urls.ts';
import { DraftError } from '../draft.ts';
import type { SortedLine } from '../split-capture.ts';
import { sortPageLines } from './body.ts';
import { readMetadata, type MetadataDocument, type PageMetadata, type Reading } from './metadata.ts';
import { renderLines, type RenderNode } from './render.ts';

/** A saved page as `new-article` drafts from it. */
export interface SavedPage {
  /** The text rendering: one line per block of visible text, kept as `capture.file`. */
  rendering: string;
  /** The rendering's lines, sorted, with reasons. */
  lines: SortedLine[];
  /** What the page says about itself. */
  metadata: PageMetadata;
  /** The headline chosen and where it was read, if any. */
  headline: Reading | undefined;
  /** Things the review must say about the reading (disagreements, changed paragraphs). */
  notes: string[];
}

/**
 * The headline: the first metadata headline that is also a line of the
 * page (so the reader sees it), else the page's first <h1>, else the first
 * metadata headline (shown in the review as not on the page).
 */
function chooseHeadline(metadata: PageMetadata, lines: readonly string[], h1: string | undefined, title: string): Reading | undefined {
  const shown = metadata.headline.find((reading) => lines.includes(reading.value));
  if (shown) return { ...shown, source: `${shown.source}, also a line of the page` };
  if (h1) return { value: h1, source: 'the page’s first <h1>' };
  // Old pages have no <h1>: their <title> is the site's name and the headline, and the headline is a line of the page.
  const inTitle = title
    .split(/\s+(?:[|:–—-]|::)\s+/)
    .filter((part) => part.split(' ').length >= 4 && lines.includes(part))
    .sort((a, b) => b.length - a.length)[0];
  if (inTitle) return { value: inTitle, source: `<title> ("${title}"), also a line of the page` };
  return metadata.headline[0] && { ...metadata.headline[0], source: `${metadata.headline[0].source}; not a line of the page` };
}

/**
 * Refuses a page whose canonical address (its first: `<link rel="canonical">`,
 * else og:url, else JSON-LD) is another article than --url. Addresses that
 * differ only in www., AMP, tracking parameters or a trailing slash are the
 * same article. Other sources that disagree become notes.
 */
function checkCanonical(metadata: PageMetadata, url: string, notes: string[]): void {
  const [first, ...rest] = metadata.canonical;
  if (!first) return;
  if (canonicalUrlKey(first.value) !== canonicalUrlKey(url))
    throw new DraftError(
      `the saved page says it is ${first.value} (${first.source}), not --url ${url}; nothing was written: check that the page saved is the article, or pass --url ${first.value}`,
    );
  for (const other of rest)
    if (canonicalUrlKey(other.value) !== canonicalUrlKey(url))
      notes.push(`canonical URL: ${other.source} gives ${other.value}, not --url (${first.source} agrees with --url)`);
}

/** A page saved without <html> (a fragment) is read as a document's body, as a browser would show it; linkedom needs the frame. */
const asDocument = (html: string) => (/<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`);

/** Reads a decoded saved page; `url` is --url, `givenHeadline` --headline or --own-headline if given. */
export function readSavedPage(html: string, url: string, givenHeadline: string | undefined): SavedPage {
  const { document } = parseHTML(asDocument(html));
  const metadata = readMetadata(document as unknown as MetadataDocument, url);
  const notes = metadata.unreadable.map((problem) => `unreadable metadata: ${problem}`);
  checkCanonical(metadata, url, notes);
  const body = (document as unknown as { body: RenderNode | null }).body;
  const rendered = body ? renderLines(body) : [];
  if (rendered.length === 0) throw new DraftError('the saved page shows no text (nothing outside scripts, styles and hidden elements)');
  const texts = rendered.map((line) => line.text);
  const h1 = rendered.find((line) => line.block.localName === 'h1')?.text;
  const title = normaliseWhitespace((document as unknown as { title?: string }).title ?? '');
  const headline = givenHeadline ? undefined : chooseHeadline(metadata, texts, h1, title);
  const chosen = givenHeadline ?? headline?.value;
  for (const reading of metadata.headline)
    if (chosen !== undefined && reading.value !== chosen) notes.push(`headline: ${reading.source} gives "${reading.value}"`);
  const sorted = sortPageLines(asDocument(html), rendered, chosen);
  for (const text of sorted.unmatched)
    notes.push(
      `Readability changed the text of a paragraph, so it is not in the body (move the page's own line in if it is article text): "${text.slice(0, 70)}"`,
    );
  return { rendering: `${texts.join('\n')}\n`, lines: sorted.lines, metadata, headline, notes };
}
