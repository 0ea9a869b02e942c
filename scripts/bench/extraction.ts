/**
 * `npm run bench:extraction`: how well `new-article` finds a saved page's
 * article body, as token F1 against the hand-checked bodies of the fixture
 * pages (tests/fixtures/saved-pages/<name>.html beside <name>.body.txt),
 * beside two baselines: a plain dump of all the page's visible text, and
 * Readability's text alone (before the archive's rules). Token F1 is the
 * harmonic mean of precision and recall over the multiset of lower-cased
 * words, as extraction benchmarks score it. Prints one line per page and
 * the means; reads nothing but the fixtures, writes nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readSavedPage } from '../lib/new-article/saved-page/index.ts';
import { readMetadata, type MetadataDocument } from '../lib/new-article/saved-page/metadata.ts';

/** The words of a text, lower-cased: runs of letters, marks and digits in any script. */
const tokens = (text: string) => text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];

/** Token F1 of an extracted text against the true body: precision and recall over word counts (each word counted as often as it occurs in both). */
export function tokenF1(extracted: string, truth: string): { precision: number; recall: number; f1: number } {
  const counts = new Map<string, number>();
  for (const token of tokens(truth)) counts.set(token, (counts.get(token) ?? 0) + 1);
  const found = tokens(extracted);
  let overlap = 0;
  for (const token of found) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      overlap += 1;
      counts.set(token, left - 1);
    }
  }
  const truthCount = tokens(truth).length;
  const precision = found.length === 0 ? 0 : overlap / found.length;
  const recall = truthCount === 0 ? 0 : overlap / truthCount;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** The canonical URL a fixture page names (the check refuses any other), else a stand-in. */
const urlOf = (html: string) => {
  const fallback = 'https://fixture.example/article';
  return readMetadata(parseHTML(html).document as unknown as MetadataDocument, fallback).canonical[0]?.value ?? fallback;
};

/** Scores every fixture page with a hand-checked body; returns the table's rows. */
function run(folder: string) {
  const rows = readdirSync(folder)
    .filter((name) => name.endsWith('.body.txt'))
    .map((name) => {
      const page = name.replace(/\.body\.txt$/, '');
      const html = readFileSync(join(folder, `${page}.html`), 'utf8');
      const truth = readFileSync(join(folder, name), 'utf8');
      const read = readSavedPage(html, urlOf(html), undefined);
      const body = read.lines.filter((line) => line.kind === 'body').map((line) => line.text);
      const dump = read.lines.map((line) => line.text).join('\n');
      const readability = new Readability(parseHTML(html).document as unknown as Document).parse()?.textContent ?? '';
      return { page, ours: tokenF1(body.join('\n'), truth), dump: tokenF1(dump, truth), readability: tokenF1(readability, truth) };
    });
  const mean = (pick: (row: (typeof rows)[number]) => number) => rows.reduce((sum, row) => sum + pick(row), 0) / rows.length;
  const f = (value: number) => value.toFixed(3);
  console.log('page                      new-article F1 (P/R)      Readability alone F1   plain text dump F1');
  for (const row of rows)
    console.log(
      `${row.page.padEnd(26)}${f(row.ours.f1)} (${f(row.ours.precision)}/${f(row.ours.recall)})      ${f(row.readability.f1).padEnd(23)}${f(row.dump.f1)}`,
    );
  console.log(
    `${'mean'.padEnd(26)}${f(mean((row) => row.ours.f1))}                    ${f(mean((row) => row.readability.f1)).padEnd(23)}${f(mean((row) => row.dump.f1))}`,
  );
  console.log(`(${rows.length} pages; @mozilla/readability and linkedom as pinned in package.json)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) run(fileURLToPath(new URL('../../tests/fixtures/saved-pages', import.meta.url)));
