/**
 * A small archive for the `astro` test project, written in the project's own
 * words, every entry parsed through the real schemas (src/schemas/) and each
 * body's facts derived as the archive's content loader does, and a mock of
 * `astro:content` serving it.
 * Use it as Starlight does:
 *
 *   vi.mock('astro:content', () => mockedAstroContent(testArchive()));
 */
import { deriveBodyFacts } from '../../src/lib/content/body-facts.ts';
import { metadataForStore } from '../../src/lib/content/loader/stored-article.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { entitySchema } from '../../src/schemas/entity.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { figureSchema } from '../../src/schemas/figure.ts';
import { topicSchema } from '../../src/schemas/topic.ts';

/** One collection entry as getCollection() returns it. */
interface MockEntry {
  id: string;
  collection: string;
  data: unknown;
  body?: string;
  filePath?: string;
  /** An article's HTML and body facts, as the archive's content loader stores them. */
  rendered?: { html: string; metadata: Record<string, unknown> };
}

/** The entries of each collection. */
export type MockArchive = Record<'articles' | 'topics' | 'entities' | 'events' | 'figures', MockEntry[]>;

/** An article's front matter and body, parsed through the article schema. */
function article(id: string, data: Record<string, unknown>, body: string): MockEntry {
  const parsed = articleSchema.parse({
    publisher: { name: 'The Northern Ledger', url: 'https://ledger.example/' },
    originalUrl: `https://ledger.example/news/${id}`,
    language: 'en',
    archived: '2026-11-20',
    capture: { file: `captures/${id}.txt`, sha256: 'a'.repeat(64) },
    ...data,
  });
  // The facts as the content loader stores them (src/lib/content/loader/archive-loader.ts); no page here renders the HTML.
  return {
    id,
    collection: 'articles',
    data: parsed,
    body,
    rendered: {
      html: '',
      metadata: { ...metadataForStore({ headline: parsed.headline ?? '', body, html: '', headings: [], facts: deriveBodyFacts(body) }) },
    },
  };
}

/** An entry of a YAML collection, parsed through its schema. */
function entry(
  collection: keyof MockArchive,
  schema: { parse(data: unknown): unknown },
  id: string,
  data: Record<string, unknown>,
): MockEntry {
  return { id, collection, data: schema.parse(data) };
}

/**
 * Two published articles (a news article dated to the day with a confirmed
 * and an unconfirmed author and a known snapshot, a press release dated to
 * the month), a draft,
 * two topics, three entities, one event and one figure.
 */
export function testArchive(): MockArchive {
  return {
    articles: [
      article(
        '2019-10-14-ledger-camp-gates',
        {
          headline: 'Families leave Northfield camp as guards withdraw',
          sourceKind: 'news-article',
          // One confirmed byline and one the archive could not confirm, which nothing cites.
          authors: [{ name: 'Okafor, Mira' }, { name: 'Lind, Tomas', confirmed: false }],
          snapshots: [
            { url: 'https://snapshots.example/2019/https://ledger.example/news/2019-10-14-ledger-camp-gates', date: '2019-10-15' },
          ],
          published: '2019-10-14',
          summary: 'A report that families left Northfield camp after its guards withdrew.',
          topics: ['camps', 'escapes'],
          entities: ['northfield', 'dana-reyes'],
        },
        'Guards withdrew from Northfield camp on Sunday, the report says.\n\nDana Reyes said about 40 families walked out through the gates.\n\nNobody counted the rest, Reyes added.\n',
      ),
      article(
        '2019-10-ledger-council-statement',
        {
          headline: 'River Council asks for help at Northfield',
          sourceKind: 'press-release',
          published: '2019-10',
          summary: 'The River Council asked for help to secure the camp at Nord Field.',
          topics: ['camps'],
          entities: ['river-council', 'northfield'],
        },
        'The River Council asked for help on Monday.\n\nIt said the camp at Nord Field could not be held.\n\nFamilies were already leaving Ain Chamal, it added.\n',
      ),
      article('2019-10-20-ledger-draft', { draft: true, headline: 'A draft no page may show' }, 'Northfield is named here, in a draft.\n'),
    ],
    topics: [
      entry('topics', topicSchema, 'camps', { name: 'Camps', description: 'The camps of the region, Northfield among them.' }),
      entry('topics', topicSchema, 'escapes', { name: 'Escapes', description: 'People leaving the camps.' }),
    ],
    entities: [
      entry('entities', entitySchema, 'northfield', {
        kind: 'place',
        name: 'Northfield',
        // The Arabic name, romanised as the archive lists it; the council's release spells it the French way ("Ain Chamal").
        aliases: ['Nord Field', 'Ayn Shamal'],
        description: 'A camp in the fixture archive.',
        coordinates: { lat: 36.4, lon: 38.9 },
        country: 'Syria',
      }),
      entry('entities', entitySchema, 'dana-reyes', {
        kind: 'person',
        name: 'Dana Reyes',
        aliases: [],
        description: 'A person the fixture quotes.',
      }),
      entry('entities', entitySchema, 'river-council', {
        kind: 'organisation',
        name: 'River Council',
        aliases: [],
        description: 'A council in the fixture archive.',
      }),
    ],
    events: [
      entry('events', eventSchema, '2019-10-13-guards-withdraw', {
        title: 'Guards withdraw from Northfield camp',
        date: '2019-10-13',
        dateBasis: 'The report of 14 October says Sunday.',
        places: ['northfield'],
        actors: ['river-council'],
        topics: ['camps'],
        sources: [{ article: '2019-10-14-ledger-camp-gates', paragraph: 1, quote: 'Guards withdrew from Northfield camp on Sunday' }],
      }),
    ],
    figures: [
      entry('figures', figureSchema, 'families-leaving-northfield', {
        label: 'Families who left Northfield camp',
        unit: 'families',
        description: 'How many families walked out of Northfield camp.',
        entities: ['northfield', 'dana-reyes'],
        topics: ['escapes'],
        claims: [
          {
            value: 'about 40',
            normalised: { min: 40, max: 40, approximate: true },
            date: '2019-10-13',
            dateKind: 'as-of',
            source: { article: '2019-10-14-ledger-camp-gates', paragraph: 2 },
            saidBy: { words: 'Dana Reyes', entity: 'dana-reyes' },
          },
        ],
      }),
    ],
  };
}

/** A mock of `astro:content` whose getCollection() serves `archive`. */
export function mockedAstroContent(archive: MockArchive) {
  return {
    getCollection: async (collection: keyof MockArchive, filter?: (entry: MockEntry) => unknown) => {
      const entries = archive[collection];
      return filter ? entries.filter(filter) : entries;
    },
  };
}
