import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isDraft, publishedArticleIds } from '../../../../scripts/lib/build/published-articles.ts';
import { CONTENT_DIR, readFolderFiles } from '../../../../src/lib/content/archive-from-disk.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** An article file with this front matter (the project's own words, not a publisher's). */
const article = (frontMatter: string) => `---\nheadline: A note on the camp\n${frontMatter}\n---\n\nThe guards counted twice.\n`;

describe('which articles the build must publish', () => {
  it.each([
    ['draft: true', true],
    ['draft: True  # until the capture is checked', true],
    ['draft: !!bool true', true],
    ['draft: false', false],
    ['', false],
    // A line of a longer value, indented: not the key.
    ['summary: |\n  draft: true is what the note said', false],
  ])('reads %j as a draft: %s', (frontMatter, draft) => {
    expect(isDraft(article(frontMatter))).toBe(draft);
    expect(isDraft(`\uFEFF${article(frontMatter)}`.replaceAll('\n', '\r\n'))).toBe(draft);
  });

  it('does not read a body line as the front matter', () => {
    expect(isDraft(`${article('draft: false')}draft: true\n`)).toBe(false);
  });

  it('lists the Markdown files of articles/ that are not drafts, by id, sorted; none without the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'published-'));
    dirs.push(dir);
    expect(publishedArticleIds(dir)).toEqual([]);
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'articles/2019-10-02-b.md'), article('draft: false'));
    writeFileSync(join(dir, 'articles/2019-10-01-a.md'), article(''));
    writeFileSync(join(dir, 'articles/2019-10-03-c.md'), article('draft: true'));
    writeFileSync(join(dir, 'articles/.2019-10-04-hidden.md'), article(''));
    writeFileSync(join(dir, 'articles/2019-10-05-capture.html'), '<p>saved page</p>');
    expect(publishedArticleIds(dir)).toEqual(['2019-10-01-a', '2019-10-02-b']);
  });

  it("agrees with the full reader on the project's own content", () => {
    const { entries } = readFolderFiles(CONTENT_DIR);
    const full = entries.articles.filter((entry) => !entry.data.draft).map((entry) => entry.id);
    expect(publishedArticleIds(CONTENT_DIR)).toEqual(full.sort());
  });
});
