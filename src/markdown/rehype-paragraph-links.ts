/**
 * Adds a permalink to every numbered paragraph of an article body: a "¶" link
 * to `#p-n`, shown on hover and focus, so a reader can copy a link to exactly
 * the paragraph they quote. The link is markup around the text, never part of
 * it: it is left out of the search index and of text selections.
 */
import type { Element, Root } from 'hast';
// Not urls.ts: the config imports this plugin, and urls.ts must stay out of the config (see there).
import { parseParagraphAnchor } from '../lib/urls/anchors.ts';

/** Rehype plugin: appends `<a class="paragraph-link" href="#p-n">¶</a>` to each `<p id="p-n">` at the top level. */
export default function rehypeParagraphLinks() {
  return (tree: Root): void => {
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      const number = parseParagraphAnchor(String(node.properties.id ?? ''));
      if (number === null) continue;
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: {
          className: ['paragraph-link'],
          href: `#${node.properties.id}`,
          ariaLabel: `Link to paragraph ${number}`,
          dataPagefindIgnore: '',
        },
        children: [{ type: 'text', value: '¶' }],
      };
      node.children.push({ type: 'text', value: ' ' }, link);
    }
  };
}
