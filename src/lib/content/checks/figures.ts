/**
 * Checks on figures, which keep every claim traceable to the words of the
 * paragraph it cites: entities and topics exist, the speaker is not a place,
 * and the value and the attribution are in the paragraph word for word.
 */
import type { CheckContext, ContentProblem, EntryInput } from '../problems.ts';
import type { Figure } from '../../../schemas/figure.ts';
import { citedParagraph, containsAsWritten, isCitationProblem } from '../paragraph-citations.ts';
import { checkTopicIds, reporterFor } from './references.ts';
import { describeQuantity, matchesWords, readQuantity } from '../quantities.ts';

/**
 * Checks every figure: its entities and topics exist, and each claim cites a
 * paragraph that exists and contains the value, and the attribution, word
 * for word. Returns the problems, each naming the file and the field.
 */
export function checkFigures(figures: readonly EntryInput<Figure>[], context: CheckContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const figure of figures) {
    const report = reporterFor(problems, figure.file);

    figure.data.entities.forEach((entityId, index) => {
      if (!context.entitiesById.has(entityId)) report(`entities[${index}]`, `no entity "${entityId}" exists in content/entities/`);
    });
    checkTopicIds(figure.data.topics, 'topics', context, report);

    figure.data.claims.forEach((claim, index) => {
      const where = `claims[${index}]`;
      // The normalised number must be what the words say: "859" is never published as "Read as 8,590".
      const read = readQuantity(claim.value);
      if (!read) {
        // Unread words would let any number through ("1e9" published as "7 people"): the claim is refused instead.
        report(
          `${where}.value`,
          `"${claim.value}" is not worded as the archive's rules read a number (digits or number words, with a hedge, floor, ceiling or range: "some 62,000", "over 75,000"), so its normalised number cannot be checked; quote the paragraph's words for the number, or leave the claim out (the rules are in src/lib/content/quantities.ts and on the figures page)`,
        );
      } else if (!matchesWords(claim.normalised, read)) {
        report(`${where}.normalised`, `"${claim.value}" reads as ${describeQuantity(read)}, not ${describeQuantity(claim.normalised)} (the rules are in src/lib/content/quantities.ts)`);
      }
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
