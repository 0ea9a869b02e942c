/**
 * Notices about a link's filter values: which were read under their new
 * names, and which the archive does not have, each with a way to remove it.
 */
import { FILTER_LABELS, withoutFilterValue, writeSearchState } from '../../lib/search/search-state.ts';
import type { SearchController } from './controller.ts';
import { element, isolated } from './markup.ts';

/** Connects the notices list (`notices`) to the controller. */
export function connectNotices(controller: SearchController, notices: HTMLElement): void {
  const hide = () => {
    notices.hidden = true;
  };
  controller.on('idle', hide);
  controller.on('searching', hide);
  controller.on('results', ({ reconciled: { renamed, unknown }, requested }) => {
    const items = [
      ...renamed.map(({ name, from, to }) =>
        element('li', {}, `The ${FILTER_LABELS[name].toLowerCase()} “`, isolated(from), '” is now called “', to, '”; showing that.'),
      ),
      ...unknown.map(({ name, value }) => {
        const without = withoutFilterValue(requested, name, value);
        const remove = element(
          'a',
          { href: `${location.pathname}${writeSearchState(without)}` },
          'Remove “',
          isolated(value),
          '” from the search',
        );
        remove.addEventListener('click', (event) => {
          event.preventDefault();
          void controller.navigate(without);
        });
        const said = [
          'No ',
          FILTER_LABELS[name].toLowerCase(),
          ' called “',
          isolated(value),
          '” in the archive, so it does not narrow these results. ',
        ];
        return element('li', {}, ...said, remove);
      }),
    ];
    // Nothing to say: the list stays hidden, as the search left it.
    if (items.length === 0) return;
    notices.replaceChildren(...items);
    notices.hidden = false;
  });
}
