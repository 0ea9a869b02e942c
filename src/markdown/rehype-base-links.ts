/**
 * Makes root-relative links written inside Markdown bodies ("/articles/x/")
 * work under the site's base path. Pages get their URLs from urls.ts; bodies
 * are content, so their links are rewritten here, at render time.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { rebaseRootRelative } from '../lib/core/base-path.ts';

/** Options for {@link rehypeBaseLinks}. */
export interface BaseLinksOptions {
  /** The site's base path, as in astro.config.mjs ("/" or "/some/base/"). */
  base: string;
}

/** Rehype plugin: prefixes root-relative `href` and `src` values with the base path. */
export default function rehypeBaseLinks({ base }: BaseLinksOptions) {
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      for (const attribute of ['href', 'src'] as const) {
        const value = node.properties[attribute];
        if (typeof value === 'string') node.properties[attribute] = rebaseRootRelative(value, base);
      }
    });
  };
}
