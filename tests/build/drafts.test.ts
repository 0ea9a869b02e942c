/**
 * A draft is checked but not published. One real build of the project's
 * content plus a draft made by `npm run new-article` (which an event and a
 * figure already cite, and which one event cites alone): the draft must be
 * nowhere in the built site: no page, no feed item, no sitemap line, no
 * search entry, nothing in the open data, no mention on entity pages, no
 * timeline or topic entry, while the published articles are all there.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyContent, ROOT, tempOutDir, type BuildResult } from '../../scripts/harness/build.ts';
import { articleIndexFileSchema, eventIndexFileSchema } from '../../src/schemas/open-data.ts';
import { runScript } from '../support/commands.ts';

const CAPTURE = join(ROOT, 'tests/fixtures/captures/url-date.txt');
const DRAFT = '2019-10-20-northern-dispatch-camp-officials-count-those';
const DRAFT_URL = 'https://www.northern-dispatch.example/2019/10/20/camp-count';
/** Words only the draft has. */
const DRAFT_WORDS = 'Marta Olsen';
const PUBLISHED = ['2019-10-16-el-mundo-ayn-issa-escape', '2019-10-leiden-bakker-is-prisoner-breakouts'];

let build: BuildResult;

/** Every file under a folder, with its text (search fragments are gzipped: unzipped). */
function siteTexts(dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(html|xml|json|txt)$|^_headers$/.test(name)) texts.set(path, readFileSync(path, 'utf8'));
      else if (name.endsWith('.pf_fragment') || name.endsWith('.pf_meta') || name.endsWith('.pf_filter'))
        texts.set(path, gunzipSync(readFileSync(path)).toString('utf8'));
    }
  };
  walk(dir);
  return texts;
}

beforeAll(async () => {
  const content = copyContent();
  const made = runScript('new-article.ts', [
    CAPTURE,
    '--url',
    DRAFT_URL,
    '--publisher',
    'Northern Dispatch',
    '--content-dir',
    content,
    '--today',
    '2026-12-01',
  ]);
  expect(made.stderr).toBe('');
  // The archivist records what the draft says before publishing it: a claim, a source, an event of its own.
  appendFileSync(
    join(content, 'figures/ayn-issa-escapees.yaml'),
    [
      '  - value: "850"',
      '    normalised: 850',
      '    date: "2019-10-13"',
      '    dateKind: as-of',
      `    source: { article: ${DRAFT}, paragraph: 1 }`,
      '',
    ].join('\n'),
  );
  appendFileSync(
    join(content, 'events/2019-10-13-ayn-issa-escape.yaml'),
    `  - article: ${DRAFT}\n    paragraph: 1\n    quote: last Sunday\n`,
  );
  writeFileSync(
    join(content, 'events/2019-10-19-hasakah-checkpoints.yaml'),
    [
      'title: Some of those who left the Ayn Issa camp are stopped at checkpoints near Hasakah.',
      'date: "2019-10-19"',
      'places: [ayn-issa]',
      'actors: [sdf]',
      'topics: [is-detainees-and-camps]',
      'sources:',
      `  - { article: ${DRAFT}, paragraph: 3, quote: stopped at checkpoints near Hasakah yesterday }`,
      '',
    ].join('\n'),
  );
  build = await buildSite({ contentDir: content, outDir: tempOutDir() });
}, 300_000);

describe('a draft', () => {
  it('is checked with everything else, and the site builds', () => {
    expect(build.output).not.toMatch(/problem/i);
    expect(build.status).toBe(0);
  });

  it('has no page, and no event that only it reports has one', () => {
    expect(existsSync(join(build.outDir, 'articles', DRAFT))).toBe(false);
    expect(existsSync(join(build.outDir, 'events', '2019-10-19-hasakah-checkpoints'))).toBe(false);
    for (const id of PUBLISHED) expect(existsSync(join(build.outDir, 'articles', id, 'index.html'))).toBe(true);
  });

  it('is in no feed item, sitemap line, open data file, search index entry or page of the site', () => {
    const texts = siteTexts(build.outDir);
    const leaks = [...texts]
      .filter(
        ([, text]) =>
          text.includes(DRAFT) || text.includes(DRAFT_URL) || text.includes(DRAFT_WORDS) || text.includes('hasakah-checkpoints'),
      )
      .map(([path]) => path.slice(build.outDir.length));
    expect(leaks).toEqual([]);
    // The same search finds what is published, so the files it read are the right ones.
    for (const file of [
      'rss.xml',
      'sitemap-0.xml',
      'data/articles.json',
      'data/events.json',
      'data/entities/ayn-issa.json',
      'data/articles/' + PUBLISHED[0] + '.json',
      'data/timeline.json',
    ]) {
      expect(texts.get(join(build.outDir, file)), file).toContain(PUBLISHED[0]);
    }
    expect([...texts].some(([path, text]) => path.endsWith('.pf_fragment') && text.includes('Rocco Blume'))).toBe(true);
  });

  it('leaves the open data valid, holding the published articles and no event of its own', () => {
    const read = (file: string) => JSON.parse(readFileSync(join(build.outDir, 'data', file), 'utf8'));
    const { articles } = articleIndexFileSchema.parse(read('articles.json'));
    expect(articles.map((article) => article.id).sort()).toEqual([...PUBLISHED].sort());
    const { events } = eventIndexFileSchema.parse(read('events.json'));
    expect(events.map((event) => event.id)).not.toContain('2019-10-19-hasakah-checkpoints');
    expect(events.map((event) => event.id)).toContain('2019-10-13-ayn-issa-escape');
  });
});
