import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldPath, readContentFolder } from '../../src/lib/content/archive-from-disk.ts';
import { idFromFileName } from '../../src/lib/content/entry-id.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';

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
