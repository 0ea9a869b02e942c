/**
 * The status line (read out to screen readers: searching, the count, a
 * failure) and, under it, what a query that found nothing was searched as.
 * The reader's own words are shown isolated (see `isolated`).
 */
import { plural } from '../../lib/pages/plural.ts';
import type { NameIndex } from '../../lib/search/name-index.ts';
import { planSearch } from '../../lib/search/search-terms.ts';
import type { SearchController } from './controller.ts';
import { isolated } from './markup.ts';

/** A line of text with parts typed by the reader, each to be shown isolated. */
type Line = (string | { typed: string })[];

/** Connects the status line (`status`), the "searched for" line (`searched`) and the tab's title to the controller. */
export function connectStatus(controller: SearchController, status: HTMLElement, searched: HTMLElement): void {
  let count: Line = [];
  const pageTitle = document.title;
  const show = (box: HTMLElement, line: Line) =>
    box.replaceChildren(...line.map((part) => (typeof part === 'string' ? part : isolated(part.typed))));
  controller.on('idle', () => {
    status.textContent = '';
    searched.hidden = true;
    document.title = pageTitle;
  });
  controller.on('searching', () => {
    status.textContent = 'Searching…';
    searched.hidden = true;
  });
  controller.on('failed', ({ error }) => {
    status.textContent = 'Search could not load. Please reload the page, or browse by topic, name or timeline.';
    console.error(error);
  });
  controller.on('results', ({ state, outcome, index }) => {
    count = countLine(outcome.hits.length, state.query);
    show(status, count);
    document.title = searchTitle(pageTitle, state.query);
    const line = outcome.hits.length === 0 && state.query ? searchedLine(state.query, index) : null;
    if (line) show(searched, line);
    searched.hidden = !line;
  });
  // Put back only after a failure, so the count is not read out again with every batch.
  controller.on('more', () => {
    if (status.textContent !== lineText(count)) show(status, count);
  });
  controller.on('morefailed', () => show(status, [...count, ' More results could not be loaded; try again.']));
  // Only `npm run dev` reports a stale index; a built site leaves this out.
  if (import.meta.env.DEV) {
    controller.on('staleindex', () =>
      status.append(' The search index is being rebuilt after a change, so these results may be out of date; search again in a moment.'),
    );
  }
}

/** A query typed in quotes ("Ayn Issa" or “Ayn Issa”): the words inside, else null. The quote marks planSearch reads as a phrase. */
function phraseOf(query: string): string | null {
  const inner = /^\s*["“”](.*)["“”]\s*$/u.exec(query)?.[1]?.replace(/["“”]/g, '').trim();
  return inner ? inner : null;
}

/**
 * "12 results for “al-Hol”.", "3 results for the phrase “Ayn Issa”.",
 * "No results.": the count, and the query it answers. A query typed in
 * quotes is shown in the line's own quotes, not in both (“"Ayn Issa"”).
 */
export function countLine(total: number, query: string): Line {
  const counted = total === 0 ? 'No results' : plural(total, 'result');
  if (!query) return [`${counted}.`];
  const phrase = phraseOf(query);
  return phrase ? [`${counted} for the phrase “`, { typed: phrase }, '”.'] : [`${counted} for “`, { typed: query }, '”.'];
}

/** The tab's title while a query's results are shown: the query first, so a reader can tell tabs and history entries apart. */
export function searchTitle(pageTitle: string, query: string): string {
  return query ? `“${phraseOf(query) ?? query.trim()}” · ${pageTitle}` : pageTitle;
}

/** A line as plain text. */
function lineText(line: Line): string {
  return line.map((part) => (typeof part === 'string' ? part : part.typed)).join('');
}

/** What a query was searched as: the names recognised, each with the spelling typed, and the other words; null when nothing was. */
export function searchedLine(query: string, index: NameIndex | null): Line | null {
  const plan = planSearch(query, index);
  const names =
    plan.kind === 'name'
      ? [{ typed: query, entity: plan.match.entity }]
      : plan.kind === 'parts'
        ? plan.names.map((name) => ({ typed: name.typed, entity: name.match.entity }))
        : [];
  const words = plan.kind === 'name' ? [] : plan.words;
  const quoted = (word: string): Line => ['“', { typed: word }, '”'];
  const parts: Line[] = [
    ...names.map(({ typed, entity }): Line => [
      `the name ${entity.names[0]}`,
      ...(typed === entity.names[0] ? [] : [' (typed ', ...quoted(typed), ')']),
    ]),
    ...(words.length > 0
      ? [
          [
            words.length === 1 ? 'the word ' : 'the words ',
            ...words.flatMap((word, position) => [...(position > 0 ? [', '] : []), ...quoted(word)]),
            plan.kind === 'words' && plan.quoted ? ' as a phrase' : '',
          ],
        ]
      : []),
  ];
  if (parts.length === 0) return null;
  const all = names.length + words.length > 1 ? ', all of them' : '';
  return ['Searched for pages with ', ...parts.flatMap((part, position) => [...(position > 0 ? [' and '] : []), ...part]), `${all}.`];
}
