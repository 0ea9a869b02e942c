import { describe, expect, it } from 'vitest';
import { resultTitle } from '../../../src/lib/search/result-titles.ts';

describe('resultTitle', () => {
  it('drops the full stop that ends a sentence', () => {
    expect(resultTitle('A convoy leaves the camp at dawn.')).toBe('A convoy leaves the camp at dawn');
    expect(resultTitle('  A convoy leaves the camp.  ')).toBe('A convoy leaves the camp');
  });

  it('leaves a title without one as it is', () => {
    expect(resultTitle('Two camps')).toBe('Two camps');
    expect(resultTitle('Is the camp empty?')).toBe('Is the camp empty?');
  });

  it('keeps an ellipsis and an abbreviation at the end', () => {
    expect(resultTitle('The camp empties...')).toBe('The camp empties...');
    expect(resultTitle('Troops leave for the U.S.')).toBe('Troops leave for the U.S.');
  });
});
