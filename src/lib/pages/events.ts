/** The data of the event pages: what `eventPageData` looks up, plus the search tokens of its places and actors. */
import { aliasKeywords } from '../search/search-terms.ts';
import { getArchive, namesOf } from './archive.ts';
import { eventPageData } from './page-data.ts';

/** The static paths of the event pages, /events/<id>/, each with its props. */
export async function eventPaths() {
  const archive = await getArchive();
  return archive.events.map((event) => {
    const pageData = eventPageData(archive, event);
    return { params: { id: event.id }, props: { ...pageData, searchAliases: aliasKeywords([...pageData.places, ...pageData.actors].map(namesOf)) } };
  });
}
