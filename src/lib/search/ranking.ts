/**
 * How search results are ordered, in one place (issue 34): a reader who
 * types words wants the reports first, and one who types only a name wants
 * that name's own page first, then the reports that name it. Both come from
 * Pagefind's own scoring, so results page in one order and no re-sort is
 * needed:
 *
 * - the text of the archive's own pages (entity, topic, event and figure
 *   pages) is indexed with no weight (`data-pagefind-weight="0"` on the
 *   page's searchable element): they are still found by every word, but a
 *   word there adds nothing to the score, so every article that has the
 *   words ranks above them. Pagefind's excerpts still come from their text;
 * - page titles count very little: an article's headline already counts as
 *   its heading (weighted 7 by Pagefind), and an archive page's title must
 *   not lift it above the articles. Among the archive's pages, a title that
 *   has the words comes first. The kind of page ("Event") and the date shown in a
 *   result count not at all;
 * - names are searched by their tokens (src/lib/search/search-terms.ts),
 *   carried in hidden metadata: the entity's own page carries its token as
 *   `names`, an article as `aliases`, and a topic, event or the figures page
 *   as `filed`, weighted in that order, so a name alone lists its page, then
 *   the articles, then the rest. The three weights are close, so in a query
 *   of a name and words the words decide, and the articles come first.
 */

/** `data-pagefind-weight` of the text of the archive's own pages: found, never ranked above an article. */
export const ARCHIVE_PAGE_TEXT_WEIGHT = '0';

/** Pagefind's `metaWeights`, by metadata field (see the module comment; fields not listed count 1). */
const META_WEIGHTS = {
  names: 2.5,
  aliases: 2,
  filed: 1,
  title: 0.1,
  type: 0,
  date: 0,
} as const;

/** The `ranking` option the search page passes to Pagefind. */
export const SEARCH_RANKING = { metaWeights: META_WEIGHTS } as const;
