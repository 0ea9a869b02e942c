/** The search box: shows the query being searched, has the controller load what a search needs while the reader types, and sends the query. */
import type { SearchController } from './controller.ts';

/** Connects the search form to the controller. */
export function connectInput(controller: SearchController, form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const showQuery = ({ state }: { state: { query: string } }) => {
    input.value = state.query;
  };
  controller.on('searching', showQuery);
  controller.on('idle', showQuery);
  // The first search's files load while the reader types, not after Enter.
  input.addEventListener('focus', () => void controller.prepare(), { once: true });
  input.addEventListener('input', () => void controller.prepare(input.value));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void controller.searchFor(input.value);
  });
}
