/**
 * Why a paragraph is quoted, shown in the quote: on an entity page the
 * entity's name as the text spells it ("Al Hol", "Erdoğan", where
 * `findMentions` found it), on an event page the words the event relies on.
 * The text is never changed; it is cut into runs, and the runs to mark are
 * wrapped in <mark> by the page.
 */
import type { Mention } from '../content/mentions.ts';
import { findAsWritten } from '../content/paragraph-citations.ts';

/** One run of a quoted paragraph: its text, and whether the page marks it. */
export interface QuoteRun {
  /** The text of the run, exactly as in the paragraph. */
  text: string;
  /** True for a name or the words relied on. */
  marked: boolean;
}

/**
 * Cuts `text` into runs at the given [start, end) spans, which must be in
 * order and not overlap; joined, the runs' texts give `text` back unchanged.
 */
export function runsFromSpans(text: string, spans: readonly (readonly [number, number])[]): QuoteRun[] {
  const runs: QuoteRun[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start < at || end <= start || end > text.length)
      throw new Error(
        `Mark spans must be in order, non-empty and inside the text: [${start}, ${end}) after ${at} in ${text.length} characters`,
      );
    if (start > at) runs.push({ text: text.slice(at, start), marked: false });
    runs.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length || runs.length === 0) runs.push({ text: text.slice(at), marked: false });
  return runs;
}

/**
 * A paragraph quoted on an entity page, with every mention of the entity
 * marked as the paragraph writes it: the names `findMentions` found there,
 * in any spelling search accepts.
 */
export function markNames(mention: Pick<Mention, 'text' | 'marks'>): QuoteRun[] {
  return runsFromSpans(mention.text, mention.marks);
}

/**
 * A paragraph quoted on an event page, with the words the event relies on
 * marked where the paragraph has them as whole words (as the content check
 * requires); unmarked when it does not.
 */
export function markWords(text: string, words: string): QuoteRun[] {
  const span = findAsWritten(text, words);
  return runsFromSpans(text, span ? [span] : []);
}
