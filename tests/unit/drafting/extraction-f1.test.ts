/** The token F1 that `npm run bench:extraction` scores body extraction with. */
import { describe, expect, it } from 'vitest';
import { tokenF1 } from '../../../scripts/bench/extraction.ts';

describe('tokenF1', () => {
  it('scores word counts, not word sets: extra and missing words lower precision and recall', () => {
    expect(tokenF1('The camp, the camp.', 'the camp the camp')).toEqual({ precision: 1, recall: 1, f1: 1 });
    // Two of four extracted words are in the truth, and both of its two words are found.
    expect(tokenF1('the camp menu home', 'the camp')).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3 });
    // A word repeated in the extract counts only as often as the truth has it.
    expect(tokenF1('camp camp camp', 'camp guards')).toEqual({ precision: 1 / 3, recall: 0.5, f1: 0.4 });
    expect(tokenF1('', 'camp')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('reads words in any script', () => {
    expect(tokenF1('مخيم عين عيسى', 'مخيم عين').recall).toBe(1);
    expect(tokenF1('مخيم عين عيسى', 'مخيم عين').precision).toBeCloseTo(2 / 3);
  });
});
