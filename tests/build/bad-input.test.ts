/**
 * Broken content must stop `npm run build` with a message that names the
 * file and the field or line, and must leave no site behind. Each case copies
 * the real content, breaks one thing, and runs the real build.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyContent, tempOutDir } from '../support/build.ts';

const ARTICLE = 'articles/2019-10-16-el-mundo-ayn-issa-escape.md';

/** Replaces text in a content file, failing loudly if the text is not there. */
function edit(contentDir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(contentDir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture edit found nothing to replace in ${file}: ${from}`);
  writeFileSync(path, after);
}

/** A broken-content case: how to break it and what the build must say. */
interface Case {
  name: string;
  breakIt: (contentDir: string) => void;
  expected: RegExp[];
}

const cases: Case[] = [
  {
    name: 'a missing front-matter field',
    breakIt: (dir) => edit(dir, ARTICLE, /^originalUrl: .*\n/m, ''),
    expected: [/2019-10-16-el-mundo-ayn-issa-escape/, /originalUrl/],
  },
  {
    name: 'a published article without a field only drafts may leave out',
    breakIt: (dir) => edit(dir, ARTICLE, /^summary: >-\n(?:  .*\n)+/m, ''),
    expected: [/2019-10-16-el-mundo-ayn-issa-escape/, /summary/, /only a draft, with draft: true, may leave it out/],
  },
  {
    name: 'a mistyped front-matter field',
    breakIt: (dir) => edit(dir, ARTICLE, 'headlineSupplied: true', 'headlineSupplied: "yes"'),
    expected: [/2019-10-16-el-mundo-ayn-issa-escape/, /headlineSupplied/],
  },
  {
    name: 'an unknown front-matter field (a typo of a real one)',
    breakIt: (dir) => edit(dir, ARTICLE, 'summary:', 'sumary:'),
    expected: [/2019-10-16-el-mundo-ayn-issa-escape/, /sumary/],
  },
  {
    name: 'a date that does not parse',
    breakIt: (dir) => edit(dir, ARTICLE, 'published: "2019-10-16"', 'published: "16 October 2019"'),
    expected: [/2019-10-16-el-mundo-ayn-issa-escape/, /published/, /YYYY-MM-DD/],
  },
  {
    name: 'an impossible date',
    breakIt: (dir) => edit(dir, ARTICLE, 'published: "2019-10-16"', 'published: "2019-02-30"'),
    expected: [/2019-10-16-el-mundo-ayn-issa-escape/, /published/, /February 2019 has 28 days/],
  },
  {
    name: 'a file with no front matter at all',
    breakIt: (dir) => writeFileSync(join(dir, 'articles/2019-10-17-no-front-matter.md'), 'Just text.\n'),
    expected: [/2019-10-17-no-front-matter/, /headline/],
  },
  {
    name: 'a reference to a topic that does not exist',
    breakIt: (dir) => edit(dir, ARTICLE, '  - turkish-offensive-2019\n', '  - turkish-offensive-2020\n'),
    expected: [/content\/articles\/2019-10-16-el-mundo-ayn-issa-escape\.md › topics\[0\]: no topic "turkish-offensive-2020"/],
  },
  {
    name: 'a reference to an entity that does not exist',
    breakIt: (dir) => edit(dir, ARTICLE, '  - ayn-issa\n', '  - ain-issa\n'),
    expected: [/2019-10-16-el-mundo-ayn-issa-escape\.md › entities\[0\]: no entity "ain-issa"/],
  },
  {
    name: 'a figure quoting a value its paragraph does not contain',
    breakIt: (dir) => edit(dir, 'figures/ayn-issa-escapees.yaml', 'value: "859"', 'value: "860"'),
    expected: [/content\/figures\/ayn-issa-escapees\.yaml › claims\[0\]\.value: paragraph 3 of 2019-10-16-el-mundo-ayn-issa-escape does not contain "860"/],
  },
  {
    name: 'two articles with the same original URL',
    breakIt: (dir) =>
      edit(dir, 'articles/2019-10-leiden-bakker-is-prisoner-breakouts.md', /^originalUrl: .*$/m,
        'originalUrl: https://www.elmundo.es/internacional/2019/10/16/5da7335d21efa036718b468f.html'),
    expected: [/2019-10-leiden-bakker-is-prisoner-breakouts\.md › originalUrl: .* is already archived by .*2019-10-16-el-mundo-ayn-issa-escape\.md/],
  },
  {
    name: 'an empty body',
    breakIt: (dir) => edit(dir, ARTICLE, /\n---\n[\s\S]*$/, '\n---\n\n'),
    expected: [/2019-10-16-el-mundo-ayn-issa-escape\.md › body: the article has no text/],
  },
  {
    name: 'a <script> element',
    breakIt: (dir) => edit(dir, ARTICLE, 'Meanwhile, nobody thinks', '<script>alert(1)</script>\n\nMeanwhile, nobody thinks'),
    expected: [/2019-10-16-el-mundo-ayn-issa-escape\.md › line \d+: raw HTML element <script>/],
  },
  {
    name: 'an <iframe> element',
    breakIt: (dir) => edit(dir, ARTICLE, 'Meanwhile, nobody thinks', '<iframe src="https://example.org/"></iframe>\n\nMeanwhile, nobody thinks'),
    expected: [/2019-10-16-el-mundo-ayn-issa-escape\.md › line \d+: raw HTML element <iframe>/],
  },
  {
    name: 'an on…= event handler attribute',
    breakIt: (dir) => edit(dir, ARTICLE, 'nobody thinks about children', 'nobody thinks about <b onmouseover="alert(1)">children</b>'),
    expected: [/2019-10-16-el-mundo-ayn-issa-escape\.md › line \d+: an inline event handler attribute/],
  },
  {
    name: 'a javascript: link',
    breakIt: (dir) => edit(dir, ARTICLE, 'nobody thinks about children', 'nobody thinks about [children](javascript:alert(1))'),
    expected: [/2019-10-16-el-mundo-ayn-issa-escape\.md › line \d+: a link to a javascript: URL/],
  },
  {
    name: 'an event citing a paragraph that does not exist',
    breakIt: (dir) => edit(dir, 'events/2019-10-13-ayn-issa-escape.yaml', 'paragraph: 3', 'paragraph: 30'),
    expected: [/events\/2019-10-13-ayn-issa-escape\.yaml › sources\[1\]\.paragraph: 2019-10-16-el-mundo-ayn-issa-escape has 10 paragraphs, not 30/],
  },
  {
    name: 'an event quoting words its paragraph does not contain',
    breakIt: (dir) => edit(dir, 'events/2019-10-13-ayn-issa-escape.yaml', 'escape of 859 prisoners', 'escape of 860 prisoners'),
    expected: [/events\/2019-10-13-ayn-issa-escape\.yaml › sources\[1\]\.quote: paragraph 3 of .* does not contain/],
  },
  {
    name: 'an event without a source',
    breakIt: (dir) => edit(dir, 'events/2019-10-14-akar-tel-abyad-claim.yaml', /sources:[\s\S]*$/, 'sources: []\n'),
    expected: [/2019-10-14-akar-tel-abyad-claim/, /sources/, /at least one source paragraph/],
  },
  {
    name: 'an event date that does not parse',
    breakIt: (dir) => edit(dir, 'events/2019-10-14-akar-tel-abyad-claim.yaml', 'date: "2019-10-14"', 'date: "last Monday"'),
    expected: [/2019-10-14-akar-tel-abyad-claim/, /date/, /YYYY-MM-DD/],
  },
  {
    name: 'a place without coordinates',
    breakIt: (dir) => edit(dir, 'entities/raqqa.yaml', /^coordinates: .*\n/m, ''),
    expected: [/raqqa/, /coordinates/, /a place needs coordinates/],
  },
  {
    name: 'an alias shared by two entities',
    breakIt: (dir) => edit(dir, 'entities/raqqa.yaml', 'aliases: [', 'aliases: [Al-Hol, '),
    expected: [/entities\/raqqa\.yaml › aliases: the name "alhol" \(as searched\) also belongs to al-hol/],
  },
];

// Sequential: Astro writes prerender chunks to the project's .astro/ folder,
// so builds of one project must not overlap.
describe('npm run build refuses broken content', { sequential: true }, () => {
  it.for(cases)('stops on $name, naming the file and field, and builds no site', async ({ breakIt, expected }) => {
    const contentDir = copyContent();
    const outDir = tempOutDir();
    try {
      breakIt(contentDir);
      const result = await buildSite({ contentDir, outDir });
      expect(result.status, result.output).not.toBe(0);
      for (const pattern of expected) expect(result.output).toMatch(pattern);
      expect(existsSync(outDir), 'no site may be written').toBe(false);
    } finally {
      rmSync(join(contentDir, '..'), { recursive: true, force: true });
      rmSync(join(outDir, '..'), { recursive: true, force: true });
    }
  });

  it('builds the unbroken copy of the content, so the cases above fail for their own reason', async () => {
    const contentDir = copyContent();
    const outDir = tempOutDir();
    try {
      const result = await buildSite({ contentDir, outDir });
      expect(result.status, result.output).toBe(0);
      expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    } finally {
      rmSync(join(contentDir, '..'), { recursive: true, force: true });
      rmSync(join(outDir, '..'), { recursive: true, force: true });
    }
  });
});
