/**
 * Gives every top-level paragraph of an article body a stable id, `p-1`,
 * `p-2`, … so readers, events and search results can link to a paragraph.
 * Numbering comes from `topLevelParagraphs`, the same function the content
 * checks use, so a citation checked at build time points where it says.
 */
import type { Root } from 'mdast';
// Types data.hProperties, which remark-rehype reads to set HTML attributes.
import type {} from 'mdast-util-to-hast';
// Not urls.ts: the config imports this plugin, and urls.ts must stay out of the config (see there).
import { paragraphAnchor } from '../lib/urls/anchors.ts';
import { topLevelParagraphs } from '../lib/content/paragraphs.ts';

/** Remark plugin: adds `id="p-n"` to the n-th top-level paragraph. */
export default function remarkParagraphIds() {
  return (tree: Root): void => {
    topLevelParagraphs(tree).forEach((paragraph, index) => {
      paragraph.data ??= {};
      paragraph.data.hProperties = {
        ...paragraph.data.hProperties,
        id: paragraphAnchor(index + 1),
      };
    });
  };
}
