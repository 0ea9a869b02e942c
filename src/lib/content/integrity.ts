/**
 * Checks that span entries and collections, which a per-entry schema cannot
 * see: references resolve, cited paragraphs exist and say what is claimed,
 * no two articles archive the same URL, bodies are not empty and carry no
 * markup that could run code. Each problem names the file and the field (or
 * line), so the build error tells an editor exactly what to fix.
 *
 * The checks themselves live in `src/lib/content/checks/`, one file per collection;
 * the shared types and `formatProblem` in `problems.ts`. This module runs
 * them in order.
 */
import type { ArchiveInput, CheckContext, ContentProblem } from './problems.ts';
import { checkArticles } from './checks/articles.ts';
import { checkEntities } from './checks/entities.ts';
import { checkEvents } from './checks/events.ts';
import { checkFigures } from './checks/figures.ts';
import { checkPlaceCountries } from './checks/places.ts';
import { checkArticleDates, checkEventDates } from './checks/provenance.ts';
import { checkTopics } from './checks/topics.ts';
import { checkFoldKeys } from './checks/fold-keys.ts';
import { checkUndatedNames } from './checks/file-names.ts';
import { checkCommonAliases } from './checks/common-aliases.ts';

/**
 * Runs every cross-entry check and returns the problems found (empty when the
 * content is sound): articles, then entities, events and figures. Lookups are
 * built once here and shared by every check.
 */
export function checkArchive(input: ArchiveInput): ContentProblem[] {
  const context: CheckContext = {
    paragraphsByArticle: new Map(input.articles.map((article) => [article.id, article.paragraphs])),
    entitiesById: new Map(input.entities.map((entity) => [entity.id, entity])),
    topicIds: new Set(input.topics.map((topic) => topic.id)),
  };
  return [
    ...checkArticles(input.articles, context),
    ...checkArticleDates(input.articles),
    ...checkUndatedNames(input.articles),
    ...checkEntities(context),
    ...checkPlaceCountries(input.entities),
    // Spellings nobody listed are folded (src/lib/search/name-fold.ts); each fold key must lead to one entity.
    ...checkFoldKeys(input.entities),
    // A common word as a name would claim unrelated articles and take over searches for it.
    ...checkCommonAliases(
      input.entities,
      input.articles.map((article) => ({
        id: article.id,
        texts: [...(article.data.headlineSupplied || !article.data.headline ? [] : [article.data.headline]), ...article.paragraphs.map((paragraph) => paragraph.text)],
      })),
    ),
    ...checkTopics(input.topics),
    ...checkEvents(input.events, context),
    ...checkEventDates(input.events),
    ...checkFigures(input.figures, context),
  ];
}
