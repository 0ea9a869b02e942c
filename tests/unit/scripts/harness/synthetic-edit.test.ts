/**
 * The benchmark's one-word rebuild edits an article as an archivist would:
 * the copy and its capture together, so the edited archive still passes
 * every content check (the build's pre-check compares each copy with its
 * capture word for word) and the rebuild measures a rebuild, not a refusal.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../../scripts/lib/check-content.ts';
import { addOneArticle, editOneWord, generateArchive } from '../../../../scripts/harness/synthetic/generate.ts';
import { formatProblem } from '../../../../src/lib/content/problems.ts';

const dir = mkdtempSync(join(tmpdir(), 'synthetic-edit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('editOneWord', () => {
  it('changes one word of the copy and the same word of its capture, and the archive still passes every check', () => {
    const archive = generateArchive(join(dir, 'content'), 30);
    const file = join(archive.contentDir, 'articles', `${archive.articleToEdit}.md`);
    const before = readFileSync(file, 'utf8');
    editOneWord(archive.contentDir, archive.articleToEdit);
    const after = readFileSync(file, 'utf8');
    expect(after).not.toBe(before);
    expect(after.length).toBe(before.length + 1); // "the" → "this"
    expect(checkContent(archive.contentDir, dir).problems.map(formatProblem)).toEqual([]);
  }, 60_000);
});

describe('addOneArticle', () => {
  it('adds one new article with its capture, leaves every other file alone, and the archive still passes every check', () => {
    const archive = generateArchive(join(dir, 'added'), 20);
    const listing = () => readdirSync(join(archive.contentDir, 'articles')).sort();
    const before = listing();
    const id = addOneArticle(archive.contentDir, archive.articles);
    expect(before).not.toContain(`${id}.md`);
    expect(listing()).toEqual([...before, `${id}.md`].sort());
    expect(readdirSync(join(archive.contentDir, 'captures'))).toContain(`${id}.txt`);
    expect(checkContent(archive.contentDir, dir).problems.map(formatProblem)).toEqual([]);
  }, 60_000);
});
