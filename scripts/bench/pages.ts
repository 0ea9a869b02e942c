/**
 * What a built site's pages weigh: each page's HTML plus the stylesheets it
 * loads, gzipped, against the 14,600-byte budget (the same gate the
 * quality tests run on the real site), and the largest files against the
 * 5 MB bound on any one file.
 */
import { checkPageWeight, PAGE_BUDGET_BYTES } from '../harness/gates/page-weight.ts';

/** How a site's pages measure up to the page budget. */
export interface PageWeightFigures {
  /** Pages weighed. */
  pages: number;
  /** Pages over {@link PAGE_BUDGET_BYTES}, HTML and stylesheets gzipped. */
  overBudget: number;
  /** The heaviest pages, heaviest first: URL path and gzipped bytes with stylesheets. */
  heaviest: { page: string; bytes: number }[];
}

/** How many of the heaviest pages are listed. */
const HEAVIEST = 3;

/** Weighs every page of the site in `siteDir` (built for the root). */
export function measurePageWeights(siteDir: string): PageWeightFigures {
  const { weights } = checkPageWeight(siteDir);
  return {
    pages: weights.length,
    overBudget: weights.filter((weight) => weight.totalBytes > PAGE_BUDGET_BYTES).length,
    heaviest: weights.slice(0, HEAVIEST).map((weight) => ({ page: weight.page, bytes: weight.totalBytes })),
  };
}

export { PAGE_BUDGET_BYTES };
