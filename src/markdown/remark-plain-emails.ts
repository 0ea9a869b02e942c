/**
 * Shows an email address written as plain text in an article as text, as
 * the source printed it: GFM would make it a mailto: link, which the copy
 * never had. (The body check lets such an address through for the same
 * reason: `isPlainEmail` in src/lib/content/unsafe-markup.ts.)
 */
import type { Link, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { isPlainEmail } from '../lib/content/unsafe-markup.ts';

/** Remark plugin: replaces each email address GFM linked with its text. */
export default function remarkPlainEmails() {
  return (tree: Root): void => {
    visit(tree, 'link', (node: Link, index, parent) => {
      if (!parent || index === undefined || !isPlainEmail(node)) return;
      parent.children.splice(index, 1, node.children[0] as Text);
      return [SKIP, index];
    });
  };
}
