import { describe, expect, it } from 'vitest';
import { toPartialDate } from '../../../src/lib/core/dates.ts';
import { ENTITY_KINDS, ENTITY_KIND_TABLE } from '../../../src/lib/content/entity-kinds.ts';
import { entityKindSchema } from '../../../src/schemas/entity.ts';
import {
  entitiesNamedIn,
  entityContents,
  eventsCiting,
  indexArchive,
  mostMentioned,
  relatedTopics,
  timelineEntries,
  topByCount,
  topicContents,
  withArticles,
} from '../../../src/lib/pages/selections.ts';

// Small inline entries, in the shapes the selections read; ids say what each is for.
const article = (id: string, topics: string[], published = '2019-10-16') => ({ id, data: { topics, published: toPartialDate(published) } });
const event = (id: string, data: { topics?: string[]; places?: string[]; actors?: string[]; date?: string }) => ({
  id,
  data: { topics: data.topics ?? [], places: data.places ?? [], actors: data.actors ?? [], date: toPartialDate(data.date ?? '2019-10-13') },
});
const figure = (id: string, data: { topics?: string[]; entities?: string[]; speakers?: string[] }) => ({
  id,
  data: {
    topics: data.topics ?? [],
    entities: data.entities ?? [],
    claims: (data.speakers ?? [undefined]).map((entity) => ({ saidBy: entity ? { entity } : undefined })),
  },
});

const articles = [article('newer', ['camps', 'offensive']), article('older', ['camps'], '2019-10')];
const events = [
  event('escape', { topics: ['camps'], places: ['ayn-issa'], actors: ['sdf'] }),
  event('offensive', { topics: ['offensive'], actors: ['turkey', 'sdf'] }),
];
const figures = [
  figure('escapees', { topics: ['camps'], entities: ['ayn-issa'], speakers: ['sdf'] }),
  figure('held', { entities: ['sdf'], speakers: ['sdf', 'sdf'] }),
];
const indexes = indexArchive(articles, events, figures);

describe('indexArchive and its lookups', () => {
  it('files each article, event and figure under its topics, in the given order', () => {
    expect(topicContents(indexes, 'camps')).toEqual({ articles: [articles[0], articles[1]], events: [events[0]], figures: [figures[0]] });
    expect(topicContents(indexes, 'offensive')).toEqual({ articles: [articles[0]], events: [events[1]], figures: [] });
  });

  it('gives empty lists for a topic nothing is filed under', () => {
    expect(topicContents(indexes, 'nothing')).toEqual({ articles: [], events: [], figures: [] });
  });

  it('indexes events by place and actor, figures by entity and by speaker, each once', () => {
    expect(entityContents(indexes, 'sdf')).toEqual({ events: [events[0], events[1]], figures: [figures[0], figures[1]] });
    expect(entityContents(indexes, 'ayn-issa')).toEqual({ events: [events[0]], figures: [figures[0]] });
    expect(entityContents(indexes, 'turkey')).toEqual({ events: [events[1]], figures: [] });
    expect(entityContents(indexes, 'nobody')).toEqual({ events: [], figures: [] });
  });
});

const mention = (articleId: string, paragraph: number) => ({ articleId, paragraph, text: `paragraph ${paragraph} of ${articleId}` });

describe('mostMentioned', () => {
  const mentionsByEntity = new Map([
    ['sdf', [mention('newer', 1), mention('newer', 2), mention('older', 1)]],
    ['ayn-issa', [mention('newer', 3), mention('elsewhere', 1)]],
    ['al-hol', [mention('older', 2)]],
    ['nato', [mention('elsewhere', 2)]],
  ]);

  it("counts each entity's paragraphs in the given articles, most first, ties by id, leaving out the unmentioned", () => {
    expect(mostMentioned(mentionsByEntity, ['newer', 'older'])).toEqual([
      { id: 'sdf', count: 3 },
      { id: 'al-hol', count: 1 },
      { id: 'ayn-issa', count: 1 },
    ]);
  });

  it('keeps at most the limit', () => {
    expect(mostMentioned(mentionsByEntity, ['newer', 'older'], 1)).toEqual([{ id: 'sdf', count: 3 }]);
  });
});

describe('relatedTopics', () => {
  it('counts the articles, not the paragraphs, that file each topic, most first', () => {
    const byId = new Map(articles.map((entry) => [entry.id, entry]));
    expect(relatedTopics([mention('newer', 1), mention('newer', 4), mention('older', 2)], byId)).toEqual([
      { id: 'camps', count: 2 },
      { id: 'offensive', count: 1 },
    ]);
  });
});

describe('timelineEntries', () => {
  it('puts every event at its date and every article at its publication date', () => {
    expect(timelineEntries(events, articles).map(({ kind, id, date }) => [kind, id, date.iso])).toEqual([
      ['event', 'escape', '2019-10-13'],
      ['event', 'offensive', '2019-10-13'],
      ['article', 'newer', '2019-10-16'],
      ['article', 'older', '2019-10'],
    ]);
  });
});

describe('eventsCiting', () => {
  it('keeps the events with a source in the article, in the given order', () => {
    const cited = (id: string, ...articleIds: string[]) => ({ id, data: { sources: articleIds.map((article) => ({ article })) } });
    const all = [cited('a', 'x'), cited('b', 'y'), cited('c', 'y', 'x')];
    expect(eventsCiting(all, 'x').map((event) => event.id)).toEqual(['a', 'c']);
    expect(eventsCiting(all, 'z')).toEqual([]);
  });
});

describe('withArticles', () => {
  it('attaches to each mention the article it is in', () => {
    const byId = new Map(articles.map((entry) => [entry.id, entry]));
    expect(withArticles([mention('older', 2)], byId)).toEqual([{ ...mention('older', 2), article: articles[1] }]);
  });
});

describe('the entity kinds table', () => {
  it("covers exactly the schema's kinds, with a distinct URL segment for each", () => {
    expect([...ENTITY_KINDS].sort()).toEqual([...entityKindSchema.options].sort());
    expect(new Set(ENTITY_KINDS.map((kind) => ENTITY_KIND_TABLE[kind].segment)).size).toBe(ENTITY_KINDS.length);
  });
});

describe('entitiesNamedIn', () => {
  const place = (id: string, name: string, aliases: string[] = []) => ({ id, data: { name, aliases } });
  const entities = [place('camp-north', 'Camp North', ['North Camp']), place('river-town', 'River Town'), place('sdf', 'SDF')];

  it('finds the entities a text names, by name or alias, in their order', () => {
    expect(entitiesNamedIn('Families held in north camp and in River-Town.', entities).map((entity) => entity.id)).toEqual([
      'camp-north',
      'river-town',
    ]);
  });

  it('finds no entity from part of a word, nor an acronym written in lower case', () => {
    expect(entitiesNamedIn('Rivertowns and the sdf of it.', entities)).toEqual([]);
  });
});

describe('topByCount', () => {
  const item = (name: string) => ({ data: { name } });
  it('keeps the highest counts up to the limit, ties in name order', () => {
    const counts: Record<string, number> = { Raqqa: 3, 'al-Hol': 5, Qamishli: 3, 'Tel Abyad': 1 };
    const picked = topByCount(Object.keys(counts).map(item), (entry) => counts[entry.data.name]!, 3);
    expect(picked.map((entry) => entry.data.name)).toEqual(['al-Hol', 'Qamishli', 'Raqqa']);
  });
});
