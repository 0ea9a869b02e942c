/**
 * Where to go next: "Did you mean" links to the names nearest a query that
 * found nothing, and the "Or start from" box, shown when there is nothing to
 * show (no query, no result, or a search that could not load).
 */
import { entityUrl } from '../../lib/urls/urls.ts';
import type { SearchController } from './controller.ts';
import { element } from './markup.ts';

/** Connects the suggestions line (`suggestions`) and the start box (`start`) to the controller. */
export function connectSuggestions(controller: SearchController, suggestions: HTMLElement, start: HTMLElement): void {
  controller.on('idle', () => {
    suggestions.hidden = true;
    start.hidden = false;
  });
  controller.on('searching', () => {
    suggestions.hidden = true;
    start.hidden = true;
  });
  controller.on('failed', () => {
    start.hidden = false;
  });
  controller.on('results', ({ outcome }) => {
    const entities = outcome.suggestions;
    suggestions.replaceChildren();
    suggestions.hidden = entities.length === 0;
    if (entities.length > 0) {
      suggestions.append('Did you mean ');
      entities.forEach((entity, position) => {
        if (position > 0) suggestions.append(position === entities.length - 1 ? ' or ' : ', ');
        suggestions.append(element('a', { href: entityUrl(entity.kind, entity.id), textContent: entity.names[0]! }));
      });
      suggestions.append('?');
    }
    start.hidden = outcome.hits.length > 0;
  });
}
