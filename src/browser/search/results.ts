/**
 * The result list, drawn a batch at a time, with "Show more results" after it
 * while the search has more. Each result's markup is resultItem's.
 */
import type { Batch, SearchController } from './controller.ts';
import { element } from './markup.ts';
import { resultItem } from './result-item.ts';

/** Connects the result list (`list`) to the controller. */
export function connectResults(controller: SearchController, list: HTMLOListElement): void {
  const showMore = element('button', { type: 'button', className: 'search-more', textContent: 'Show more results' });
  showMore.addEventListener('click', () => void controller.more());
  const items = ({ items, index }: Batch) => items.map(({ data, hit }) => resultItem(data, hit, index));

  controller.on('idle', () => {
    showMore.remove();
    list.replaceChildren();
  });
  controller.on('results', (batch) => {
    showMore.remove();
    list.replaceChildren(...items(batch));
    if (batch.remaining > 0) list.after(showMore);
  });
  controller.on('more', (batch) => {
    const drawn = items(batch);
    // Removing the button would drop keyboard focus to the top of the page:
    // a reader who asked for more goes on at the first new result instead.
    const askedForMore = document.activeElement === showMore;
    showMore.remove();
    list.append(...drawn);
    if (askedForMore) drawn[0]?.querySelector('a')?.focus();
    if (batch.remaining > 0) list.after(showMore);
  });
}
