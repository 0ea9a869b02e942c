/**
 * Gate: no page has an accessibility violation that axe-core can detect
 * under WCAG 2.2 level AA (the A and AA rules of WCAG 2.0, 2.1 and 2.2).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import type { Finding } from '../../../scripts/harness/gates/site.ts';

declare global {
  interface Window {
    /** axe-core, once {@link auditWithAxe} has injected it. */
    axe: typeof import('axe-core');
  }
}

/** axe-core's bundle, read once and injected into each page as it is audited. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG levels the archive promises: A and AA of WCAG 2.0 and 2.1, and what 2.2 adds at AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: WCAG_TAGS },
  // Only violations are reported; skipping the other groups makes each run several times faster.
  resultTypes: ['violations'],
};

/**
 * Runs axe-core over the document open in `page`, as it is now (so a caller
 * can let scripts render first, or switch the colour scheme), and returns one
 * finding per violating element: the rule id, the page's path and query, the
 * element's selector, and axe's help text with its summary of how to fix it.
 */
export async function auditWithAxe(page: Page): Promise<Finding[]> {
  // Injected once per document: compiling axe's 650 kB costs more than a run,
  // and a second audit of the same document (in the other colour scheme) can reuse it.
  // Evaluated through the DevTools protocol rather than added as a <script>,
  // which the site's Content-Security-Policy rightly refuses.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results: AxeResults = await page.evaluate((options) => window.axe.run(document, options), AXE_OPTIONS);
  const url = new URL(page.url());
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => ({
      rule: violation.id,
      page: url.pathname + url.search,
      target: node.target.join(' '),
      message: `${violation.help} (${violation.impact ?? 'no impact given'}). ${node.failureSummary ?? ''}`.replace(/\s+/g, ' ').trim(),
    })),
  );
}
