/**
 * Keeps footnote reference numbers out of the search index: a reference is a
 * number in a <sup> after a word ("(SDS)1"), which would otherwise show in
 * search excerpts glued to the text and be found by a query for "1".
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** True for GFM's footnote reference link (`<a data-footnote-ref>`). */
function isFootnoteRef(node: Element): boolean {
  return node.tagName === 'a' && node.properties.dataFootnoteRef !== undefined;
}

/** Rehype plugin: adds `data-pagefind-ignore` to every <sup> that holds a footnote reference. */
export default function rehypeUnindexedFootnoteRefs() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'sup') return;
      if (node.children.some((child) => child.type === 'element' && isFootnoteRef(child))) node.properties.dataPagefindIgnore = '';
    });
  };
}
