import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fieldPath, invalidUtf8Line, splitFrontMatter } from '../../../src/lib/content/checks/files.ts';
import { readContentFolder } from '../../../src/lib/content/archive-from-disk.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';

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
const problems = (dir: string) => readContentFolder(dir, dir).problems.map(formatProblem);

describe('readContentFolder', () => {
  it('passes the real content', () => {
    expect(readContentFolder('content').problems).toEqual([]);
  });

  it('passes a folder holding only valid files', () => {
    expect(problems(contentWith({}))).toEqual([]);
  });

  it('names invalid UTF-8 at its line', () => {
    const bytes = Buffer.concat([Buffer.from('name: A\ndescription: Caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    expect(problems(contentWith({ 'topics/latin.yaml': bytes }))).toEqual([
      'topics/latin.yaml › line 2: not valid UTF-8; save the file as UTF-8',
    ]);
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
    const found = problems(
      contentWith({ 'topics/other.yml': 'name: A\n', 'topics/sub/x.yaml': 'name: A\n', 'notes/x.txt': 'x', '.DS_Store': 'x' }),
    );
    expect(found).toEqual([
      'notes › file name: not a content folder; content/ holds only articles, topics, entities, events, figures, captures',
      'topics/other.yml › file name: topics/ holds only .yaml files, so this one would be ignored',
      'topics/sub › file name: a folder inside topics/ is not read; put its files in topics/ itself',
    ]);
  });

  it('names a hidden file named as an entry, which the build would skip, and leaves other hidden files alone', () => {
    const found = problems(
      contentWith({ 'topics/.draft.yaml': 'name: A\ndescription: B\n', 'topics/.gitkeep': '', 'captures/.old.txt': 'x' }),
    );
    expect(found).toEqual([
      'captures/.old.txt › file name: the name starts with a dot, so the file is hidden and the build would skip it; rename it without the dot, or remove it',
      'topics/.draft.yaml › file name: the name starts with a dot, so the file is hidden and the build would skip it; rename it without the dot, or remove it',
    ]);
  });

  it('names a content folder that is a link to a folder outside the content folder, and reads nothing from it', () => {
    const dir = contentWith({});
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    dirs.push(outside);
    writeFileSync(join(outside, 'secret.yaml'), 'name: A secret\ndescription: Not the archive\u2019s.\n');
    symlinkSync(outside, join(dir, 'entities'));
    const read = readContentFolder(dir, dir);
    expect(read.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^entities › file name: a symbolic link to .*outside-\w+, outside the content folder/),
    ]);
    expect(read.entries.entities).toEqual([]);
  });

  it('gives a YAML error the line it is on, counting the front matter fence', () => {
    const found = problems(
      contentWith({
        'articles/x.md': '---\nheadline: x\n\tsummary: s\n---\nText.\n',
        'topics/dup.yaml': 'name: A\nname: B\ndescription: C\n',
      }),
    );
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

  it('reads a YAML comment of dashes, a byte-order mark and CRLF as YAML does', () => {
    const article = readFileSync('content/articles/2019-10-16-el-mundo-ayn-issa-escape.md', 'utf8');
    const dir = contentWith({
      'topics/bom.yaml': '\uFEFFname: A\r\ndescription: B\r\n',
      'topics/comment.yaml': '# ------\nname: A\n# ------\ndescription: B\n',
    });
    writeFileSync(join(dir, 'topics/dashes.yaml'), 'name: A\ndescription: B\n');
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'articles/a.md'), '\uFEFF' + article.replace('\nheadline:', '\n# ------\nheadline:').replaceAll('\n', '\r\n'));
    const { entries, problems: found } = readContentFolder(dir, dir);
    expect(found.filter((problem) => problem.where !== 'topics[0]').map(formatProblem)).toEqual([]);
    expect(entries.topics.map((topic) => topic.id)).toEqual(['bom', 'comment', 'dashes', 'valid']);
    expect(entries.articles[0]!.paragraphs.length).toBeGreaterThan(5);
  });

  it('turns what would crash a parser or the file system into a problem naming the file', () => {
    const aliases = ['name: &a A', ...Array.from({ length: 120 }, (_, i) => `k${i}: *a`)].join('\n');
    const dir = contentWith({ 'topics/aliases.yaml': aliases, [`topics/${'a'.repeat(200)}.yaml`]: 'name: A\ndescription: B\n' });
    symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'topics/dangling.yaml'));
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    dirs.push(outside);
    writeFileSync(join(outside, 'secret.yaml'), 'name: A\ndescription: B\n');
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'topics/linked.yaml'));
    expect(problems(dir)).toEqual([
      `topics/${'a'.repeat(200)}.yaml › file name: the name is 200 characters long; at most 120 are allowed, as it becomes part of a URL and of file names`,
      expect.stringMatching(/^topics\/aliases\.yaml › line 1: the YAML cannot be read: more than 100 aliases are expanded/),
      'topics/dangling.yaml › file name: a symbolic link to a file that does not exist; remove it or copy the file in',
      expect.stringMatching(/^topics\/linked\.yaml › file name: a symbolic link to .*secret\.yaml, outside the content folder/),
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
    expect(splitFrontMatter('---\na: 1\n---\nbody')).toEqual({ yaml: 'a: 1', firstLine: 2, body: 'body', bodyLineOffset: 3 });
    expect(splitFrontMatter('no front matter')).toEqual({ yaml: '', firstLine: 1, body: 'no front matter', bodyLineOffset: 0 });
  });

  it('end the front matter only at a whole line of dashes, after a byte-order mark, with CRLF line ends', () => {
    expect(splitFrontMatter('---\na: 1\n# ------\nb: "x --- y"\n---\nbody\n')).toMatchObject({
      yaml: 'a: 1\n# ------\nb: "x --- y"',
      body: 'body\n',
      bodyLineOffset: 5,
    });
    expect(splitFrontMatter('\uFEFF---\na: 1\n---\nbody')).toMatchObject({ yaml: 'a: 1', body: 'body' });
    expect(splitFrontMatter('---\r\na: 1\r\n---\r\nbody\r\n')).toMatchObject({ yaml: 'a: 1', body: 'body\r\n', bodyLineOffset: 3 });
    expect(splitFrontMatter('---\na: 1\nno closing fence')).toMatchObject({ yaml: '', firstLine: 1 });
  });

  it('find the line of the first byte that is not UTF-8', () => {
    expect(invalidUtf8Line(Buffer.from('ok\nstill ok é\n'))).toBeNull();
    expect(invalidUtf8Line(Buffer.from([0x61, 0x0a, 0x0a, 0xff]))).toBe(3);
  });
});
