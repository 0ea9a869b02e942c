/**
 * The Astro-bound layer: getArchive() over a mocked `astro:content`, and the
 * page-data functions every route takes its props from.
 */
import { describe, expect, it, vi } from 'vitest';
import { mockedAstroContent, testArchive } from './content.ts';
import { getArchive } from '../../src/lib/pages/archive.ts';
import { articlePaths, feedData } from '../../src/lib/pages/articles.ts';
import { citationFilePaths } from '../../src/lib/pages/citation-files.ts';
import { eventPaths } from '../../src/lib/pages/events.ts';
import { figuresIndexData, timelineIndexData, topicIndexData } from '../../src/lib/pages/indexes.ts';
import { entityIndexPaths, entityPaths, homePaths, topicPaths } from '../../src/lib/pages/page-data.ts';

vi.mock('astro:content', () => mockedAstroContent(testArchive()));

const GATES = '2019-10-14-ledger-camp-gates';
const COUNCIL = '2019-10-ledger-council-statement';

describe('getArchive', () => {
  it('publishes the articles and leaves the draft out, with numbered paragraphs', async () => {
    const archive = await getArchive();
    expect(archive.articles.map((article) => article.id).sort()).toEqual([GATES, COUNCIL].sort());
    expect(archive.articlesById.get(GATES)!.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'Guards withdrew from Northfield camp on Sunday, the report says.',
      'Dana Reyes said about 40 families walked out through the gates.',
      'Nobody counted the rest, Reyes added.',
    ]);
  });

  it('finds mentions by any name of an entity, never in a draft', async () => {
    const archive = await getArchive();
    const mentions = archive.mentionsByEntity.get('northfield')!.map(({ articleId, paragraph }) => `${articleId}#${paragraph}`);
    expect(mentions.sort()).toEqual([`${GATES}#1`, `${COUNCIL}#2`, `${COUNCIL}#3`]);
  });

  it('lists every paragraph search lands on for an entity: a folded spelling, a surname alone', async () => {
    const archive = await getArchive();
    const quoted = (id: string) =>
      archive.mentionsByEntity
        .get(id)!
        .map((mention) => [mention.paragraph, mention.marks.map(([start, end]) => mention.text.slice(start, end))]);
    // "Ain Chamal" folds as "Ayn Shamal" does; "Reyes" alone is how search finds Dana Reyes.
    expect(quoted('northfield').slice(-1)).toEqual([[3, ['Ain Chamal']]]);
    expect(quoted('dana-reyes')).toEqual([
      [2, ['Dana Reyes']],
      [3, ['Reyes']],
    ]);
  });

  it('loads once per build: later calls share the result', async () => {
    expect(await getArchive()).toBe(await getArchive());
  });
});

describe('article pages', () => {
  it('carry the permalink, citations, JSON-LD and search tokens built from the settings', async () => {
    const paths = await articlePaths();
    expect(paths.map((path) => path.params.id).sort()).toEqual([GATES, COUNCIL].sort());
    const { props } = paths.find((path) => path.params.id === GATES)!;
    expect(props.permalink).toBe(`https://archive.example/articles/${GATES}/`);
    expect(props.citations.apa).toContain(props.permalink);
    expect(props.jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      url: props.permalink,
      headline: 'Families leave Northfield camp as guards withdraw',
    });
    expect(props.entities.map(({ entity, paragraphs }) => [entity.id, paragraphs])).toEqual([
      ['northfield', [1]],
      ['dana-reyes', [2, 3]],
    ]);
    expect(props.drawnEvents.map((event) => event.id)).toEqual(['2019-10-13-guards-withdraw']);
    // One token for each entity the article files, whichever spelling the reader types.
    expect(props.searchAliases.split(' ')).toHaveLength(2);
    expect(props.searchAliases).toContain('northfield');
  });

  it('give the feed the newest articles, dated only when known to the day', async () => {
    const { items, customData } = await feedData(10);
    expect(customData).toContain('<atom:link href="https://archive.example/rss.xml" rel="self"');
    expect(items.map((item) => item.link).sort()).toEqual([`/articles/${GATES}/`, `/articles/${COUNCIL}/`]);
    const gates = items.find((item) => item.link.includes(GATES))!;
    expect(gates.pubDate).toEqual(new Date('2019-10-14T00:00:00Z'));
    expect(items.find((item) => item.link.includes(COUNCIL))!.pubDate).toBeUndefined();
    expect(gates.categories).toEqual(['Camps', 'Escapes']);
    expect((await feedData(1)).items).toHaveLength(1);
  });
});

describe('citations of each kind of source', () => {
  it('cite only confirmed authors, type each article by its kind, and make every link to the original a Robust Link', async () => {
    const paths = await articlePaths();
    const gates = paths.find((path) => path.params.id === GATES)!.props;
    const council = paths.find((path) => path.params.id === COUNCIL)!.props;
    const tag = (props: typeof gates, name: string) => props.citationMeta.filter((meta) => meta.name === name).map((meta) => meta.content);
    expect(tag(gates, 'citation_author')).toEqual(['Okafor, Mira']);
    expect(tag(gates, 'z.itemType')).toEqual(['newspaperArticle']);
    expect(tag(council, 'z.itemType')).toEqual(['report']);
    expect(gates.citations.apa.startsWith('Okafor, Mira (2019, October 14).')).toBe(true);
    expect(gates.jsonLd).toMatchObject({ '@type': 'NewsArticle', author: [{ name: 'Mira Okafor' }] });
    expect(council.jsonLd).toMatchObject({ '@type': 'Article' });
    expect(gates.robustLink).toEqual({
      'data-originalurl': `https://ledger.example/news/${GATES}`,
      'data-versiondate': '2026-11-20',
      'data-versionurl': `https://snapshots.example/2019/https://ledger.example/news/${GATES}`,
    });
    expect(council.robustLink).not.toHaveProperty('data-versionurl');
    expect(gates.citationFiles.map((file) => file.href)).toEqual(['ris', 'bib', 'json'].map((ext) => `/articles/${GATES}/citation.${ext}`));
  });

  it('write one RIS file per article, typed by its kind, and give the feed only confirmed authors', async () => {
    const files = await citationFilePaths('ris');
    const type = (id: string) => /^TY {2}- (\w+)$/m.exec(files.find((file) => file.params.id === id)!.props.text)?.[1];
    expect(type(GATES)).toBe('NEWS');
    expect(type(COUNCIL)).toBe('RPRT');
    const { items } = await feedData(10);
    expect(items.find((item) => item.link.includes(GATES))!.customData).toContain('<dc:creator>Okafor, Mira</dc:creator>');
    expect(items.find((item) => item.link.includes(GATES))!.customData).not.toContain('Lind');
  });
});

describe('event pages', () => {
  it('quote each cited paragraph and carry the search tokens of places and actors', async () => {
    const { params, props } = (await eventPaths())[0]!;
    expect(params.id).toBe('2019-10-13-guards-withdraw');
    expect(props.sources.map((source) => source.text)).toEqual(['Guards withdrew from Northfield camp on Sunday, the report says.']);
    expect(props.timelineHref).toMatch(/^\/timeline\/2019\/#/);
    expect(props.searchAliases.split(' ')).toHaveLength(2);
    expect(props.searchAliases).toContain('northfield');
  });
});

describe('topic, entity and index pages', () => {
  it('list a topic with its articles, events, JSON-LD and most-mentioned names', async () => {
    const camps = (await topicPaths()).find((path) => path.params.id === 'camps')!.props;
    expect(camps.page.items.map((article) => article.id).sort()).toEqual([GATES, COUNCIL].sort());
    expect(camps.eventCount).toBe(1);
    expect(camps.jsonLd).toMatchObject({ '@type': 'CollectionPage', url: 'https://archive.example/topics/camps/', name: 'Camps' });
    expect(camps.topEntities.find(({ entity }) => entity.id === 'northfield')?.count).toBe(3);
    // The description names Northfield, so the topic is found by any spelling of it.
    expect(camps.searchTokens).toContain('northfield');
  });

  it("give an entity's page its mentions, why it is here, JSON-LD and names", async () => {
    const paths = await entityPaths('place');
    const { props } = paths[0]!;
    expect(props.entity.id).toBe('northfield');
    expect(props.page.items).toHaveLength(3);
    expect(props.whyListed).toBe('named in 3 paragraphs of 2 articles, quoted below');
    // A cache key for the incremental build, from what the page shows.
    expect(paths[0]!.cacheKey).toMatch(/^[\w-]{43}$/);
    expect(props.jsonLd).toMatchObject({ url: 'https://archive.example/places/northfield/' });
    expect(props.searchNames).toContain('northfield');
    expect(props.figures.map((view) => view.figure.id)).toEqual(['families-leaving-northfield']);
  });

  it('count each topic, year and figure for the index pages', async () => {
    expect((await topicIndexData()).topics.map(({ topic, articleCount }) => [topic.id, articleCount])).toEqual([
      ['camps', 2],
      ['escapes', 1],
    ]);
    expect((await timelineIndexData()).years.map((year) => [year.year, year.events, year.articles])).toEqual([[2019, 1, 2]]);
    const figures = await figuresIndexData();
    expect(figures.figures).toHaveLength(1);
    expect(figures.searchAliases.split(' ')).toHaveLength(2);
  });

  it('page the home page and the index of names', async () => {
    expect((await homePaths()).map((path) => path.params.page)).toEqual([undefined]);
    const { props } = (await entityIndexPaths())[0]!;
    expect(props.groups.map((group) => [group.kind, group.entries.length])).toEqual([
      ['person', 1],
      ['place', 1],
      ['organisation', 1],
    ]);
    expect(props.places.map((place) => [place.id, place.count])).toEqual([['northfield', 3]]);
  });
});
