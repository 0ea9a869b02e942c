/**
 * Reading facts for the provenance block: how long the text is and about how
 * long it takes to read.
 */

/** Words per minute assumed for reading time: a common figure for careful reading of news prose. */
const WORDS_PER_MINUTE = 230;

/**
 * Counts the words in a text: numbers with their separators ("12,000"), and
 * runs of letters or digits with inner apostrophes and hyphens ("didn't", "set-up").
 */
export function countWords(text: string): number {
  return text.match(/\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Minutes to read `words` words, rounded up, and never less than one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
