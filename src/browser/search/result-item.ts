/**
 * One search result's markup, the only place it is built:
 *
 *   <li class="search-result">
 *     <h2><a href="…#p-7:~:text=…">Title</a></h2>
 *     <p class="search-result__meta">Article · Publisher · Date</p>
 *     <p class="search-result__excerpt">… <mark>match</mark> …</p>
 *   </li>
 *
 * Its styles are the "Search results" block of src/styles/global.css
 * (`.search-result`, `.search-result__meta`, `.search-result mark`).
 */
import { deepLink, markedWords, paragraphForMatch, sectionForLocation, wordLocation } from '../../lib/search/deep-link.ts';
import type { NameIndex } from '../../lib/search/name-index.ts';
import { headingAt } from '../../lib/search/result-titles.ts';
import { anchorsWithIndexedText, namedExcerpt, partsExcerpt, wordSpans } from '../../lib/search/search-terms.ts';
import { element } from './markup.ts';
import type { Hit, PagefindResultData } from './run-search.ts';

/**
 * One result: linked title, kind, publisher and date, and the excerpt with
 * the matches marked. A page found by a name shows the first paragraph that
 * names it, the name marked as the text spells it, and opens there.
 */
export function resultItem(data: PagefindResultData, { named, parts, plainWords = [] }: Hit, index: NameIndex | null): HTMLLIElement {
  const link = element('a');
  const facts = element('p', {
    className: 'search-result__meta',
    textContent: [data.meta.type, data.meta.publisher, data.meta.date].filter(Boolean).join(' · '),
  });
  const excerpt = element('p', { className: 'search-result__excerpt' });
  const words = parts?.words ?? plainWords;
  // Paragraph texts as indexed: without footnote numbers and other text the index leaves out.
  const anchors = anchorsWithIndexedText(data.anchors, data.content);
  const naming =
    named && index
      ? namedExcerpt(anchors, data.content, (text) => index.matcher(named).spans(text))
      : (parts && index) || (words.length > 0 && !/<mark>/.test(data.excerpt))
        ? partsExcerpt(anchors, data.content, [
            ...(index ? (parts?.names ?? []).map((entity) => (text: string) => index.matcher(entity).spans(text)) : []),
            ...words.map(wordSpans),
          ])
        : null;
  const isFigure = data.meta.type === 'Figure';
  // The word position the result opens at: the named paragraph's, else Pagefind's first match.
  const landing = naming ? (naming.offset === null ? undefined : wordLocation(data.content, naming.offset)) : data.locations[0];
  // On the figures page, a result opens at the figure it matched in, not at the top of a long page,
  // and is titled by that figure: "Facts and figures" on every figure result told them apart by nothing.
  const figure = isFigure && landing !== undefined ? sectionForLocation(data.anchors, landing) : null;
  const section = figure ? data.anchors.find((anchor) => anchor.id === figure) : undefined;
  const figureTitle = section && landing !== undefined ? headingAt(data.anchors, landing, section.location) : null;
  link.textContent = figureTitle ?? data.meta.title ?? data.url;
  if (naming) {
    // Built from the page's own text, HTML-escaped, with <mark> around the name and words.
    excerpt.innerHTML = naming.html;
    link.href = deepLink(data.url, naming.paragraphId ?? figure, naming.spelled);
  } else if (named) {
    // Filed under the entity (an event's actors, say) without its text naming it: say so, the name marked as why it matched.
    excerpt.append('Filed under ', element('mark', { textContent: named.names[0]! }), '.');
    link.href = data.url;
  } else {
    // Pagefind's excerpt is the page's own text, HTML-escaped, with <mark> around matches.
    excerpt.innerHTML = data.excerpt;
    const matched = paragraphForMatch(data.anchors, data.locations) ?? figure;
    link.href = deepLink(data.url, matched, matched ? markedWords(data.excerpt)[0] : undefined);
  }
  return element('li', { className: 'search-result' }, element('h2', {}, link), facts, excerpt);
}
