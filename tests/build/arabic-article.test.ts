/**
 * An article in Arabic on the site (issue 20): drafted by `npm run
 * new-article` from a capture written for this test, completed and
 * published in a content copy, then built for real. Its headline and text
 * carry lang="ar" and dir="rtl" with the Arabic font rule, the page chrome
 * stays English, every paragraph has its anchor, the citations name it, and
 * the text on the page is the capture's, word for word.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyContent, ROOT, tempOutDir, type BuildResult } from '../../scripts/harness/build.ts';
import { checkContent } from '../../scripts/lib/check-content.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { runScript } from '../support/commands.ts';

const CAPTURE = join(ROOT, 'tests/fixtures/captures/arabic.txt');
const ID = '2019-10-14-arabi-mithal-ayn-issa-escape';
const lines = readFileSync(CAPTURE, 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean);

let content: string;
let build: BuildResult;
let page: string;

beforeAll(async () => {
  content = copyContent();
  const entityFile = join(content, 'entities/ayn-issa.yaml');
  writeFileSync(entityFile, readFileSync(entityFile, 'utf8').replace(/^aliases: \[(.*)\]$/m, 'aliases: [$1, عين عيسى]'));
  const made = runScript('new-article.ts', [
    CAPTURE,
    '--url',
    'https://www.arabi-mithal.net/news/2019/10/14/1234567',
    '--publisher',
    'Arabi Mithal',
    '--slug',
    'ayn-issa-escape',
    '--content-dir',
    content,
    '--today',
    '2026-12-01',
  ]);
  expect(made.stderr).toBe('');
  // The archivist writes the summary, files it and publishes it.
  const file = join(content, 'articles', `${ID}.md`);
  writeFileSync(
    file,
    readFileSync(file, 'utf8')
      .replace('draft: true\n', '')
      .replace(
        'topics: []',
        'summary: Families escape the camp at Ayn Issa as shelling comes close, in an Arabic report.\ntopics: [is-detainees-and-camps]',
      ),
  );
  build = await buildSite({ contentDir: content, outDir: tempOutDir() });
  page = readFileSync(join(build.outDir, 'articles', ID, 'index.html'), 'utf8');
}, 600_000);

/** The text of an element's HTML: tags dropped, entities of the page decoded. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .trim();

describe('an article in Arabic', () => {
  it('passes every content check, the word-for-word rule against its capture included, and builds', () => {
    expect(checkContent(content).problems.map(formatProblem)).toEqual([]);
    expect(build.status, build.output).toBe(0);
  });

  it('gives its headline and text lang="ar" and dir="rtl", and leaves the chrome English', () => {
    expect(page).toMatch(new RegExp(`<h1 class="article__headline" lang="ar" dir="rtl"[^>]*>${lines[1]}</h1>`));
    expect(page).toMatch(/<div class="article__body" lang="ar" dir="rtl"[^>]*>/);
    expect(page).toMatch(/<html[^>]* lang="en"/);
    // The article element no longer tags its English provenance, citations and notes as Arabic.
    expect(page).toMatch(/<article class="article"[^>]*>/);
    expect(/<article [^>]*lang=/.exec(page)).toBeNull();
    expect(page).not.toMatch(/<section class="(provenance|cite|related)"[^>]* lang="ar"/);
  });

  it('has an anchor on each paragraph, with the capture line word for word', () => {
    const paragraphs = [...page.matchAll(/<p id="p-(\d+)"[^>]*>([\s\S]*?)<\/p>/g)].map((match) => [
      match[1],
      textOf(match[2]!.replace(/<a class="paragraph-link"[\s\S]*?<\/a>/, '')),
    ]);
    expect(paragraphs).toEqual([
      ['1', lines[3]],
      ['2', lines[4]],
    ]);
    expect(page).toContain('href="#p-1"');
    expect(page).toContain('href="#p-2"');
  });

  it('is cited with its Arabic headline and its permanent address', () => {
    const apa = textOf(/<pre id="cite-apa"[^>]*>([\s\S]*?)<\/pre>/.exec(page)![1]!);
    expect(apa).toContain(lines[1]);
    expect(apa).toContain(`/articles/${ID}/`);
    expect(apa).toContain('Arabi Mithal');
  });

  it('ships a font stack and line height for Arabic script, with no web font', () => {
    const css = readdirSync(join(build.outDir, '_astro'))
      .filter((name) => name.endsWith('.css'))
      .map((name) => readFileSync(join(build.outDir, '_astro', name), 'utf8'))
      .join('\n');
    expect(css).toMatch(/\[dir=(rtl|"rtl")\]:is\(:lang\(ar\)[^{]*\{[^}]*font-family:[^;}]*Noto Naskh Arabic[^}]*line-height:1\.9/);
    expect(css).not.toMatch(/@font-face/);
  });

  it('marks its excerpts on the entity page as Arabic, right to left', () => {
    const place = readFileSync(join(build.outDir, 'places', 'ayn-issa', 'index.html'), 'utf8');
    expect(place).toMatch(new RegExp(`<blockquote cite="[^"]*/articles/${ID}/#p-1" lang="ar" dir="rtl"`));
  });
});
