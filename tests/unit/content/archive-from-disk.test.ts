import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldPath, readContentFolder } from '../../../src/lib/content/archive-from-disk.ts';
import { idFromFileName } from '../../../src/lib/content/entry-id.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { BODY_FACTS_NAMESPACE, type BodyFacts } from '../../../src/lib/content/body-facts.ts';
import { DerivedCache } from '../../../src/lib/content/derived-cache.ts';
import { checkContent } from '../../../scripts/lib/check-content.ts';

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

describe('readContentFolder with a body cache', () => {
  it('parses each unchanged body once across runs, and still finds its problems from the cached facts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'disk-cache-'));
    cpSync(join(import.meta.dirname, '../../../content'), dir, { recursive: true });
    const article = join(dir, 'articles', '2019-10-leiden-bakker-is-prisoner-breakouts.md');
    // A link to a paragraph the El Mundo article does not have: found in the body's links.
    writeFileSync(
      article,
      readFileSync(article, 'utf8').trimEnd() + '\n\nSee [the report](/articles/2019-10-16-el-mundo-ayn-issa-escape/#p-99).\n',
    );
    const cacheFolder = mkdtempSync(join(tmpdir(), 'disk-cache-store-'));
    const firstCache = new DerivedCache<BodyFacts>(BODY_FACTS_NAMESPACE, cacheFolder);
    const first = checkContent(dir, dir, { bodyCache: firstCache });
    firstCache.save();
    expect(firstCache.stats).toEqual({ hits: 0, misses: 2 });
    const secondCache = new DerivedCache<BodyFacts>(BODY_FACTS_NAMESPACE, cacheFolder);
    const second = checkContent(dir, dir, { bodyCache: secondCache });
    expect(secondCache.stats).toEqual({ hits: 2, misses: 0 });
    for (const report of [first, second]) {
      expect(report.problems.map(formatProblem).join('\n')).toMatch(
        /leiden-bakker-is-prisoner-breakouts\.md.*#p-99, but 2019-10-16-el-mundo-ayn-issa-escape has \d+ paragraphs, not 99/,
      );
      // No tree is kept per article when the facts come from the cache.
      expect(report.entries.articles.every((entry) => entry.tree === undefined && entry.links !== undefined)).toBe(true);
    }
  }, 60_000);
});
