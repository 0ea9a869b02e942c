/**
 * Checks on events: each source cites a paragraph that exists and contains
 * the quote word for word, as whole words (the rule figures follow, so
 * "86" does not pass against "860"), places
 * are places, actors are people or organisations, topics exist.
 */
import type { CheckContext, ContentProblem, EntryInput } from '../problems.ts';
import type { Entity } from '../../../schemas/entity.ts';
import type { ArchiveEvent } from '../../../schemas/event.ts';
import { citedParagraph, containsAsWritten, isCitationProblem } from '../paragraph-citations.ts';
import { checkTopicIds, reporterFor, type Report } from './references.ts';

/** Checks every event; returns the problems, each naming the file and the field. */
export function checkEvents(events: readonly EntryInput<ArchiveEvent>[], context: CheckContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const event of events) {
    const report = reporterFor(problems, event.file);
    event.data.sources.forEach((source, index) => {
      const where = `sources[${index}]`;
      const paragraph = citedParagraph(context.paragraphsByArticle, source);
      if (isCitationProblem(paragraph)) {
        report(`${where}.${paragraph.field}`, paragraph.message);
      } else if (!containsAsWritten(paragraph.text, source.quote)) {
        report(`${where}.quote`, `paragraph ${source.paragraph} of ${source.article} does not contain "${source.quote}"`);
      }
    });
    checkEntityList(event.data.places, 'places', (entity) => entity.kind === 'place', 'a place', context, report);
    checkEntityList(event.data.actors, 'actors', (entity) => entity.kind !== 'place', 'a person or organisation', context, report);
    checkTopicIds(event.data.topics, 'topics', context, report);
  }
  return problems;
}

/** Checks a list of entity ids on an event: each exists and is of the right kind. */
function checkEntityList(ids: readonly string[], field: string, fits: (entity: Entity) => boolean, expected: string, context: CheckContext, report: Report): void {
  ids.forEach((entityId, index) => {
    const entity = context.entitiesById.get(entityId);
    if (!entity) report(`${field}[${index}]`, `no entity "${entityId}" exists in content/entities/`);
    else if (!fits(entity.data)) report(`${field}[${index}]`, `"${entityId}" is of kind ${entity.data.kind}, not ${expected}`);
  });
}
