/**
 * Which section of the site a page belongs to, so the navigation can mark
 * it (`aria-current`) on detail pages too: an article is in "Articles", a
 * person in "People, places, organisations", an event in "Timeline". Each
 * kind's section is a column of the page-kinds table (src/lib/urls/page-kinds.ts).
 */
import { BROWSE, NAVIGATION, pageKind, sectionOfSegment, type PageKindName, type Section } from '../urls/page-kinds.ts';
import { pageKindUrl } from '../urls/urls.ts';

/** One link of a navigation list. */
export interface NavigationLink {
  /** The section it leads to, compared with the current page's for `aria-current`. */
  section: Section | undefined;
  /** Its URL under the site's base. */
  href: string;
  /** Its text. */
  label: string;
}

/** The links of one navigation list, from the page-kinds table. */
function links(names: readonly PageKindName[], label: 'navLabel' | 'browseLabel'): NavigationLink[] {
  return names.map((name) => {
    const kind = pageKind(name);
    const text = kind[label];
    if (text === undefined)
      throw new Error(`page kind "${name}" is in a navigation list but has no ${label} in src/lib/urls/page-kinds.ts`);
    return { section: kind.section, href: pageKindUrl(name), label: text };
  });
}

/** The main navigation (the header, and the 404 page's list of places to go). */
export function mainNavigation(): NavigationLink[] {
  return links(NAVIGATION, 'navLabel');
}

/** The footer's "Browse:" links, lower case as running text. */
export function browseLinks(): NavigationLink[] {
  return links(BROWSE, 'browseLabel');
}

/**
 * The section of the page at `pathname`, the site living under `base`
 * ("/" or "/archive/"): the home page and its later pages ("/2/") are the
 * articles; a path outside every section (the 404 page) has none.
 */
export function currentSection(pathname: string, base: string): Section | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rest = pathname.slice(base.length);
  if (rest === '' || /^\d+\/?$/.test(rest)) return sectionOfSegment('');
  const segment = rest.split('/')[0]!;
  return segment === '' ? undefined : sectionOfSegment(segment);
}
