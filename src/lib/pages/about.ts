/**
 * The data of the page where the archive explains itself (/about/): what it
 * holds, counted from the archive at build time so the page never says more
 * than is there.
 */
import { languageName } from '../content/languages.ts';
import { getArchive, type Archive } from './archive.ts';

/** A language and how many articles were first published in it. */
interface LanguageCount {
  /** The language's English name, e.g. "Spanish". */
  name: string;
  /** Articles whose original is in that language. */
  articles: number;
}

/** What the About page counts: articles, publishers, original languages, translations, supplied headlines, and the rest of the archive. */
function aboutFacts(archive: Pick<Archive, 'articles' | 'entities' | 'events' | 'figures' | 'topics'>) {
  const { articles } = archive;
  const languages = new Map<string, number>();
  for (const { data } of articles) {
    const name = languageName(data.translation?.fromLanguage ?? data.language);
    languages.set(name, (languages.get(name) ?? 0) + 1);
  }
  return {
    articles: articles.length,
    publishers: new Set(articles.map(({ data }) => data.publisher.name)).size,
    // Most articles first, then by name, so the order is stable.
    languages: [...languages]
      .map(([name, count]): LanguageCount => ({ name, articles: count }))
      .sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name)),
    translations: articles.filter(({ data }) => data.translation).length,
    machineTranslations: articles.filter(({ data }) => data.translation?.method === 'machine').length,
    suppliedHeadlines: articles.filter(({ data }) => data.headlineSupplied).length,
    entities: archive.entities.length,
    topics: archive.topics.length,
    events: archive.events.length,
    figures: archive.figures.length,
  };
}

/** /about/: the archive's counts (see `aboutFacts`). */
export async function aboutData() {
  return aboutFacts(await getArchive());
}
