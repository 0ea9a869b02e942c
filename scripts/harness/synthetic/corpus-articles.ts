/**
 * Synthetic articles: 600–900 words in 8–14 paragraphs of news-report
 * sentences about camps, prisons, towns, people and organisations, with
 * front matter that passes the site's article schema. Every entity an
 * article lists is mentioned in its body, by name or by an alias, as the
 * site's integrity check demands.
 */
import { FILLERS, FURNITURE, HEADLINES, PUBLISHERS, SENTENCES, SOURCE_LANGUAGES } from './bank.ts';
import { type EntityRole, type SyntheticEntity, type SyntheticTopic } from './corpus-entities.ts';
import { slugify } from '../../lib/new-article/draft.ts';
import { createRandom, type Random } from './prng.ts';

/** One generated article: what the writer needs and what events cite. */
export interface SyntheticArticle {
  id: string;
  /** Publication date as written in the front matter: "2019-10-16" or "2019-10". */
  published: string;
  /** Front matter, validated by the site's article schema at build. */
  frontMatter: Record<string, unknown>;
  /** The body's paragraphs, each a list of sentences (plain text, no Markdown syntax). */
  paragraphs: string[][];
  /** The entities the article lists, by role, for events drawn from it. */
  entitiesByRole: Record<EntityRole, SyntheticEntity[]>;
  /** The ids of the topics it is filed under. */
  topicIds: string[];
}

/** Entities by role, in popularity order (the first are mentioned most, as in a real archive). */
export type Cast = Record<EntityRole, SyntheticEntity[]>;

/** How many entities of each role an article lists, at least and at most. */
const ENTITIES_PER_ARTICLE: Record<EntityRole, [number, number]> = { site: [1, 2], town: [1, 3], person: [1, 4], org: [1, 3] };

const ROLE_SLOT = /\{(site|town|person|org)\}/g;

/** Groups the cast by role. */
export function castByRole(entities: readonly SyntheticEntity[]): Cast {
  const cast: Cast = { site: [], town: [], person: [], org: [] };
  for (const entity of entities) cast[entity.role].push(entity);
  return cast;
}

/** A date as YYYY-MM-DD, for the front matter. */
function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A publication date: four articles in ten from the weeks after the October
 * 2019 offensive, when coverage peaked; the rest spread over 2019–2024.
 */
function publicationDate(random: Random): Date {
  const [from, to] = random.chance(0.4) ? [Date.UTC(2019, 9, 9), Date.UTC(2019, 11, 31)] : [Date.UTC(2019, 0, 1), Date.UTC(2024, 11, 31)];
  return new Date(from + Math.floor(random.next() * ((to - from) / 86_400_000)) * 86_400_000);
}

/** The text with its first letter in capitals, for names that open a sentence ("al-Badar camp"). */
function capitalise(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1);
}

/**
 * Fills a template. Entity slots take the entities still waiting to be
 * mentioned first, so every listed entity appears; one mention in three uses
 * an alias, as sources spell names in many ways.
 */
export function fillTemplate(template: string, random: Random, listed: Cast, pending: Set<SyntheticEntity>): string {
  const text = template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    if (slot === 'n') return String(random.int(2, 90));
    if (slot === 'pct') return String(random.int(5, 95));
    if (slot === 'big') return random.int(150, 15_000).toLocaleString('en-US');
    if (slot in FILLERS) return random.pick(FILLERS[slot as keyof typeof FILLERS]);
    const candidates = listed[slot as EntityRole];
    const entity = candidates.find((candidate) => pending.has(candidate)) ?? random.pick(candidates);
    pending.delete(entity);
    return entity.aliases.length > 0 && random.chance(1 / 3) ? random.pick(entity.aliases) : entity.name;
  });
  return capitalise(text);
}

/** Each body sentence template with the roles it has slots for, worked out once. */
const SENTENCE_ROLES = SENTENCES.map((template) => ({
  template,
  roles: [...template.matchAll(ROLE_SLOT)].map((match) => match[1] as EntityRole),
}));

/** Writes the body: paragraphs of sentences adding up to 600–900 words. */
function writeBody(random: Random, listed: Cast): string[][] {
  const pending = new Set(Object.values(listed).flat());
  const paragraphCount = random.int(8, 14);
  const wordsPerParagraph = random.int(600, 900) / paragraphCount;
  const paragraphs: string[][] = [];
  for (let index = 0; index < paragraphCount; index++) {
    const sentences: string[] = [];
    let words = 0;
    while (words < wordsPerParagraph - 8) {
      // Prefer sentences that name an entity not yet mentioned, until all are.
      const waiting = new Set([...pending].map((entity) => entity.role));
      const fitting = SENTENCE_ROLES.filter(({ roles }) => roles.some((role) => waiting.has(role)));
      const template = fitting.length > 0 && random.chance(0.6) ? random.pick(fitting).template : random.pick(SENTENCES);
      const sentence = fillTemplate(template, random, listed, pending);
      sentences.push(sentence);
      words += sentence.split(' ').length;
    }
    paragraphs.push(sentences);
  }
  // Rarely, the paragraphs run out before every entity was named; the last one then names the rest.
  for (const entity of pending) paragraphs.at(-1)!.push(`${capitalise(entity.name)} was also named in the report.`);
  return paragraphs;
}

/** Picks the entities an article lists: a few of each role, popular ones more often. */
function pickEntities(random: Random, cast: Cast): Cast {
  const listed: Cast = { site: [], town: [], person: [], org: [] };
  for (const role of Object.keys(listed) as EntityRole[]) {
    const [min, max] = ENTITIES_PER_ARTICLE[role];
    const wanted = random.int(min, max);
    const pool = cast[role];
    while (listed[role].length < wanted) {
      // Weights 1/(rank + 3): a long tail, without one name drowning the rest.
      const entity = random.weighted(pool, (_, rank) => 1 / (rank + 3));
      if (!listed[role].includes(entity)) listed[role].push(entity);
    }
  }
  return listed;
}

/** Generates article number `index` (0-based); the same index always gives the same article. */
export function createArticle(index: number, cast: Cast, topics: readonly SyntheticTopic[]): SyntheticArticle {
  const random = createRandom(`bench/articles/${index}`);
  const listed = pickEntities(random, cast);
  const [publisherName, publisherUrl] = random.pick(PUBLISHERS);
  const date = publicationDate(random);
  const dayKnown = random.chance(0.95);
  const published = dayKnown ? isoDay(date) : isoDay(date).slice(0, 7);
  const headline = fillTemplate(random.pick(HEADLINES), random, listed, new Set());
  const paragraphs = writeBody(random, listed);
  const id = `${isoDay(date)}-${slugify(publisherName, Infinity)}-${slugify(headline, 6)}-${index}`;
  const topicIds = random.sample(topics, random.int(1, 4)).map((topic) => topic.id);
  const translated = random.chance(0.15);
  const site = listed.site[0]!;

  const frontMatter: Record<string, unknown> = {
    headline,
    publisher: { name: publisherName, url: publisherUrl },
    originalUrl: `${publisherUrl}${isoDay(date).replaceAll('-', '/')}/${slugify(headline, Infinity)}-${index}.html`,
    language: 'en',
    ...(translated ? { translation: { method: 'machine', fromLanguage: random.pick(SOURCE_LANGUAGES) } } : {}),
    published,
    ...(dayKnown ? {} : { publishedNote: 'Only the month is printed on the page; the day is unknown.' }),
    archived: '2026-11-21',
    summary: `A report on ${site.name} and the people held there, with figures from ${listed.org[0]!.name} and an account by ${listed.person[0]!.name}.`,
    topics: topicIds,
    entities: Object.values(listed)
      .flat()
      .map((entity) => entity.id),
    publisherTags: random.sample(['Syria', 'Turkey', 'Islamic State', 'Refugees', 'Kurds', 'Middle East'], random.int(0, 4)),
    capture: { file: `captures/${id}.txt`, furniture: random.sample(FURNITURE, random.int(1, 4)) },
  };
  return { id, published, frontMatter, paragraphs, entitiesByRole: listed, topicIds };
}
