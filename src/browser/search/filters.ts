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

/** Wide enough for the filters to sit beside the results (the 56rem of the search layout in global.css). */
const BESIDE_RESULTS = '(min-width: 56rem)';

/**
 * Connects the filter panel (`panel`), the box its groups go in (`groups`)
 * and the result list (`results`) to the controller. On a narrow screen the
 * open panel is a sheet over the bottom of the screen; its button (and
 * Escape) closes it.
 */
export function connectFilters(controller: SearchController, panel: HTMLDetailsElement, groups: HTMLElement, results: HTMLElement): void {
  // Set when the reader changes a filter: the narrowed results are then brought into view.
  let changed = false;
  controller.on('idle', () => {
    panel.hidden = true;
  });
  controller.on('results', ({ outcome, state }) => {
    const filtered = Object.keys(state.filters).length > 0;
    panel.hidden = outcome.hits.length === 0 && !filtered;
    // A link that names filters opens them beside the results, never as a sheet over them.
    if (filtered && matchMedia(BESIDE_RESULTS).matches) panel.open = true;
    if (panel.open || filtered) void controller.countFilters();
    else groups.replaceChildren();
    if (changed) revealFirst(results);
    changed = false;
  });
  controller.on('filters', ({ counts, state }) =>
    groups.replaceChildren(
      ...filterGroups(counts, state, (next) => {
        changed = true;
        void controller.navigate(next);
      }),
    ),
  );
  panel.addEventListener('toggle', () => {
    // The filter index is fetched the first time a reader opens the filters.
    if (!panel.open || groups.childElementCount > 0) return;
    groups.textContent = 'Loading the filters…';
    void controller.countFilters();
  });
  const close = () => {
    panel.open = false;
    panel.querySelector('summary')?.focus();
  };
  panel.querySelector('.search-filters__close')?.addEventListener('click', close);
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && panel.open && !matchMedia(BESIDE_RESULTS).matches) close();
  });
}

/**
 * Scrolls the first result to the top of the screen unless it is already in
 * the screen's top half (above a narrow screen's filter sheet), so a reader
 * who ticked a filter sees what it left rather than the foot of the page.
 */
function revealFirst(results: HTMLElement): void {
  const first = results.firstElementChild;
  if (!first) return;
  const { top } = first.getBoundingClientRect();
  if (top < 0 || top > window.innerHeight / 2) first.scrollIntoView({ block: 'start' });
}

/** The groups to draw: one fieldset per filter with values to offer, each value a checkbox with its count; `change` gets the state a tick asks for. */
function filterGroups(counts: FilterCounts, state: SearchState, change: (next: SearchState) => void): HTMLFieldSetElement[] {
  return FILTER_NAMES.flatMap((name) => {
    const counted = counts[name] ?? {};
    const ticked = state.filters[name] ?? [];
    const values = Object.keys(counted).filter((value) => counted[value]! > 0 || ticked.includes(value));
    if (values.length === 0) return [];
    const boxes = values
      .sort((a, b) => a.localeCompare(b))
      .map((value) => {
        const box = element('input', { type: 'checkbox', name, value, checked: ticked.includes(value) });
        box.addEventListener('change', () => change(withFilterValue(state, name, value, box.checked)));
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
