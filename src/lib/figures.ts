/**
 * Facts and figures: the build-time checks that keep every claim traceable
 * to the words of the paragraph it cites, and the small selections pages
 * make (the figures about an entity or in a topic, the outlet of a claim).
 */
import type { PublishedArticle } from '../schemas/article.ts';
import type { Entity } from '../schemas/entity.ts';
import type { Figure } from '../schemas/figure.ts';
import { citedParagraph, containsAsWritten, isCitationProblem } from './paragraph-citations.ts';
import type { ContentProblem, EntryInput } from './integrity.ts';
import { languageName } from './languages.ts';
import type { BodyParagraph } from './paragraphs.ts';

/** What the figure checks look figures up against, built once by `checkArchive`. */
export interface FigureCheckContext {
  /** Each article's numbered paragraphs, by article id. */
  paragraphsByArticle: ReadonlyMap<string, readonly BodyParagraph[]>;
  /** Entities by id. */
  entitiesById: ReadonlyMap<string, EntryInput<Entity>>;
  /** Every topic id. */
  topicIds: ReadonlySet<string>;
}

/**
 * Checks every figure: its entities and topics exist, and each claim cites a
 * paragraph that exists and contains the value, and the attribution, word
 * for word. Returns the problems, each naming the file and the field.
 */
export function checkFigures(figures: readonly EntryInput<Figure>[], context: FigureCheckContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const figure of figures) {
    const report = (where: string, message: string) => problems.push({ file: figure.file, where, message });

    figure.data.entities.forEach((entityId, index) => {
      if (!context.entitiesById.has(entityId)) report(`entities[${index}]`, `no entity "${entityId}" exists in content/entities/`);
    });
    figure.data.topics.forEach((topicId, index) => {
      if (!context.topicIds.has(topicId)) report(`topics[${index}]`, `no topic "${topicId}" exists in content/topics/`);
    });

    figure.data.claims.forEach((claim, index) => {
      const where = `claims[${index}]`;
      const { saidBy, source } = claim;
      if (saidBy?.entity) {
        const entity = context.entitiesById.get(saidBy.entity);
        if (!entity) report(`${where}.saidBy.entity`, `no entity "${saidBy.entity}" exists in content/entities/`);
        else if (entity.data.kind === 'place') report(`${where}.saidBy.entity`, `"${saidBy.entity}" is a place; a number is given by a person or organisation`);
      }
      const paragraph = citedParagraph(context.paragraphsByArticle, source);
      if (isCitationProblem(paragraph)) {
        report(`${where}.source.${paragraph.field}`, paragraph.message);
        return;
      }
      if (!containsAsWritten(paragraph.text, claim.value)) {
        report(`${where}.value`, `paragraph ${source.paragraph} of ${source.article} does not contain "${claim.value}"`);
      }
      if (saidBy && !containsAsWritten(paragraph.text, saidBy.words)) {
        report(`${where}.saidBy.words`, `paragraph ${source.paragraph} of ${source.article} does not contain "${saidBy.words}"`);
      }
    });
  }
  return problems;
}

/** A figure entry as pages hold it: anything with an id and a figure's data. */
interface FigureEntry {
  id: string;
  data: Figure;
}

/** The figures about an entity: those that list it, and those with a claim it gave. */
export function figuresForEntity<T extends FigureEntry>(figures: readonly T[], entityId: string): T[] {
  return figures.filter(
    (figure) => figure.data.entities.includes(entityId) || figure.data.claims.some((claim) => claim.saidBy?.entity === entityId),
  );
}

/** The figures filed under a topic. */
export function figuresForTopic<T extends FigureEntry>(figures: readonly T[], topicId: string): T[] {
  return figures.filter((figure) => figure.data.topics.includes(topicId));
}

/**
 * Who published a claim, as a reader needs to weigh it: the publisher, and
 * whether the words are a translation's or a report of another outlet's
 * work: "El Mundo (English machine translation)", "Leiden University,
 * reporting NOS".
 */
export function describeOutlet(article: Pick<PublishedArticle, 'publisher' | 'language' | 'translation' | 'reports'>): string {
  const translation = article.translation
    ? ` (${languageName(article.language)} ${article.translation.method === 'machine' ? 'machine ' : ''}translation)`
    : '';
  const reports = article.reports.length > 0 ? `, reporting ${article.reports.map((report) => report.publisher).join(' and ')}` : '';
  return `${article.publisher.name}${translation}${reports}`;
}
