/** Building the search page's markup: the one helper every renderer uses. */

/** Properties to set on a new element: `className`, `href`, `type`, `textContent`… */
type Properties<K extends keyof HTMLElementTagNameMap> = Partial<Omit<HTMLElementTagNameMap[K], 'style'>>;

/** A new element with these properties and children (text or nodes). */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Properties<K> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

/**
 * Text the reader typed or a link gave, isolated from the sentence around it
 * (`<bdi>`): a right-to-left word, or a U+202E override at its start, then
 * turns only itself around, never the rest of the line.
 */
export function isolated(text: string): HTMLElement {
  return element('bdi', { textContent: text });
}
