/**
 * Broken content must stop `npm run build` with a message that names the
 * file and the field or line, and must leave no site behind. Each case copies
 * the real content, breaks one thing, and runs the real build.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyContent, tempOutDir } from '../../scripts/harness/build.ts';
import { snapshot } from '../support/commands.ts';

const ARTICLE = 'articles/2019-10-16-el-mundo-ayn-issa-escape.md';
const LEIDEN = 'articles/2019-10-leiden-bakker-is-prisoner-breakouts.md';

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
  /** What the output must not say (a false problem, a stack trace). */
  unexpected?: RegExp;
}

const cases: Case[] = [
  {
    name: 'a missing front-matter field',
    breakIt: (dir) => edit(dir, ARTICLE, /^originalUrl: .*\n/m, ''),
    expected: [/2019-10-16-el-mundo-ayn-issa-escape/, /originalUrl/],
  },
  {
    name: 'a published article without a field only drafts may leave out',
    breakIt: (dir) => edit(dir, ARTICLE, /^summary: >-\n(?: {2}.*\n)+/m, ''),
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
    name: 'words the source never printed, inside a block quote, a list item and a table',
    breakIt: (dir) =>
      edit(
        dir,
        ARTICLE,
        'Meanwhile, nobody thinks',
        '> A quote no source printed.\n\n- An item no source listed.\n\n| A | B |\n| --- | --- |\n\nMeanwhile, nobody thinks',
      ),
    expected: [
      /2019-10-16-el-mundo-ayn-issa-escape\.md › line \d+: the block quote is not a line of captures\/004_0dc1dd4832682709\.txt word for word: "A quote no source printed\."/,
      /2019-10-16-el-mundo-ayn-issa-escape\.md › line \d+: the list item is not a line of .* word for word: "An item no source listed\."/,
      /2019-10-16-el-mundo-ayn-issa-escape\.md › line \d+: the table row is not a line of .* word for word: "A B"/,
    ],
  },
  {
    name: 'a capture changed after its hash was recorded',
    breakIt: (dir) =>
      writeFileSync(
        join(dir, 'captures/004_0dc1dd4832682709.txt'),
        `${readFileSync(join(dir, 'captures/004_0dc1dd4832682709.txt'), 'utf8')}\n`,
      ),
    expected: [
      /2019-10-16-el-mundo-ayn-issa-escape\.md › capture\.sha256: captures\/004_0dc1dd4832682709\.txt no longer matches the SHA-256 recorded/,
    ],
  },
  {
    name: 'a common word as an alias, and an alias of punctuation only',
    breakIt: (dir) => {
      edit(dir, 'entities/rocco-blume.yaml', 'aliases: [', 'aliases: [camp, the, ');
      edit(dir, 'entities/nato.yaml', 'aliases: [', 'aliases: ["\u2014", ');
    },
    expected: [
      /entities\/rocco-blume\.yaml › aliases\[0\]: "camp" is a common word, not only a name: 2 articles of the archive write it in lower case/,
      /entities\/rocco-blume\.yaml › aliases\[1\]: "the" is a common word of English \(a stop word\)/,
      /entities\/nato\.yaml › aliases\[0\] \(line \d+\): a name needs at least one letter or digit/,
    ],
    unexpected: /unexpected error|Error:| {4}at /,
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
    expected: [
      /content\/figures\/ayn-issa-escapees\.yaml › claims\[0\]\.value: paragraph 3 of 2019-10-16-el-mundo-ayn-issa-escape does not contain "860"/,
    ],
  },
  {
    name: 'two articles with the same original URL',
    breakIt: (dir) =>
      edit(
        dir,
        'articles/2019-10-leiden-bakker-is-prisoner-breakouts.md',
        /^originalUrl: .*$/m,
        'originalUrl: https://www.elmundo.es/internacional/2019/10/16/5da7335d21efa036718b468f.html',
      ),
    expected: [
      /2019-10-leiden-bakker-is-prisoner-breakouts\.md › originalUrl: .* is already archived by .*2019-10-16-el-mundo-ayn-issa-escape\.md/,
    ],
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
    breakIt: (dir) =>
      edit(dir, ARTICLE, 'Meanwhile, nobody thinks', '<iframe src="https://example.org/"></iframe>\n\nMeanwhile, nobody thinks'),
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
    expected: [
      /events\/2019-10-13-ayn-issa-escape\.yaml › sources\[1\]\.paragraph: 2019-10-16-el-mundo-ayn-issa-escape has 10 paragraphs, not 30/,
    ],
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
  // Grouped cases: several broken files in one build, each named (every
  // broken file in one run is itself the requirement); the unit tests see
  // each of them fail alone.
  {
    name: 'dates YAML would roll over: unquoted, with a time zone, and in an event',
    breakIt: (dir) => {
      edit(dir, ARTICLE, 'published: "2019-10-16"', 'published: 2019-02-29');
      edit(dir, LEIDEN, /^archived: .*$/m, 'archived: 2019-10-16T01:30:00+05:00');
      edit(dir, 'events/2019-10-14-akar-tel-abyad-claim.yaml', 'date: "2019-10-14"', 'date: 2019-02-30');
    },
    expected: [
      /2019-10-16-el-mundo-ayn-issa-escape\.md › published \(line \d+\): put the date in quotes/,
      /2019-10-leiden-bakker-is-prisoner-breakouts\.md › archived \(line \d+\): put the date in quotes/,
      /events\/2019-10-14-akar-tel-abyad-claim\.yaml › date \(line 2\): put the date in quotes/,
    ],
  },
  {
    name: 'markup in the headline, summary and publisher name',
    breakIt: (dir) => {
      edit(dir, ARTICLE, /^headline: .*$/m, 'headline: "Escape <b>now</b>"');
      edit(dir, ARTICLE, /^summary: >-\n(?: {2}.*\n)+/m, 'summary: "<img src=x onerror=alert(1)>"\n');
      edit(dir, ARTICLE, /^ {2}name: .*$/m, '  name: "El Mundo &lt;script&gt;"');
    },
    expected: [
      /2019-10-16-el-mundo-ayn-issa-escape\.md › headline \(line \d+\): plain text only: "<b" is markup/,
      /2019-10-16-el-mundo-ayn-issa-escape\.md › summary \(line \d+\): plain text only: "<i" is markup/,
      /2019-10-16-el-mundo-ayn-issa-escape\.md › publisher\.name \(line \d+\): plain text only: "&lt;" is markup/,
    ],
  },
  {
    name: 'a body with <style>, an external image, a raw id, a comment and a fenced block',
    breakIt: (dir) =>
      edit(
        dir,
        ARTICLE,
        'Meanwhile, nobody thinks',
        [
          '<style>p { display: none }</style>',
          '',
          '![pixel](https://tracker.example/p.gif)',
          '',
          '<pre id="cite-apa" hidden>Fake citation</pre>',
          '',
          "<!-- an editor's aside -->",
          '',
          '```',
          'code',
          '```',
          '',
          'Meanwhile, nobody thinks',
        ].join('\n'),
      ),
    expected: [
      // The paragraph edited is on line 98 of the file.
      /2019-10-16-el-mundo-ayn-issa-escape\.md › line 98: raw HTML <style>/,
      /2019-10-16-el-mundo-ayn-issa-escape\.md › line 100: an image; article bodies hold text and Markdown only/,
      /2019-10-16-el-mundo-ayn-issa-escape\.md › line 102: raw HTML <pre>; article bodies hold text and Markdown only, so no elements, ids/,
      /2019-10-16-el-mundo-ayn-issa-escape\.md › line 104: an HTML comment/,
      /2019-10-16-el-mundo-ayn-issa-escape\.md › line 106: a code block/,
    ],
  },
  {
    name: 'invalid UTF-8, file names with a space, a capital or an accent, a case collision and a .yml file',
    breakIt: (dir) => {
      writeFileSync(
        join(dir, 'topics/latin-1.yaml'),
        Buffer.concat([Buffer.from('name: Caf'), Buffer.from([0xe9]), Buffer.from('\ndescription: A topic.\n')]),
      );
      const topic = readFileSync(join(dir, 'topics/repatriation.yaml'));
      writeFileSync(join(dir, 'topics/two words.yaml'), topic);
      writeFileSync(join(dir, 'topics/Repatriation.yaml'), topic);
      writeFileSync(join(dir, 'topics/café.yaml'), topic);
      writeFileSync(join(dir, 'topics/ignored.yml'), topic);
    },
    expected: [
      /topics\/latin-1\.yaml › line 1: not valid UTF-8/,
      /topics\/two words\.yaml › file name: "two words" is not a lowercase ASCII slug/,
      /topics\/Repatriation\.yaml › file name: "Repatriation" is not a lowercase ASCII slug/,
      /topics\/café\.yaml › file name: "café" is not a lowercase ASCII slug/,
      /topics\/repatriation\.yaml › file name: differs only by case from .*topics\/Repatriation\.yaml/,
      /topics\/ignored\.yml › file name: topics\/ holds only \.yaml files, so this one would be ignored/,
    ],
  },
  {
    name: 'a future publication date, one after the archive day, swapped coordinates and a variant of an archived URL',
    breakIt: (dir) => {
      edit(dir, ARTICLE, 'published: "2019-10-16"', 'published: "2091-10-16"');
      edit(
        dir,
        LEIDEN,
        /^originalUrl: .*$/m,
        'originalUrl: http://WWW.elmundo.es/internacional/2019/10/16/5da7335d21efa036718b468f.html/?utm_source=newsletter',
      );
      edit(dir, 'entities/raqqa.yaml', /^coordinates: .*$/m, 'coordinates: { lat: 39.02, lon: 35.95 }');
    },
    expected: [
      /2019-10-16-el-mundo-ayn-issa-escape\.md › published: 2091-10-16 is in the future/,
      /2019-10-16-el-mundo-ayn-issa-escape\.md › published: 2091-10-16 is after the day the archive copied it \(archived: 2026-11-21\)/,
      /2019-10-leiden-bakker-is-prisoner-breakouts\.md › originalUrl: http:\/\/WWW\.elmundo\.es\/.*\?utm_source=newsletter is already archived by .*2019-10-16-el-mundo-ayn-issa-escape\.md/,
      /entities\/raqqa\.yaml › coordinates: lat 39\.02, lon 35\.95 is in Turkey, not in Syria; latitude and longitude look swapped/,
    ],
  },
  {
    name: 'a place without its country',
    breakIt: (dir) => edit(dir, 'entities/raqqa.yaml', /^country: .*\n/m, ''),
    expected: [/entities\/raqqa\.yaml › country: a place needs its country/],
  },
  {
    // Issue 24: independent bad files in one build, each named, schema errors beside cross-collection ones.
    name: 'every input of issue 24 at once: crashes, wrong facts, text that is not plain, bodies, and a comment of dashes that is fine',
    breakIt: (dir) => {
      edit(dir, ARTICLE, /^---\n/, '---\n# ------\n');
      writeFileSync(
        join(dir, 'topics/aliases.yaml'),
        ['name: &a A', 'description: B', ...Array.from({ length: 120 }, (_, i) => `k${i}: *a`)].join('\n'),
      );
      writeFileSync(join(dir, 'entities/blank.yaml'), 'kind: person\nname: " "\ndescription: Nobody.\n');
      writeFileSync(join(dir, `topics/${'a'.repeat(240)}.yaml`), 'name: Long\ndescription: A long name.\n');
      symlinkSync(join(dir, 'no-such-file.yaml'), join(dir, 'entities/dangling.yaml'));
      edit(dir, LEIDEN, /^language: en$/m, 'language: en-gb-gb');
      edit(dir, LEIDEN, /^headline: (.*)$/m, 'headline: "$1 \u202Eeltit"');
      edit(dir, LEIDEN, /^originalUrl: https:\/\//m, 'originalUrl: https://user:password@');
      edit(dir, 'entities/raqqa.yaml', 'aliases: [', 'aliases: [R\u0430qqa, ');
      edit(dir, 'figures/ayn-issa-escapees.yaml', 'normalised: 859', 'normalised: 8590');
      edit(dir, 'events/2019-10-09-turkish-offensive-begins.yaml', /^date: "2019-10-09"$/m, 'date: "2019-10-09"\nendDate: "2010"');
      edit(dir, 'events/2019-al-hol-is-court.yaml', /^date: ".*"$/m, 'date: "2091"');
      edit(dir, 'events/2019-qamishli-car-bomb.yaml', 'places: [qamishli]', 'places: [qamishli, qamishli]');
      edit(dir, 'events/2019-10-14-akar-tel-abyad-claim.yaml', /paragraph: \d+/, 'paragraph: 30');
      writeFileSync(
        join(dir, ARTICLE),
        `${readFileSync(join(dir, ARTICLE), 'utf8')}\n# Main\n\nSee [^missing] and [this](/articles/no-such-article/).\n\n[^orphan]: A note nothing refers to.\n`,
      );
    },
    expected: [
      /topics\/aliases\.yaml › line 1: the YAML cannot be read: more than 100 aliases/,
      /entities\/blank\.yaml › name \(line 2\): only white space/,
      /topics\/a{240}\.yaml › file name: the name is 240 characters long/,
      /entities\/dangling\.yaml › file name: a symbolic link to a file that does not exist/,
      /2019-10-leiden-bakker-is-prisoner-breakouts\.md › language \(line \d+\): not a valid BCP 47 language tag/,
      /2019-10-leiden-bakker-is-prisoner-breakouts\.md › headline \(line 2\): a bidirectional control character \(U\+202E\)/,
      /2019-10-leiden-bakker-is-prisoner-breakouts\.md › originalUrl \(line \d+\): the URL holds a user name or password/,
      /entities\/raqqa\.yaml › aliases\[0\] \(line 6\): "Rаqqa" mixes Latin letters with Cyrillic "а"/,
      /figures\/ayn-issa-escapees\.yaml › claims\[0\]\.normalised: "859" reads as 859, not 8,590/,
      /events\/2019-10-09-turkish-offensive-begins\.yaml › endDate \(line 3\): endDate \(2010\) is before date/,
      /events\/2019-al-hol-is-court\.yaml › date: 2091 is in the future/,
      /events\/2019-qamishli-car-bomb\.yaml › places\[1\] \(line \d+\): "qamishli" is listed twice/,
      /events\/2019-10-14-akar-tel-abyad-claim\.yaml › sources\[0\]\.paragraph: .* has \d+ paragraphs, not 30/,
      /2019-10-16-el-mundo-ayn-issa-escape\.md › line \d+: a heading; /,
      /2019-10-16-el-mundo-ayn-issa-escape\.md › line \d+: a reference to note \[\^missing\], which has no definition/,
      /2019-10-16-el-mundo-ayn-issa-escape\.md › line \d+: note \[\^orphan\] is defined but nothing refers to it/,
      /2019-10-16-el-mundo-ayn-issa-escape\.md › line \d+: a link to \/articles\/no-such-article\/, but no article/,
    ],
    unexpected: /2019-10-16-el-mundo-ayn-issa-escape\.md › (?!line)|Error:| {4}at /,
  },
  {
    name: 'a YAML syntax error, named at its own line',
    breakIt: (dir) => edit(dir, LEIDEN, /^headline: /m, 'headline: "'),
    expected: [/2019-10-leiden-bakker-is-prisoner-breakouts\.md › line 2: the YAML does not parse: Missing closing "quote/],
  },
];

// Sequential: Astro writes prerender chunks to the project's .astro/ folder,
// so builds of one project must not overlap.
describe('npm run build refuses broken content', { sequential: true }, () => {
  it.for(cases)(
    'stops on $name, naming the file and field, and leaves the previous site as it was',
    async ({ breakIt, expected, unexpected }) => {
      const contentDir = copyContent();
      const outDir = tempOutDir();
      try {
        breakIt(contentDir);
        mkdirSync(outDir);
        writeFileSync(join(outDir, 'marker.txt'), 'the last good site');
        const content = snapshot(contentDir);
        const result = await buildSite({ contentDir, outDir });
        expect(result.status, result.output).not.toBe(0);
        for (const pattern of expected) expect(result.output).toMatch(pattern);
        if (unexpected) expect(result.output).not.toMatch(unexpected);
        expect(snapshot(contentDir), 'the content is untouched').toEqual(content);
        expect(readdirSync(outDir), 'the previous site is untouched').toEqual(['marker.txt']);
        expect(existsSync(`${outDir}.staging`)).toBe(false);
      } finally {
        rmSync(join(contentDir, '..'), { recursive: true, force: true });
        rmSync(join(outDir, '..'), { recursive: true, force: true });
      }
    },
  );

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

  it('writes text fields as text in the feed and in JSON-LD, where < and & are allowed on their own', async () => {
    const contentDir = copyContent();
    const outDir = tempOutDir();
    const summary = 'Fewer than <5% of detainees & <3 guards, said "Q&A".';
    try {
      edit(contentDir, ARTICLE, /^summary: >-\n(?: {2}.*\n)+/m, `summary: '${summary}'\n`);
      const result = await buildSite({ contentDir, outDir });
      expect(result.status, result.output).toBe(0);
      // Feed readers render a description as HTML: the text must arrive HTML-escaped inside the XML.
      const rss = readFileSync(join(outDir, 'rss.xml'), 'utf8');
      expect(rss).toContain('Fewer than &amp;lt;5% of detainees &amp;amp; &amp;lt;3 guards');
      const page = readFileSync(join(outDir, 'articles/2019-10-16-el-mundo-ayn-issa-escape/index.html'), 'utf8');
      const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1]!);
      expect(JSON.stringify(jsonLd)).toContain(JSON.stringify(summary).slice(1, -1));
    } finally {
      rmSync(join(contentDir, '..'), { recursive: true, force: true });
      rmSync(join(outDir, '..'), { recursive: true, force: true });
    }
  });
});
