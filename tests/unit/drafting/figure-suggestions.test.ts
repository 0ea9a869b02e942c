/**
 * Figure suggestions measured on a labelled set: numbers in sentences in six
 * languages (tests/fixtures/figure-numbers/labelled.ts), each labelled with
 * the real archive's figure it means or with none. Drafting suggests a
 * figure so an archivist can add a claim; a wrong one is worse than none, so
 * the aim is precision: at least 90% of suggestions right, and every
 * "probably" right. The figures and entities are the real archive's, found
 * in the text by the same functions `new-article` uses.
 */
import { describe, expect, it } from 'vitest';
import { loadArchiveFromDisk } from '../../../src/lib/content/archive-from-disk.ts';
import { findKnownEntities, type KnownEntity } from '../../../scripts/lib/new-article/names.ts';
import { findNumbers, placeFinder, suggestFigure, type FigureForMatching } from '../../../scripts/lib/new-article/numbers.ts';
import { LABELLED } from '../../fixtures/figure-numbers/labelled.ts';

const archive = loadArchiveFromDisk();
const entities: KnownEntity[] = archive.entities.map((entity) => ({
  id: entity.id,
  kind: entity.data.kind,
  names: [entity.data.name, ...entity.data.aliases],
}));
const placeIds = new Set(entities.filter((entity) => entity.kind === 'place').map((entity) => entity.id));
const placesIn = placeFinder(entities);
const figures: FigureForMatching[] = archive.figures.map((figure) => ({
  id: figure.id,
  label: figure.data.label,
  unit: figure.data.unit,
  entities: figure.data.entities,
  claims: figure.data.claims.map((claim) => ({ min: claim.normalised.min, max: claim.normalised.max, article: claim.source.article })),
}));

/** Each labelled number with what drafting suggests for it (undefined when drafting does not find the number at all). */
const outcomes = LABELLED.map((labelled) => {
  const paragraphEntities = findKnownEntities([{ number: 1, line: 1, text: labelled.text }], entities).map((entity) => entity.id);
  const number = findNumbers(labelled.text, labelled.language).find((found) => found.words === labelled.number);
  const suggestion =
    number &&
    suggestFigure(
      number,
      { articleEntities: paragraphEntities, paragraphEntities, sentencePlaces: placesIn(number.sentence), placeIds },
      figures,
    );
  return { ...labelled, found: number !== undefined, suggestion: suggestion ?? null };
});

const suggested = outcomes.filter((outcome) => outcome.suggestion);
const right = suggested.filter((outcome) => outcome.suggestion!.id === outcome.figure);
const probably = suggested.filter((outcome) => outcome.suggestion!.sure === 'probably');
const labelledFigures = outcomes.filter((outcome) => outcome.figure);

describe('figure suggestions on the labelled set', () => {
  it('has at least 80 numbers in at least five languages', () => {
    expect(LABELLED.length).toBeGreaterThanOrEqual(80);
    expect(new Set(LABELLED.map((labelled) => labelled.language)).size).toBeGreaterThanOrEqual(5);
  });

  it('suggests the right figure at least 90% of the time it suggests one', () => {
    const precision = right.length / suggested.length;
    const recall = right.length / labelledFigures.length;
    console.log(
      `figure suggestions: ${suggested.length} made, ${right.length} right (precision ${(precision * 100).toFixed(1)}%); ` +
        `${right.length} of ${labelledFigures.length} labelled figures found (recall ${(recall * 100).toFixed(1)}%); ${probably.length} "probably"`,
    );
    const wrong = suggested
      .filter((outcome) => outcome.suggestion!.id !== outcome.figure)
      .map((outcome) => `${outcome.text} [${outcome.number}] → ${outcome.suggestion!.id}, not ${outcome.figure}`);
    expect(precision, wrong.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('says "probably" only when it is right', () => {
    expect(
      probably
        .filter((outcome) => outcome.suggestion!.id !== outcome.figure)
        .map((outcome) => `${outcome.text} → ${outcome.suggestion!.id}`),
    ).toEqual([]);
  });

  it('never suggests a figure for a duration, a percentage, money, a time, a part of a date, an age or a count of something else', () => {
    const nonFigures = outcomes.filter((outcome) => outcome.figure === null && outcome.suggestion);
    expect(nonFigures.map((outcome) => `${outcome.text} [${outcome.number}] → ${outcome.suggestion!.id}`)).toEqual([]);
  });
});

describe('the places a sentence names', () => {
  it('are read as search reads names: folded spellings and one word of a place’s name count, in entity order', () => {
    expect(placesIn('Families left Ain Issa for Kamichli on Sunday.')).toEqual(
      entities.filter((entity) => ['ayn-issa', 'qamishli'].includes(entity.id)).map((entity) => entity.id),
    );
    expect(placesIn('Shelling was heard near Abyad.')).toEqual(['tel-abyad']);
    expect(placesIn('A spokesman, Karim Abyad, did not comment.')).toEqual([]);
  });
});
