/**
 * Page weight: every page of the built site, with the stylesheets it links,
 * fits in 14,600 bytes gzipped; no page but /search/ loads JavaScript; fonts
 * are self-hosted. And fixtures that break each rule, to show the gate
 * catches them.
 */
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkPageWeight, PAGE_BUDGET_BYTES } from '../../scripts/harness/gates/page-weight.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');

describe('the built site', () => {
  const report = checkPageWeight(inject('siteDir'));

  it(`fits every page and its stylesheets in ${PAGE_BUDGET_BYTES} bytes gzipped, loads JavaScript only on /search/, and hosts its own fonts`, () => {
    const [heaviest] = report.weights;
    const sheets = heaviest?.stylesheets.map((sheet) => `${sheet.path} ${sheet.bytes}`).join(', ');
    console.info(
      `heaviest of ${report.weights.length} pages: ${heaviest?.page}, ${heaviest?.totalBytes} bytes gzipped (HTML ${heaviest?.htmlBytes}, ${sheets})`,
    );
    expect(report.weights.length).toBeGreaterThan(0);
    expect(report.findings).toEqual([]);
  });

  it('passes the same checks when built for a sub-path', () => {
    // Built with SITE_URL=https://example.org, so absolute URLs on that origin are the site's own.
    const subPath = checkPageWeight(inject('subPathSiteDir'), { base: inject('subPath'), origin: 'https://example.org' });
    expect(subPath.findings).toEqual([]);
  });
});

describe('the gate', () => {
  const report = checkPageWeight(join(FIXTURES, 'page-weight'));
  const found = report.findings.map(({ rule, page, target }) => ({ rule, page, target }));

  it('reports a page whose stylesheet takes it over budget, with the figures', () => {
    const heavy = report.findings.find((finding) => finding.rule === 'page-weight');
    expect(heavy?.page).toBe('/');
    expect(heavy?.message).toMatch(/^\d+ bytes gzipped \(HTML \d+, \/heavy\.css \d+\), over the budget of 14600\.$/);
    expect(report.weights[0]?.page).toBe('/');
    expect(report.weights[0]?.totalBytes).toBeGreaterThan(PAGE_BUDGET_BYTES);
  });

  it('reports script files, inline scripts and inline event handlers, but not structured data', () => {
    expect(found).toContainEqual({ rule: 'script', page: '/scripted/', target: 'script[src="/app.js"]' });
    expect(found).toContainEqual({ rule: 'script', page: '/inline-script/', target: 'script[type="module"]' });
    expect(found).toContainEqual({ rule: 'script', page: '/inline-script/', target: 'button[onclick]' });
    expect(found.filter((finding) => finding.rule === 'script')).toHaveLength(3);
  });

  it('allows the search page its script', () => {
    expect(found.filter((finding) => finding.page === '/search/')).toEqual([]);
  });

  it('reports fonts and font stylesheets from other origins, but not a self-hosted font', () => {
    expect(found.filter((finding) => finding.page === '/hosted-fonts/')).toEqual([
      { rule: 'external-stylesheet', page: '/hosted-fonts/', target: 'https://fonts.example.com/css2?family=Charter' },
      { rule: 'external-font', page: '/hosted-fonts/', target: 'https://fonts.example.com/charter.woff2' },
      { rule: 'external-font', page: '/hosted-fonts/', target: 'https://cdn.example.net/archive.woff2' },
    ]);
  });
});
