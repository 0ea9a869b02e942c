/**
 * The data of the event pages: what `eventPageData` looks up, plus the
 * event's JSON-LD and the search tokens of its places and actors.
 */
import { settings } from '../../settings.ts';
import { eventJsonLd } from '../citing/structured-data.ts';
import { aliasKeywords } from '../search/search-terms.ts';
import { absoluteUrl, articleUrl, entityUrl, eventUrl } from '../urls/urls.ts';
import { getArchive, namesOf } from './archive.ts';
import { withCacheKeys } from './cache-keys.ts';
import { eventPageData } from './page-data.ts';

/** The static paths of the event pages, /events/<id>/, each with its props. */
export async function eventPaths() {
  const archive = await getArchive();
  const site = settings().siteUrl;
  const paths = archive.events.map((event) => {
    const pageData = eventPageData(archive, event);
    const { data } = event;
    const { places, actors, sources } = pageData;
    const jsonLd = eventJsonLd({
      url: absoluteUrl(eventUrl(event.id), site),
      name: data.title,
      date: data.date,
      endDate: data.endDate,
      places: places.map((place) => ({ name: place.data.name, url: absoluteUrl(entityUrl('place', place.id), site) })),
      actors: actors.map((actor) => ({
        kind: actor.data.kind,
        name: actor.data.name,
        url: absoluteUrl(entityUrl(actor.data.kind, actor.id), site),
      })),
      // Each article once, in the order the event cites them.
      sources: [...new Map(sources.map((source) => [source.article.id, source.article])).values()].map((article) => ({
        url: absoluteUrl(articleUrl(article.id), site),
        headline: article.data.headline,
      })),
    });
    return { params: { id: event.id }, props: { ...pageData, jsonLd, searchAliases: aliasKeywords([...places, ...actors].map(namesOf)) } };
  });
  return withCacheKeys(paths);
}
