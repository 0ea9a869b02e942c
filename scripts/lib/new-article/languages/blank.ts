/**
 * A language with no word of any kind yet, to start from: a language known
 * only by a few furniture headings (Japanese, Chinese, Thai) spreads it and
 * fills those.
 */
import { COUNTED_KINDS, type LanguageData } from './types.ts';

/** Every kind of entry present and empty; no relative-date rules (English's apply), decimal comma, not considered by detection. */
export function blankLanguage(tag: string, name: string): LanguageData {
  return {
    tag,
    name,
    franc: null,
    stopWords: [],
    months: [],
    monthStarts: [],
    monthBeforeDay: false,
    dateLinks: [],
    weekdays: [],
    chrono: null,
    relativeDates: [],
    numberWords: {},
    multipliers: {},
    amountLeads: [],
    numberLinks: [],
    vagueQuantities: [],
    decimalMark: ',',
    numberContext: {
      ageAfter: [],
      ageJoined: [],
      ageBefore: [],
      timeAfter: [],
      dotTimeBefore: [],
      dotTimeAfter: [],
      durationAfter: [],
      percentAfter: [],
      percentBefore: [],
      currencyAfter: [],
      counted: Object.fromEntries(COUNTED_KINDS.map((kind) => [kind, []])) as unknown as LanguageData['numberContext']['counted'],
    },
    names: {
      connectors: [],
      leading: [],
      notNamesAlone: [],
      organisationWords: [],
      placeBefore: [],
      personAround: [],
      speakerWords: [],
      hyphenatedArticles: [],
      spacedArticles: [],
      elisions: [],
      capitalisedNouns: { nouns: [], endings: [], determiners: [] },
    },
    furniture: {
      copyright: [],
      shareLines: [],
      shareLinesAnywhere: [],
      shareWordsShortLine: [],
      pointersOutsideSentence: [],
      pointers: [],
      stampWords: [],
      commentPrompts: [],
      threadHeadings: [],
      teaserHeadings: [],
      creditWords: [],
      captionOpeners: [],
      captionBracketWords: [],
      promotion: [],
      gluedWords: [],
      kickerWords: [],
      continueLinks: [],
      bylines: [],
    },
  };
}
