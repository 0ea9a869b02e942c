import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContentFiles, fieldPath, frontMatterOf, invalidUtf8Line } from '../../src/lib/content/checks/files.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A content folder with one valid topic, plus the given files (path → text or bytes). */
function contentWith(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-files-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'topics'));
  writeFileSync(join(dir, 'topics/valid.yaml'), 'name: A topic\ndescription: What it covers.\n');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** The problems as formatted lines, with the folder's path taken off. */
const problems = (dir: string) => checkContentFiles(dir, dir).map(formatProblem);

describe('checkContentFiles', () => {
  it('passes the real content', () => {
    expect(checkContentFiles('content')).toEqual([]);
  });

  it('passes a folder holding only valid files', () => {
    expect(problems(contentWith({}))).toEqual([]);
  });

  it('names invalid UTF-8 at its line', () => {
    const bytes = Buffer.concat([Buffer.from('name: A\ndescription: Caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    expect(problems(contentWith({ 'topics/latin.yaml': bytes }))).toEqual(['topics/latin.yaml › line 2: not valid UTF-8; save the file as UTF-8']);
  });

  it('names file names that are not lowercase ASCII slugs, and names differing only by case', () => {
    const topic = 'name: A\ndescription: B\n';
    const found = problems(contentWith({ 'topics/Valid.yaml': topic, 'topics/a b.yaml': topic, 'topics/é.yaml': topic }));
    expect(found).toEqual([
      expect.stringMatching(/^topics\/Valid\.yaml › file name: "Valid" is not a lowercase ASCII slug/),
      expect.stringMatching(/^topics\/a b\.yaml › file name: "a b" is not/),
      expect.stringMatching(/^topics\/valid\.yaml › file name: differs only by case from topics\/Valid\.yaml/),
      expect.stringMatching(/^topics\/é\.yaml › file name: "é" is not/),
    ]);
  });

  it('names files and folders the loaders would ignore', () => {
    const found = problems(contentWith({ 'topics/other.yml': 'name: A\n', 'topics/sub/x.yaml': 'name: A\n', 'notes/x.txt': 'x', '.DS_Store': 'x' }));
    expect(found).toEqual([
      'notes › file name: not a content folder; content/ holds only articles, topics, entities, events, figures, captures',
      'topics/other.yml › file name: topics/ holds only .yaml files, so this one would be ignored',
      'topics/sub › file name: a folder inside topics/ is not read; put its files in topics/ itself',
    ]);
  });

  it('gives a YAML error the line it is on, counting the front matter fence', () => {
    const found = problems(contentWith({ 'articles/x.md': '---\nheadline: x\n\tsummary: s\n---\nText.\n', 'topics/dup.yaml': 'name: A\nname: B\ndescription: C\n' }));
    expect(found).toEqual([
      'articles/x.md › line 3: the YAML does not parse: Tabs are not allowed as indentation',
      'topics/dup.yaml › line 2: the YAML does not parse: Map keys must be unique',
    ]);
  });

  it('names every schema problem of every file in one run, with readable field names and lines', () => {
    const found = problems(
      contentWith({
        'topics/one.yaml': 'name: A\ndescriptoin: B\n',
        'topics/two.yaml': 'description: B\n',
        'events/e.yaml': 'title: T\ndate: 2019-02-30\nsources:\n  - article: a\n    paragraph: 0\n    quote: q\n',
      }),
    );
    expect(found).toEqual([
      'events/e.yaml › date (line 2): put the date in quotes, e.g. "2019-10-16": unquoted, YAML reads it as a timestamp and can silently change it (2019-02-30 becomes 2 March); a date has no time or zone',
      expect.stringMatching(/^events\/e\.yaml › sources\[0\]\.paragraph \(line 5\): /),
      'topics/one.yaml › description: missing: this field is required',
      'topics/one.yaml › descriptoin (line 2): unknown field (is it misspelt?)',
      'topics/two.yaml › name: missing: this field is required',
    ]);
  });

  it('checks the real content copied with one broken file, naming only that file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-files-'));
    dirs.push(dir);
    cpSync('content', dir, { recursive: true });
    writeFileSync(join(dir, 'topics/broken.yaml'), 'name: A\n');
    expect(problems(dir)).toEqual(['topics/broken.yaml › description: missing: this field is required']);
  });
});

describe('the pieces', () => {
  it('write field paths as editors read them', () => {
    expect(fieldPath(['sources', 1, 'quote'])).toBe('sources[1].quote');
    expect(fieldPath([])).toBe('');
  });

  it('find front matter and where it starts', () => {
    expect(frontMatterOf('---\na: 1\n---\nbody')).toEqual({ yaml: 'a: 1', firstLine: 2 });
    expect(frontMatterOf('no front matter')).toEqual({ yaml: '', firstLine: 1 });
  });

  it('find the line of the first byte that is not UTF-8', () => {
    expect(invalidUtf8Line(Buffer.from('ok\nstill ok é\n'))).toBeNull();
    expect(invalidUtf8Line(Buffer.from([0x61, 0x0a, 0x0a, 0xff]))).toBe(3);
  });
});
