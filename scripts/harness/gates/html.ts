/**
 * Reading built pages the way a browser does: parse5 implements the HTML
 * standard's parser, so attribute values come back with character references
 * decoded (`&amp;` in a query string) and misnested markup is repaired as a
 * browser would repair it, which is what the links and page-weight gates must
 * see. (html-validate's own parser keeps attribute values as written.)
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

/** One element of a parsed page. */
export interface ParsedElement {
  /** Lower-case tag name, e.g. "a", "link", "use". */
  tag: string;
  /** Attribute values by name, decoded; a namespaced attribute keeps its prefix, e.g. "xlink:href". */
  attributes: Map<string, string>;
  /** The text directly inside the element, e.g. a <style> element's CSS. */
  text: string;
}

/** Every element of an HTML document in document order, template contents included. */
export function parseElements(html: string): ParsedElement[] {
  const elements: ParsedElement[] = [];
  const visit = (node: DefaultTreeAdapterTypes.ParentNode): void => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      elements.push({
        tag: child.tagName,
        attributes: new Map(
          child.attrs.map((attribute) => [attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name, attribute.value]),
        ),
        text: child.childNodes
          .map((grandchild) => ('value' in grandchild && grandchild.nodeName === '#text' ? grandchild.value : ''))
          .join(''),
      });
      visit(child.tagName === 'template' ? (child as DefaultTreeAdapterTypes.Template).content : child);
    }
  };
  visit(parse(html));
  return elements;
}

/** The url()s and @import targets in a piece of CSS, as written. */
export function cssReferences(css: string): string[] {
  // A regular expression is enough for the CSS Astro and hand-written
  // fixtures emit: comments are removed first, so a url() in a comment is
  // not taken for a reference.
  const code = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const references: string[] = [];
  for (const match of code.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/g)) {
    const reference = match.slice(1).find((group) => group !== undefined);
    if (reference) references.push(reference);
  }
  return references;
}

/** The stylesheets a piece of CSS @imports, as written (`@import "a.css"` or `@import url(a.css)`). */
export function cssImports(css: string): string[] {
  const code = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...code.matchAll(/@import\s+(?:url\(\s*)?(?:"([^"]*)"|'([^']*)'|([^)'"\s;]+))/g)]
    .map((match) => match.slice(1).find((group) => group !== undefined) ?? '')
    .filter((reference) => reference !== '');
}
