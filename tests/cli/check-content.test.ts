/**
 * `npm run check-content`: every content check from disk, no build. It must
 * pass the real content, and name the file and the field or line of each
 * problem in broken content, exiting non-zero.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyContent } from '../../scripts/harness/build.ts';
import { runScript, snapshot } from '../support/commands.ts';

const ARTICLE = 'articles/2019-10-16-el-mundo-ayn-issa-escape.md';
const LEIDEN = 'articles/2019-10-leiden-bakker-is-prisoner-breakouts.md';

/** Replaces text in a content file, failing loudly if the text is not there. */
function edit(dir: string, file: string, from: string | RegExp, to: string | ((match: string) => string)): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = typeof to === 'string' ? before.replace(from, to) : before.replace(from, to);
  if (after === before) throw new Error(`nothing to replace in ${file}: ${from}`);
  writeFileSync(path, after);
}

describe('npm run check-content', () => {
  it('passes the real content', () => {
    const result = runScript('check-content.ts', []);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^No problems in \.\/content: 2 articles \(0 drafts\)/);
  });

  it('names the file and the field or line of every problem at once, and fails', () => {
    const dir = copyContent();
    edit(dir, ARTICLE, /^summary: >-\n(?: {2}.*\n)+/m, '');
    edit(dir, LEIDEN, 'This week the Turkish army invaded', 'This week the Turkish army entered');
    edit(dir, LEIDEN, '  - al-hol\n', '  - al-hawl\n');
    edit(dir, 'topics/repatriation.yaml', /^name: .*\n/m, '');
    const result = runScript('check-content.ts', [dir]);
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n');
    const leiden = `${dir}/${LEIDEN}`;
    expect(lines.slice(0, -3).sort()).toEqual(
      [
        `${dir}/${ARTICLE} › summary: summary is required to publish the article (only a draft, with draft: true, may leave it out)`,
        `${dir}/topics/repatriation.yaml › name: missing: this field is required`,
        `${leiden} › entities[6]: no entity "al-hawl" exists in content/entities/`,
        `${leiden} › line 52: paragraph 1 is not a line of captures/000_4d335b945d79b59c.txt word for word: "This week the Turkish army entered North East Syria. The Turkish in…"`,
        `${dir}/events/2019-10-09-turkish-offensive-begins.yaml › sources[0].quote: paragraph 1 of 2019-10-leiden-bakker-is-prisoner-breakouts does not contain "This week the Turkish army invaded North East Syria."`,
        `${leiden} › capture.furniture: line 7 of captures/000_4d335b945d79b59c.txt is neither in the body nor listed as furniture: "This week the Turkish army invaded North East Syria. The Turkish in…"`,
      ].sort(),
    );
    expect(lines.at(-1)).toBe('');
    expect(lines.at(-2)).toMatch(/^6 problems in /);
  });

  it('names words the capture does not have inside a quote, a list or a table, on their lines', () => {
    const dir = copyContent();
    edit(
      dir,
      ARTICLE,
      /\n*$/,
      '\n\n> A sentence no source printed.\n\n- An item no source listed.\n\n| Camp | Escaped |\n| --- | --- |\n| Nowhere | 7 |\n',
    );
    const result = runScript('check-content.ts', [dir]);
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n').filter((line) => line.includes(' › '));
    expect(lines.map((line) => line.replace(/^.*? › /, ''))).toEqual([
      expect.stringMatching(
        /^line \d+: the block quote is not a line of captures\/004_0dc1dd4832682709\.txt word for word: "A sentence no source printed\."$/,
      ),
      expect.stringMatching(/^line \d+: the list item is not a line of .* word for word: "An item no source listed\."$/),
      expect.stringMatching(/^line \d+: the table row is not a line of .* word for word: "Camp Escaped"/),
      expect.stringMatching(/^line \d+: the table row is not a line of .* word for word: "Nowhere 7"/),
    ]);
  });

  it('refuses a capture or a saved page that no longer matches its recorded SHA-256, naming the field', () => {
    const dir = copyContent();
    writeFileSync(
      join(dir, 'captures/000_4d335b945d79b59c.txt'),
      `${readFileSync(join(dir, 'captures/000_4d335b945d79b59c.txt'), 'utf8')} `,
    );
    writeFileSync(join(dir, 'captures/saved.html'), '<!doctype html><title>A page as saved</title>');
    edit(
      dir,
      ARTICLE,
      /^ {2}sha256: .*$/m,
      (match: string) => `${match}\n  page:\n    file: captures/saved.html\n    sha256: "${'0'.repeat(64)}"`,
    );
    const result = runScript('check-content.ts', [dir]);
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n').filter((line) => line.includes(' › '));
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${dir}/${ARTICLE} › capture\\.page\\.sha256: captures/saved\\.html no longer matches the SHA-256 recorded when it was captured \\(recorded 000000000000…, now [0-9a-f]{12}…\\)`,
        ),
      ),
      expect.stringMatching(
        new RegExp(`^${dir}/${LEIDEN} › capture\\.sha256: captures/000_4d335b945d79b59c\\.txt no longer matches the SHA-256 recorded`),
      ),
    ]);
    rmSync(join(dir, 'captures/saved.html'));
    expect(runScript('check-content.ts', [dir]).stderr).toMatch(/› capture\.page\.file: captures\/saved\.html does not exist in /);
  });

  it('warns, without failing, of each published article that names an entity by an alias added later but does not list it', () => {
    const dir = copyContent();
    // The Leiden institute the article names, first known only by its abbreviation.
    writeFileSync(join(dir, 'entities/isga.yaml'), 'kind: organisation\nname: ISGA\ndescription: An institute of Leiden University.\n');
    const before = runScript('check-content.ts', [dir]);
    expect(before.status).toBe(0);
    expect(before.stdout).not.toMatch(/warning/);
    edit(dir, 'entities/isga.yaml', 'name: ISGA\n', 'name: ISGA\naliases: [Institute of Security and Global Affairs]\n');
    const after = runScript('check-content.ts', [dir]);
    expect(after.stderr).toBe('');
    expect(after.status).toBe(0);
    expect(after.stdout.split('\n').filter((line) => line.startsWith('warning:'))).toEqual([
      `warning: ${dir}/${LEIDEN} › entities: the text names ISGA ("Institute of Security and Global Affairs") but the article does not list "isga": add it, or leave it out if the article is not about it`,
    ]);
  });

  it('lets a draft leave out the fields still to write', () => {
    const dir = copyContent();
    edit(dir, ARTICLE, /^summary: >-\n(?: {2}.*\n)+/m, 'draft: true\n');
    const result = runScript('check-content.ts', [dir]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/2 articles \(1 drafts\)/);
  });

  it('names every problem of issue 24 in one run, crashes on none, and reads comments of dashes, byte-order marks and CRLF as YAML does', () => {
    const dir = copyContent();
    // Read as YAML reads them: none of these may be named.
    edit(dir, ARTICLE, /^---\n/, '---\n# ------\n');
    const event = join(dir, 'events/2019-10-13-ayn-issa-escape.yaml');
    writeFileSync(event, `\uFEFF# ------\n${readFileSync(event, 'utf8')}`.replaceAll('\n', '\r\n'));
    // Crashes before: aliases, a blank name, a bad language, a dangling link, a long name, a link out of the content.
    writeFileSync(
      join(dir, 'topics/aliases.yaml'),
      ['name: &a A', 'description: B', ...Array.from({ length: 120 }, (_, i) => `k${i}: *a`)].join('\n'),
    );
    writeFileSync(join(dir, 'entities/blank.yaml'), 'kind: person\nname: " "\ndescription: Nobody.\n');
    writeFileSync(join(dir, `topics/${'a'.repeat(240)}.yaml`), 'name: Long\ndescription: A long name.\n');
    symlinkSync(join(dir, 'no-such-file.yaml'), join(dir, 'entities/dangling.yaml'));
    const outside = join(mkdtempSync(join(tmpdir(), 'outside-')), 'article.md');
    writeFileSync(outside, readFileSync(join(dir, ARTICLE)));
    symlinkSync(outside, join(dir, 'articles/2019-10-17-outside.md'));
    edit(dir, LEIDEN, /^language: en$/m, 'language: en-gb-gb');
    // Plain text and URLs.
    edit(dir, LEIDEN, /^headline: (.*)$/m, 'headline: "$1 \u202Eeltit"');
    edit(dir, LEIDEN, /^ {2}name: Leiden University$/m, '  name: " "');
    edit(dir, LEIDEN, /^publishedNote: >-\n(?: {2}.*\n)+/m, 'publishedNote: "A\\vnote"\n');
    edit(dir, LEIDEN, /^originalUrl: https:\/\//m, 'originalUrl: https://user:password@');
    edit(dir, 'entities/raqqa.yaml', 'aliases: [', 'aliases: [R\u0430qqa, ');
    writeFileSync(
      join(dir, 'topics/repatriation-again.yaml'),
      'name: Repatriation of foreign fighters and families\ndescription: The same name.\n',
    );
    // Facts against their words, dates, duplicate ids.
    edit(dir, 'figures/ayn-issa-escapees.yaml', 'normalised: 859', 'normalised: 8590');
    edit(dir, 'events/2019-10-09-turkish-offensive-begins.yaml', /^date: "2019-10-09"$/m, 'date: "2019-10-09"\nendDate: "2010"');
    edit(dir, 'events/2019-al-hol-is-court.yaml', /^date: ".*"$/m, 'date: "2091"');
    edit(dir, 'events/2012-breaking-the-walls.yaml', 'date: "2012"', 'date: "0012"');
    edit(dir, 'events/2019-qamishli-car-bomb.yaml', 'places: [qamishli]', 'places: [qamishli, qamishli]');
    // A cross-collection error beside all the schema errors above.
    edit(dir, 'events/2019-10-14-akar-tel-abyad-claim.yaml', /paragraph: \d+/, 'paragraph: 30');
    // Bodies: a heading, footnotes that do not match, links that lead nowhere, and an email address (allowed).
    writeFileSync(
      join(dir, ARTICLE),
      `${readFileSync(join(dir, ARTICLE), 'utf8')}
## p-2

Write to press@example.org, see [^missing] and [this](/articles/no-such-article/) and [that](#p-99).

[^SI]: A second definition of [^si], differing only in case.

[^orphan]: A note nothing refers to.
`,
    );

    const before = snapshot(dir);
    const result = runScript('check-content.ts', [dir]);
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n');
    const expected = [
      /topics\/aliases\.yaml › line 1: the YAML cannot be read: more than 100 aliases/,
      /entities\/blank\.yaml › name \(line 2\): only white space/,
      new RegExp(`topics/${'a'.repeat(240)}\\.yaml › file name: the name is 240 characters long; at most 120`),
      /entities\/dangling\.yaml › file name: a symbolic link to a file that does not exist/,
      /articles\/2019-10-17-outside\.md › file name: a symbolic link to .*article\.md, outside the content folder/,
      /2019-10-leiden-bakker-is-prisoner-breakouts\.md › language \(line \d+\): not a valid BCP 47 language tag/,
      /2019-10-leiden-bakker-is-prisoner-breakouts\.md › headline \(line 2\): a bidirectional control character \(U\+202E\)/,
      /2019-10-leiden-bakker-is-prisoner-breakouts\.md › publisher\.name \(line 4\): only white space/,
      /2019-10-leiden-bakker-is-prisoner-breakouts\.md › publishedNote \(line \d+\): a control character \(U\+000B\)/,
      /2019-10-leiden-bakker-is-prisoner-breakouts\.md › originalUrl \(line \d+\): the URL holds a user name or password/,
      /entities\/raqqa\.yaml › aliases\[0\] \(line 6\): "Rаqqa" mixes Latin letters with Cyrillic "а" \(U\+0430\)/,
      /topics\/repatriation(?:-again)?\.yaml › name: "Repatriation of foreign fighters and families" is also the name of topic repatriation/,
      /figures\/ayn-issa-escapees\.yaml › claims\[0\]\.normalised: "859" reads as 859, not 8,590/,
      /events\/2019-10-09-turkish-offensive-begins\.yaml › endDate \(line 3\): endDate \(2010\) is before date \(2019-10-09\)/,
      /events\/2019-al-hol-is-court\.yaml › date: 2091 is in the future/,
      /events\/2012-breaking-the-walls\.yaml › date \(line 2\): the year 0012 is before 1900/,
      /events\/2019-qamishli-car-bomb\.yaml › places\[1\] \(line \d+\): "qamishli" is listed twice/,
      /events\/2019-10-14-akar-tel-abyad-claim\.yaml › sources\[0\]\.paragraph: .* has \d+ paragraphs, not 30/,
      /2019-10-16-el-mundo-ayn-issa-escape\.md › line \d+: a heading; /,
      /2019-10-16-el-mundo-ayn-issa-escape\.md › line \d+: a reference to note \[\^missing\], which has no definition/,
      /2019-10-16-el-mundo-ayn-issa-escape\.md › line \d+: a second definition of note \[\^SI\]/,
      /2019-10-16-el-mundo-ayn-issa-escape\.md › line \d+: note \[\^orphan\] is defined but nothing refers to it/,
      /2019-10-16-el-mundo-ayn-issa-escape\.md › line \d+: a link to \/articles\/no-such-article\/, but no article "no-such-article" exists/,
      /2019-10-16-el-mundo-ayn-issa-escape\.md › line \d+: a link to #p-99, but 2019-10-16-el-mundo-ayn-issa-escape has 11 paragraphs, not 99/,
    ];
    for (const pattern of expected)
      expect(
        lines.some((line) => pattern.test(line)),
        `${pattern}\n${result.stderr}`,
      ).toBe(true);
    // Read as YAML reads them, and an email address is text: none of these is a problem.
    expect(result.stderr).not.toMatch(/2019-10-13-ayn-issa-escape\.yaml|mailto|el-mundo-ayn-issa-escape\.md › (?!line)/);
    expect(result.stderr).not.toMatch(/Error:| {4}at /);
    expect(snapshot(dir), 'nothing was written').toEqual(before);
  });
});
