/**
 * Synthetic events for the timeline, about one per ten articles. Each cites
 * one or two paragraphs with a quote cut from the paragraph's own words, so
 * the site's check that a cited paragraph says what is quoted holds.
 */
import { EVENT_TITLES } from './bank.ts';
import { fillTemplate, type SyntheticArticle } from './corpus-articles.ts';
import { slugify } from '../../lib/new-article/draft.ts';
import { createRandom, type Random } from './prng.ts';

/** One generated event, written as `events/<id>.yaml`. */
export interface SyntheticEvent {
  id: string;
  data: Record<string, unknown>;
}

/** A source for an event: a paragraph of the article and 5–12 consecutive words of one of its sentences. */
function citation(random: Random, article: SyntheticArticle): { article: string; paragraph: number; quote: string } {
  const paragraphIndex = random.int(0, article.paragraphs.length - 1);
  const words = random.pick(article.paragraphs[paragraphIndex]!).split(' ');
  const length = Math.min(words.length, random.int(5, 12));
  const start = random.int(0, words.length - length);
  return { article: article.id, paragraph: paragraphIndex + 1, quote: words.slice(start, start + length).join(' ') };
}

/** The day `days` before an ISO day, as YYYY-MM-DD. */
function daysBefore(isoDay: string, days: number): string {
  return new Date(Date.parse(isoDay) - days * 86_400_000).toISOString().slice(0, 10);
}

/** Generates `count` events drawn from the given articles; event i is the same for the same articles. */
export function createEvents(count: number, articles: readonly SyntheticArticle[]): SyntheticEvent[] {
  const events: SyntheticEvent[] = [];
  for (let index = 0; index < count; index++) {
    const random = createRandom(`bench/events/${index}`);
    const article = random.pick(articles);
    const listed = article.entitiesByRole;
    const title = fillTemplate(random.pick(EVENT_TITLES), random, listed, new Set());
    const sources = [citation(random, article)];
    if (random.chance(0.25)) sources.push(citation(random, random.pick(articles)));
    // An event happened a few days before the report; a month-only report gives a month-only event.
    const dayKnown = article.published.length === 10;
    const daysEarlier = random.int(0, 10);
    const date = dayKnown ? daysBefore(article.published, daysEarlier) : article.published;
    events.push({
      id: `${date}-${slugify(title, 6)}-${index}`,
      data: {
        title,
        date,
        ...(dayKnown && daysEarlier > 0
          ? { dateBasis: `${daysEarlier === 1 ? 'The day' : `${daysEarlier} days`} before the report published on ${article.published}.` }
          : {}),
        approximate: !dayKnown,
        places: [...listed.site, ...listed.town].slice(0, 2).map((entity) => entity.id),
        actors: [...listed.person, ...listed.org].slice(0, 3).map((entity) => entity.id),
        topics: article.topicIds.slice(0, 2),
        sources,
      },
    });
  }
  return events;
}
