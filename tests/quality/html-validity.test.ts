/**
 * Valid HTML: html-validate's recommended rules over every page of the built
 * site, for the root and the sub-path build, and over a fixture that breaks
 * them, to show the gate catches what it should.
 */
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { validateSiteHtml } from './gates/html-validity.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');

describe('the built site', () => {
  it('is valid HTML on every page', async () => {
    expect(await validateSiteHtml(inject('siteDir'))).toEqual([]);
  });

  it('is valid HTML on every page when built for a sub-path', async () => {
    expect(await validateSiteHtml(inject('subPathSiteDir'), inject('subPath'))).toEqual([]);
  });
});

describe('the gate', () => {
  it('reports a duplicate id, a block in a paragraph and a misplaced list child, naming page, rule and element', async () => {
    const findings = await validateSiteHtml(join(FIXTURES, 'invalid-html'));
    expect(findings.map(({ rule, page, target }) => ({ rule, page, target }))).toEqual(
      expect.arrayContaining([
        { rule: 'no-dup-id', page: '/', target: 'html > body > main > p:nth-child(2)' },
        { rule: 'no-implicit-close', page: '/', target: 'html > body > main > p:nth-child(3)' },
        { rule: 'element-permitted-content', page: '/', target: 'html > body > main > ul > span' },
      ]),
    );
    expect(findings.find((finding) => finding.rule === 'no-dup-id')?.message).toBe('Duplicate ID "title" (line 10, column 14)');
  });
});
