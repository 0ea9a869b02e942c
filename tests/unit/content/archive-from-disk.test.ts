import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldPath, readContentFolder } from '../../../src/lib/content/archive-from-disk.ts';
import { idFromFileName } from '../../../src/lib/content/entry-id.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { deriveBodyFacts } from '../../../src/lib/content/body-facts.ts';
import { readArchive } from '../../../src/lib/content/loader/read-archive.ts';

describe('idFromFileName', () => {
  it('drops the extension and nothing else', () => {
    expect(idFromFileName('2019-10-16-el-mundo-ayn-issa-escape.md')).toBe('2019-10-16-el-mundo-ayn-issa-escape');
    expect(idFromFileName('al-hol.yaml')).toBe('al-hol');
    expect(idFromFileName('nato.yml')).toBe('nato');
    expect(idFromFileName('notes.md.txt')).toBe('notes.md.txt');
  });
});

describe('fieldPath', () => {
  it('writes zod paths the way the messages name fields', () => {
    expect(fieldPath(['topics', 1])).toBe('topics[1]');
    expect(fieldPath(['capture', 'furniture', 0])).toBe('capture.furniture[0]');
    expect(fieldPath([])).toBe('(the whole entry)');
  });
});

describe('readContentFolder', () => {
  it('collects every schema and YAML problem with its file and field instead of stopping at the first', () => {
    const dir = mkdtempSync(join(tmpdir(), 'disk-loader-'));
    mkdirSync(join(dir, 'topics'));
    mkdirSync(join(dir, 'entities'));
    writeFileSync(join(dir, 'topics', 'good.yaml'), 'name: Good\ndescription: A topic.\n');
    writeFileSync(join(dir, 'topics', 'nameless.yaml'), 'description: No name.\n');
    writeFileSync(join(dir, 'entities', 'broken.yaml'), 'kind: place\nname: [unclosed\n');
    const { entries: archive, problems } = readContentFolder(dir);
    expect(archive.topics.map((topic) => topic.id)).toEqual(['good']);
    const lines = problems.map(formatProblem);
    expect(lines.some((line) => line.startsWith(join(dir, 'topics/nameless.yaml')) && line.includes('› name:'))).toBe(true);
    expect(lines.some((line) => line.includes('entities/broken.yaml › line') && line.includes('the YAML does not parse'))).toBe(true);
  });
});

describe('readArchive', () => {
  /** A copy of the project's content with a link to a paragraph the El Mundo article does not have. */
  const brokenCopy = () => {
    const dir = mkdtempSync(join(tmpdir(), 'read-archive-'));
    cpSync(join(import.meta.dirname, '../../../content'), dir, { recursive: true });
    const article = join(dir, 'articles', '2019-10-leiden-bakker-is-prisoner-breakouts.md');
    writeFileSync(
      article,
      readFileSync(article, 'utf8').trimEnd() + '\n\nSee [the report](/articles/2019-10-16-el-mundo-ayn-issa-escape/#p-99).\n',
    );
    return dir;
  };
  const brokenLink = /leiden-bakker-is-prisoner-breakouts\.md.*#p-99, but 2019-10-16-el-mundo-ayn-issa-escape has \d+ paragraphs, not 99/;

  it('finds problems from the facts of bodies it parses, and renders them when asked', async () => {
    const dir = brokenCopy();
    const read = await readArchive(dir, { from: dir, renderForBase: '/' });
    expect(read.problems.map(formatProblem).join('\n')).toMatch(brokenLink);
    expect(read.bodies).toEqual({ reused: 0, parsed: 2, threads: 0 });
    expect(read.entries.articles.every((article) => article.rendered?.html.includes('<p'))).toBe(true);
  }, 60_000);

  it('takes a body a previous run derived instead of parsing it again, and checks with its stored facts', async () => {
    const dir = brokenCopy();
    // The stored facts of the edited article are those of its body before the edit: no broken link in them.
    const before = readFolderFilesBody(join(import.meta.dirname, '../../../content'), '2019-10-leiden-bakker-is-prisoner-breakouts');
    const read = await readArchive(dir, {
      from: dir,
      reuse: (article) =>
        article.id === '2019-10-leiden-bakker-is-prisoner-breakouts' ? { facts: deriveBodyFacts(before), rendered: null } : undefined,
    });
    expect(read.bodies).toEqual({ reused: 1, parsed: 1, threads: 0 });
    expect(read.problems.map(formatProblem).join('\n')).not.toMatch(brokenLink);
    // A stored body without HTML is parsed again when HTML is wanted.
    const rendered = await readArchive(dir, {
      from: dir,
      renderForBase: '/',
      reuse: () => ({ facts: deriveBodyFacts(before), rendered: null }),
    });
    expect(rendered.bodies.reused).toBe(0);
  }, 60_000);
});

/** An article's body as the one reader reads it. */
function readFolderFilesBody(dir: string, id: string): string {
  return readContentFolder(dir, dir).entries.articles.find((article) => article.id === id)!.body;
}
