/**
 * The words of a headline a file name may be made of. A file name is an
 * article's permanent URL, so it must not be built from a kicker ("AFP:
 * breaking news"), an agency line ("Reuters"), or a "continue reading" link
 * that a capture put where the headline goes: those are the page's
 * furniture, the same on every article of the site. The kicker words and
 * links are each language's (languages/); agency names are no language's.
 */
import { foldDiacritics } from '../../../src/lib/search/aliases.ts';
import { alternatives, everyLanguage } from './languages/patterns.ts';

/** A word as the lists below hold it: diacritics folded, lower case ("DAKİKA" → "dakika"). */
const folded = (text: string) => foldDiacritics(text).toLowerCase();

/** Words of kickers in every language: "breaking news", "son dakika", "عاجل", "en direct". */
const KICKER_WORDS = new Set(everyLanguage((language) => language.furniture.kickerWords).flatMap((words) => words.split(' ').map(folded)));

/** News agencies whose name stands as a kicker or a credit line: "AFP", "Reuters", "Anadolu Ajansı", "dpa". */
const AGENCY_WORDS = new Set(
  (
    'afp reuters ap associated press dpa efe ansa anadolu ajansı ajansi agency aa anka dha iha sana hawar anha xinhua tass ria novosti europa ' +
    'agence france presse agencia agenzia agentur wire news'
  )
    .split(' ')
    .map(folded),
);

/** Links that lead on to the rest of a story: "Continue reading the main story", "Devamını oku", "Lire la suite" (folded as the text is). */
const CONTINUE_READING = new RegExp(
  `^${alternatives(everyLanguage((language) => language.furniture.continueLinks).map((link) => (typeof link === 'string' ? folded(link) : link)))}`,
  'iu',
);

/** True when a piece of a headline is nothing but kicker words and agency names. */
function isFurniture(piece: string): boolean {
  const words = folded(piece).match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return words.every((word) => KICKER_WORDS.has(word) || AGENCY_WORDS.has(word));
}

/**
 * The part of a headline to name the file after: without a kicker or an
 * agency credit set off by a colon, a dash or a bar ("Reuters: Hundreds flee
 * camp" → "Hundreds flee camp"; "Hundreds flee camp | AFP" → "Hundreds flee
 * camp"). Null when the whole headline is such furniture or a "continue
 * reading" link: the file name then comes from the URL.
 */
export function headlineSubject(headline: string): string | null {
  const text = headline.trim();
  if (CONTINUE_READING.test(folded(text))) return null;
  const pieces = text.split(/\s*[:|–—]\s+|\s+[-|–—]\s*/u).filter((piece) => piece.trim() !== '');
  const kept = pieces.filter((piece) => !isFurniture(piece));
  return kept.length > 0 ? kept.join(' ') : null;
}
