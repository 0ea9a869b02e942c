/**
 * Valid HTML by the W3C Nu Html Checker, beside html-validate: every page of
 * the built site, for the root and the sub-path build, and a fixture with the
 * mistakes html-validate lets through, to show the gate catches them.
 */
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkSiteWithNu } from './gates/nu-html.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');

describe('the built site, by the Nu Html Checker', () => {
  it('has no error and no unreviewed warning on any page', () => {
    expect(checkSiteWithNu(inject('siteDir'))).toEqual([]);
  });

  it('has no error and no unreviewed warning on any page when built for a sub-path', () => {
    expect(checkSiteWithNu(inject('subPathSiteDir'), inject('subPath'))).toEqual([]);
  });
});

describe('the Nu gate', () => {
  it('reports aria-labelledby on a <pre> and a section without a heading, naming page and markup', () => {
    const findings = checkSiteWithNu(join(FIXTURES, 'nu-html'));
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'nu-error',
        page: '/',
        message: expect.stringMatching(/“aria-labelledby” attribute must not be specified on any “pre” element/),
        target: expect.stringContaining('<pre id="ref"'),
      }),
      expect.objectContaining({ rule: 'nu-warning', page: '/', message: expect.stringMatching(/^Section lacks heading/) }),
    ]);
  });
});
