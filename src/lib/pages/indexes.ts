/**
 * The data of the site's single pages that list the whole archive: the topic
 * index, the timeline's index of years, the figures page and the search
 * page's name index. Each reads the archive once per build.
 */
import { encodeNames } from '../search/name-index.ts';
import { aliasKeywords } from '../search/search-terms.ts';
import { entityUrl } from '../urls/urls.ts';
import { getArchive, namesOf } from './archive.ts';
import { figuresPageData, timelinePages } from './page-data.ts';
import { topicContents } from './selections.ts';

/** The topic index: every topic with how many articles it files. */
export async function topicIndexData() {
  const archive = await getArchive();
  return { topics: archive.topics.map((topic) => ({ topic, articleCount: topicContents(archive, topic.id).articles.length })) };
}

/** The timeline's index: each year with its counts, months and page count. */
export async function timelineIndexData() {
  return { years: timelinePages(await getArchive()).years };
}

/** The figures page: every figure looked up, and the search tokens of every entity a figure is about or quotes. */
export async function figuresIndexData() {
  const { figures, names } = figuresPageData(await getArchive());
  // Every entity a figure is about or quotes, so the page is found by any spelling of their names.
  return { figures, searchAliases: aliasKeywords(names) };
}

/** /search/names.json: every entity's names and page, encoded for the search page (src/lib/search/name-index.ts). */
export async function searchNameIndex() {
  const { entities } = await getArchive();
  return encodeNames(entities.map((entity) => ({ id: entity.id, kind: entity.data.kind, url: entityUrl(entity.data.kind, entity.id), names: namesOf(entity) })));
}
