import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { deriveBodyFacts, trimmedBody } from '../../../src/lib/content/body-facts.ts';
import { bodyLineOffset } from '../../../src/lib/content/problems.ts';
import { splitFrontMatter } from '../../../src/lib/content/checks/files.ts';

const ARTICLES = join(import.meta.dirname, '../../../content/articles');

describe('trimmedBody', () => {
  it("gives the body Astro's loader gives the pages (content.trim()), and the lines the trim removed, so both readers share one cache entry", () => {
    const samples = [
      ...readdirSync(ARTICLES).map((name) => readFileSync(join(ARTICLES, name), 'utf8')),
      '---\nheadline: "A"\n---\r\n\r\n  Text.\r\n',
      '---\nheadline: "A"\n# ------\n---   \n\n\nText.\n\n',
    ];
    for (const file of samples) {
      const split = splitFrontMatter(file);
      const { text, leadingLines } = trimmedBody(split.body);
      // As Astro's Markdown entry type reads it (vite-plugin-markdown/content-entry-type.js).
      expect(text).toBe(parseFrontmatter(file).content.trim());
      expect(split.bodyLineOffset + leadingLines).toBe(bodyLineOffset(file, text));
    }
  });
});

describe('deriveBodyFacts', () => {
  it('numbers paragraphs, finds unsafe markup and links into the archive from one parse', () => {
    const facts = deriveBodyFacts('First.\n\nSee [p2](/articles/x/#p-2) and [elsewhere](https://example.org/).\n\n<script>x</script>\n');
    expect(facts.paragraphs.map((paragraph) => paragraph.number)).toEqual([1, 2]);
    expect(facts.links).toEqual([{ url: '/articles/x/#p-2', line: 3 }]);
    expect(facts.unsafe.map((problem) => problem.line)).toEqual([5]);
  });
});
