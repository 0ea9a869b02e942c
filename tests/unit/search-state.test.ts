import { describe, expect, it } from 'vitest';
import { hasCriteria, readSearchState, toPagefindFilters, writeSearchState } from '../../src/lib/search/search-state.ts';

describe('search state in the URL', () => {
  it('round-trips a query and filters', () => {
    const state = { query: 'al-Hol', filters: { type: ['Article', 'Place'], topic: ['IS detainees, prisons and camps'] } };
    expect(readSearchState(writeSearchState(state))).toEqual(state);
  });

  it('reads repeated parameters, ignores unknown ones and empty values', () => {
    expect(readSearchState('?q=+Raqqa+&type=Article&type=Article&type=&colour=red')).toEqual({
      query: 'Raqqa',
      filters: { type: ['Article'] },
    });
  });

  it('writes nothing for an empty state', () => {
    expect(writeSearchState({ query: '', filters: {} })).toBe('');
    expect(hasCriteria({ query: '', filters: {} })).toBe(false);
    expect(hasCriteria({ query: '', filters: { type: ['Event'] } })).toBe(true);
  });

  it('asks Pagefind for any of the values within a filter', () => {
    expect(toPagefindFilters({ query: 'x', filters: { publisher: ['El Mundo', 'Leiden University'] } })).toEqual({
      publisher: { any: ['El Mundo', 'Leiden University'] },
    });
  });
});
