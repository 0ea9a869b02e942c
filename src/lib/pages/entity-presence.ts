/**
 * Why an entity is in the archive when no paragraph of an article names it:
 * the article lists it because its headline names it ("… on Dutch news
 * website NOS.nl"), or its provenance does (the publisher, the work it
 * reports on), or the archive filed it there on its own judgement. Entity
 * pages and the index say so, rather than showing "0 mentions".
 */
import type { TextNames } from '../search/text-names.ts';
import { plural } from './plural.ts';

/** Where an article names an entity outside its text. */
export type NamedIn = 'headline' | 'publisher' | 'reported work' | 'summary' | 'filing';

/** What {@link whereNamed} reads of an article. */
export interface ArticleOutsideText {
  /** The headline (the publisher's, or the archive's when supplied). */
  headline: string;
  /** The publisher's name. */
  publisher: string;
  /** The publishers of the works the article reports on. */
  reports: readonly string[];
  /** The archive's summary. */
  summary: string;
}

/**
 * The first place, in the order a reader meets them, where an article names
 * the entity outside its text, read with the archive's one name finder (as
 * search reads names); "filing" when none does, so the archive's own filing
 * is the only reason.
 */
export function whereNamed(entityId: string, names: TextNames, article: ArticleOutsideText): NamedIn {
  const named = (text: string) => names.names(text, entityId);
  if (named(article.headline)) return 'headline';
  if (named(article.publisher)) return 'publisher';
  if (article.reports.some(named)) return 'reported work';
  if (named(article.summary)) return 'summary';
  return 'filing';
}

/** How an entity page and the index say where it is named: "named in the headline". */
export function describeNamedIn(where: NamedIn): string {
  switch (where) {
    case 'headline':
      return 'named in the headline';
    case 'publisher':
      return 'the publisher';
    case 'reported work':
      return 'publisher of the work reported on';
    case 'summary':
      return "named in the archive's summary";
    case 'filing':
      return 'filed here by the archive';
  }
}

/** How often an entity is named, as its page's "Why it is here" sentence counts it. */
export interface Presence {
  /** Paragraphs that name it. */
  paragraphs: number;
  /** Articles those paragraphs are in. */
  articles: number;
  /** Articles that name it only outside their text (headline, provenance, filing). */
  outsideText: number;
}

/** Why an entity is in the archive, in the archive's words: its mentions, else where an article names it, else the archive's description. */
export function whyListed({ paragraphs, articles, outsideText }: Presence): string {
  const reasons = [
    paragraphs > 0 && `named in ${plural(paragraphs, 'paragraph')} of ${plural(articles, 'article')}, quoted below`,
    outsideText > 0 && `listed for ${plural(outsideText, 'article')} that ${outsideText === 1 ? 'names' : 'name'} it outside the text`,
  ].filter(Boolean);
  return reasons.join('; ') || 'described by the archive; no article names it yet';
}
