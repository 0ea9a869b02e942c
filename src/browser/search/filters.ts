/**
 * The filter panel: a group per filter, with only the values that would
 * give results (or are ticked) and the number each would give. Its counts are
 * asked for only while the panel is open, so a first search never loads
 * Pagefind's filter index.
 */
import { FILTER_LABELS, FILTER_NAMES, withFilterValue, type SearchState } from '../../lib/search/search-state.ts';
import type { SearchController } from './controller.ts';
import { element } from './markup.ts';
import type { FilterCounts } from './run-search.ts';

/** Connects the filter panel (`panel`) and the box its groups go in (`groups`) to the controller. */
export function connectFilters(controller: SearchController, panel: HTMLDetailsElement, groups: HTMLElement): void {
  controller.on('idle', () => {
    panel.hidden = true;
  });
  controller.on('results', ({ outcome, state }) => {
    const filtered = Object.keys(state.filters).length > 0;
    panel.hidden = outcome.hits.length === 0 && !filtered;
    if (filtered) panel.open = true;
    if (panel.open) void controller.countFilters();
    else groups.replaceChildren();
  });
  controller.on('filters', ({ counts, state }) => groups.replaceChildren(...filterGroups(controller, counts, state)));
  panel.addEventListener('toggle', () => {
    // The filter index is fetched the first time a reader opens the filters.
    if (!panel.open || groups.childElementCount > 0) return;
    groups.textContent = 'Loading the filters…';
    void controller.countFilters();
  });
}

/** The groups to draw: one fieldset per filter with values to offer, each value a checkbox with its count. */
function filterGroups(controller: SearchController, counts: FilterCounts, state: SearchState): HTMLFieldSetElement[] {
  return FILTER_NAMES.flatMap((name) => {
    const counted = counts[name] ?? {};
    const ticked = state.filters[name] ?? [];
    const values = Object.keys(counted).filter((value) => counted[value]! > 0 || ticked.includes(value));
    if (values.length === 0) return [];
    const boxes = values
      .sort((a, b) => a.localeCompare(b))
      .map((value) => {
        const box = element('input', { type: 'checkbox', name, value, checked: ticked.includes(value) });
        box.addEventListener('change', () => void controller.navigate(withFilterValue(state, name, value, box.checked)));
        return element(
          'label',
          {},
          box,
          ` ${value} `,
          element('span', { className: 'filter-count', textContent: `(${counted[value] ?? 0})` }),
        );
      });
    return [element('fieldset', {}, element('legend', { textContent: FILTER_LABELS[name] }), ...boxes)];
  });
}
