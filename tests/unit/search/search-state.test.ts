import { describe, expect, it } from 'vitest';
import {
  hasCriteria,
  readSearchState,
  reconcileFilters,
  toPagefindFilters,
  withFilterValue,
  withoutFilter,
  withoutFilterValue,
  writeSearchState,
} from '../../../src/lib/search/search-state.ts';

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

describe('filter values from a URL, checked against the index', () => {
  const known = { type: { Article: 2, Place: 3 }, topic: { 'IS detainees, prisons and camps': 4 } };

  it('keeps values the index holds', () => {
    const state = readSearchState('?q=al-Hol&type=Article&topic=IS+detainees%2C+prisons+and+camps');
    expect(reconcileFilters(state, known)).toEqual({ state, renamed: [], unknown: [] });
  });

  it('sets aside a value the index does not hold, so that it hides no result, and names it', () => {
    const reconciled = reconcileFilters(readSearchState('?q=al-Hol&topic=../../&type=Article'), known);
    expect(reconciled.state).toEqual({ query: 'al-Hol', filters: { type: ['Article'] } });
    expect(reconciled.unknown).toEqual([{ name: 'topic', value: '../../' }]);
  });

  it('reads a former name as the current one, so old links keep working', () => {
    const reconciled = reconcileFilters(readSearchState('?topic=IS+detainees+and+camps'), known, {
      topic: { 'IS detainees and camps': 'IS detainees, prisons and camps' },
    });
    expect(reconciled.state.filters).toEqual({ topic: ['IS detainees, prisons and camps'] });
    expect(reconciled.renamed).toEqual([{ name: 'topic', from: 'IS detainees and camps', to: 'IS detainees, prisons and camps' }]);
    expect(reconciled.unknown).toEqual([]);
  });

  it('removes one value from a state, and the filter with its last value', () => {
    const state = readSearchState('?q=x&topic=a&topic=b&type=Article');
    expect(writeSearchState(withoutFilterValue(state, 'topic', 'a'))).toBe('?q=x&type=Article&topic=b');
    expect(writeSearchState(withoutFilterValue(state, 'type', 'Article'))).toBe('?q=x&topic=a&topic=b');
  });

  it('takes no inherited object key for a value the archive holds, and names it like any unknown value', () => {
    const state = readSearchState('?q=al-Hol&topic=constructor&topic=__proto__&topic=toString&type=hasOwnProperty&type=Article');
    const formerNames = { topic: { 'IS detainees and camps': 'IS detainees, prisons and camps' } };
    const reconciled = reconcileFilters(state, known, formerNames);
    expect(reconciled.state).toEqual({ query: 'al-Hol', filters: { type: ['Article'] } });
    expect(reconciled.renamed).toEqual([]);
    expect(reconciled.unknown).toEqual([
      { name: 'type', value: 'hasOwnProperty' },
      { name: 'topic', value: 'constructor' },
      { name: 'topic', value: '__proto__' },
      { name: 'topic', value: 'toString' },
    ]);
  });
});

describe('changing the selected filter values', () => {
  const state = readSearchState('?q=x&topic=a&type=Article');

  it('ticks and unticks one value, dropping the filter with its last value', () => {
    expect(writeSearchState(withFilterValue(state, 'topic', 'b', true))).toBe('?q=x&type=Article&topic=a&topic=b');
    expect(writeSearchState(withFilterValue(state, 'topic', 'a', false))).toBe('?q=x&type=Article');
    expect(writeSearchState(withFilterValue(state, 'topic', 'a', true))).toBe('?q=x&type=Article&topic=a');
  });

  it('drops every value of one filter, leaving the others and the query', () => {
    expect(withoutFilter(state, 'topic')).toEqual({ query: 'x', filters: { type: ['Article'] } });
    expect(state.filters.topic).toEqual(['a']);
  });
});
