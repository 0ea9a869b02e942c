/** The search box: shows the query being searched, and sends a new one to the controller. */
import type { SearchController } from './controller.ts';

/** Connects the search form to the controller. */
export function connectInput(controller: SearchController, form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const showQuery = ({ state }: { state: { query: string } }) => {
    input.value = state.query;
  };
  controller.on('searching', showQuery);
  controller.on('idle', showQuery);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void controller.searchFor(input.value);
  });
}
