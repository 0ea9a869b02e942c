/**
 * `npm run new-article` on captures written for these tests (in the
 * archive's own words, about the camps): each draft's fields, the split
 * between body and furniture, the entities found (some through another
 * spelling), and the names, numbers and dates its review list gives; then
 * every bad input, which must print one line, fail and write nothing.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/lib/check-content.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { bodyParagraphs } from '../../src/lib/content/paragraphs.ts';
import { articleSchema, type Article } from '../../src/schemas/article.ts';
import { copyContent, ROOT } from '../../scripts/harness/build.ts';
import { runScript, snapshot } from '../support/commands.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/captures');
const TODAY = '2026-12-01';
/** Each run loads and checks the whole archive; a test that runs the command several times on a loaded machine needs more than the project's minute. */
const RUNS_TIMEOUT = 300_000;

let content: string;
beforeEach(() => {
  content = copyContent();
});

/** Runs new-article on a fixture capture into the test's content copy. */
function newArticle(capture: string, ...args: string[]) {
  return runScript('new-article.ts', [
    capture.includes('/') ? capture : join(FIXTURES, capture),
    '--content-dir',
    content,
    '--today',
    TODAY,
    ...args,
  ]);
}

/** The draft a successful run wrote: its id, validated front matter, body paragraphs and review list. */
function written(result: ReturnType<typeof newArticle>) {
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const [, articlePath, capturePath] = /Wrote (\S+\.md) and (\S+\.txt)\.$/m.exec(result.stdout) ?? [];
  const markdown = readFileSync(articlePath!, 'utf8');
  const { frontmatter, content: body } = parseFrontmatter(markdown);
  const data: Article = articleSchema.parse(frontmatter);
  return {
    id: articlePath!.split('/').pop()!.replace(/\.md$/, ''),
    data,
    paragraphs: bodyParagraphs(body).map((paragraph) => paragraph.text),
    capturePath: capturePath!,
    review: result.stdout,
  };
}

/** The capture's non-empty lines, as the fixtures were written. */
const linesOf = (fixture: string) =>
  readFileSync(join(FIXTURES, fixture), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

describe('npm run new-article', { timeout: RUNS_TIMEOUT }, () => {
  it('drafts from a capture with the date in its URL, and finds a name spelled another way', () => {
    const draft = written(
      newArticle(
        'url-date.txt',
        '--url',
        'https://www.northern-dispatch.example/2019/10/20/camp-count',
        '--publisher',
        'Northern Dispatch',
      ),
    );
    const lines = linesOf('url-date.txt');

    expect(draft.id).toBe('2019-10-20-northern-dispatch-camp-officials-count-those');
    expect(draft.data).toMatchObject({
      draft: true,
      headline: lines[0],
      headlineSupplied: false,
      publisher: { name: 'Northern Dispatch', url: 'https://www.northern-dispatch.example/' },
      originalUrl: 'https://www.northern-dispatch.example/2019/10/20/camp-count',
      language: 'en',
      published: { iso: '2019-10-20', precision: 'day' },
      publishedNote: 'The date comes from the URL.',
      archived: { iso: TODAY },
      topics: [],
      capture: { file: `captures/${draft.id}.txt`, furniture: [] },
    });
    expect(draft.data.summary).toBeUndefined();
    expect(draft.paragraphs).toEqual(lines.slice(1));
    // "Ain Issa" is an alias of ayn-issa; "Jelal Ayaf" is not yet one of yalal-ayaf.
    expect(draft.data.entities).toEqual(['ayn-issa', 'sdf']);
    expect(readFileSync(join(content, draft.capturePath.slice(content.length + 1)), 'utf8')).toBe(
      readFileSync(join(FIXTURES, 'url-date.txt'), 'utf8'),
    );

    expect(draft.review).toContain('headline, ¶1  ayn-issa (Ayn Issa), found as "Ain Issa"');
    expect(draft.review).toContain(
      '¶2  "Jelal Ayaf" looks like "Yalal Ayaf" (yalal-ayaf): add "Jelal Ayaf" to aliases in content/entities/yalal-ayaf.yaml',
    );
    expect(draft.review).toContain('¶3  "Hasakah" (probably a place)');
    expect(draft.review).toContain('¶4  "Marta Olsen" (probably a person)');
    expect(draft.review).toMatch(/¶1 {2}850: "[^"]*\[850\] people had left[^"]*": probably ayn-issa-escapees/);
    expect(draft.review).toMatch(/¶4 {2}12,000: "[^"]*\[12,000\] people still lived/);
    expect(draft.review).toContain('¶1  "last Sunday" → 13 October 2019 (Sunday)');
    expect(draft.review).toContain('¶3  "yesterday" → 19 October 2019 (Saturday)');
    expect(draft.review).toMatch(/Fields still to write\n {2}summary: .*\n {2}topics: /);
  });

  it('names the file from the URL, not from a headline that is only a kicker and an agency line (issue 36)', () => {
    const draft = written(
      newArticle('dateline.txt', '--url', 'https://monitor.example.net/reports/camp-report', '--headline', 'AFP: breaking news'),
    );
    expect(draft.id).toBe('2019-10-18-example-camp-report');
    expect(draft.review).toContain(
      'camp-report: the URL’s words "camp-report" (the headline "AFP: breaking news" is a kicker, an agency line or a link)',
    );
  });

  it('drafts from a capture with only a dateline, and leaves the headline to write', () => {
    const draft = written(newArticle('dateline.txt', '--url', 'https://monitor.example.net/reports/camp-report'));
    expect(draft.id).toBe('2019-10-18-example-camp-report');
    expect(draft.data).toMatchObject({
      draft: true,
      language: 'en',
      published: { iso: '2019-10-18' },
      publishedNote: 'The date comes from the dateline "18 October 2019".',
    });
    expect(draft.data.headline).toBeUndefined();
    expect(draft.data.publisher).toBeUndefined();
    // The dateline is split off the first paragraph's line (issue 36): furniture, so its city makes no entity.
    const [first, ...rest] = linesOf('dateline.txt');
    expect(draft.paragraphs).toEqual([first!.replace('QAMISHLO, 18 October 2019 — ', ''), ...rest]);
    expect(draft.data.capture.furniture).toEqual(['QAMISHLO, 18 October 2019 —']);
    // "al-Hawl camp" is another spelling of al-hol.
    expect(draft.data.entities).toEqual(['al-hol']);
    expect(draft.review).toContain('line 1: "QAMISHLO, 18 October 2019 —" (a dateline at the start of a paragraph)');

    expect(draft.review).toContain('¶1  al-hol (al-Hol camp), found as "al-Hawl camp"');
    expect(draft.review).toContain('¶2  "Leyla Darwish" (probably a person)');
    expect(draft.review).toContain('¶3  "Relief Coordination Council" (probably an organisation)');
    expect(draft.review).toMatch(/¶2 {2}60,000: "[^"]*\[60,000\] people were held/);
    expect(draft.review).toContain('¶1  "on Wednesday" → 16 October 2019 (Wednesday)');
    expect(draft.review).toContain('¶2  "last week" → the week of Monday 7 October 2019 to Sunday 13 October 2019');
    expect(draft.review).toMatch(/ {2}headline: no capture line looks like a headline/);
    expect(draft.review).toMatch(/ {2}publisher: no existing article is on monitor\.example\.net/);
  });

  it('sorts page furniture above and below the text into capture.furniture, and takes the publisher from an article on the same host', () => {
    written(
      newArticle(
        'url-date.txt',
        '--url',
        'https://www.northern-dispatch.example/2019/10/20/camp-count',
        '--publisher',
        'Northern Dispatch',
      ),
    );
    const draft = written(newArticle('furniture.txt', '--url', 'https://www.northern-dispatch.example/2019/10/camps-moved'));
    const lines = linesOf('furniture.txt');

    expect(draft.data).toMatchObject({
      headline: 'Women and children moved from a camp near Tal Abyad',
      publisher: { name: 'Northern Dispatch', url: 'https://www.northern-dispatch.example/' },
      published: { iso: '2019-10', precision: 'month' },
    });
    expect(draft.paragraphs).toEqual(lines.slice(5, 8));
    expect(draft.data.capture.furniture).toEqual([...lines.slice(0, 4), ...lines.slice(8)]);
    expect(draft.data.entities).toEqual(['ayn-issa', 'tel-abyad']);
    expect(draft.review).toContain('headline, ¶1  tel-abyad (Tel Abyad), found as "Tal Abyad"');
    expect(draft.review).toContain('¶2  "Idris Kobani" (probably a person)');
    expect(draft.review).toMatch(/¶1 {2}Three hundred: "\[Three hundred\] women and children/);
    expect(draft.review).toMatch(/¶2 {2}40: "[^"]*\[40\] buses/);
    expect(draft.review).toContain('¶1  "on Monday" → cannot be resolved: the publication date is known only to the month');
  });

  it('drafts a capture in Spanish: detects the language, finds Spanish spellings and resolves Spanish dates', () => {
    const draft = written(
      newArticle(
        'spanish.txt',
        '--url',
        'https://diario.example.es/internacional/2019/10/17/fuga-campo.html',
        '--publisher',
        'Diario Ejemplo',
      ),
    );
    expect(draft.id).toBe('2019-10-17-diario-ejemplo-familias-campo-ain-issa');
    expect(draft.data).toMatchObject({ language: 'es', headline: linesOf('spanish.txt')[0], published: { iso: '2019-10-17' } });
    expect(draft.paragraphs).toEqual(linesOf('spanish.txt').slice(1));
    // "Fuerzas Democráticas Sirias" and "Daesh" are aliases of sdf and islamic-state.
    expect(draft.data.entities).toEqual(['ayn-issa', 'islamic-state', 'sdf']);
    expect(draft.review).toContain('found as "Fuerzas Democráticas Sirias"');
    expect(draft.review).toContain('¶2  "Nadia Haddad" (probably a person)');
    expect(draft.review).toMatch(/¶3 {2}12\.000: "[^"]*\[12\.000\] presos[^"]*": perhaps is-fighters-held-captive/);
    expect(draft.review).toContain('¶1  "ayer" → 16 October 2019 (Wednesday)');
    expect(draft.review).toContain('¶1  "el pasado domingo" → 13 October 2019 (Sunday)');
  });

  it('writes drafts that pass every content check, the word-for-word rule included', () => {
    written(
      newArticle(
        'url-date.txt',
        '--url',
        'https://www.northern-dispatch.example/2019/10/20/camp-count',
        '--publisher',
        'Northern Dispatch',
      ),
    );
    written(newArticle('dateline.txt', '--url', 'https://monitor.example.net/reports/camp-report'));
    written(newArticle('furniture.txt', '--url', 'https://www.northern-dispatch.example/2019/10/camps-moved'));
    written(
      newArticle(
        'spanish.txt',
        '--url',
        'https://diario.example.es/internacional/2019/10/17/fuga-campo.html',
        '--publisher',
        'Diario Ejemplo',
        '--language',
        'es',
      ),
    );
    const report = checkContent(content);
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.counts).toMatchObject({ articles: 6, drafts: 4 });
  });
});

describe('npm run new-article on the shapes of real captures (issue 20)', { timeout: RUNS_TIMEOUT }, () => {
  it('a .co.uk page: breadcrumb, standfirst, byline, dateline, embedded post, agency credit, cut-off end, and a spokesman named after a city', () => {
    const draft = written(
      newArticle(
        'uk-breadcrumb.txt',
        '--url',
        'https://www.dailyexample.co.uk/news/world/camp-families-walk-out-12345?utm_source=tw&fbclid=x',
      ),
    );
    const lines = linesOf('uk-breadcrumb.txt');
    // The publisher part is the registrable domain, not "co"; the subject is the headline, not the breadcrumb.
    expect(draft.id).toBe('2019-10-13-dailyexample-families-walk-out-camp');
    expect(draft.data).toMatchObject({
      headline: lines[1],
      headlineSupplied: false,
      originalUrl: 'https://www.dailyexample.co.uk/news/world/camp-families-walk-out-12345',
      language: 'en',
      published: { iso: '2019-10-13', precision: 'day' },
      publishedNote: 'The date comes from the dateline "13 October 2019".',
    });
    // The standfirst, the paragraph ending "(APA/AFP/Reuters)" and the cut-off last paragraph stay text.
    expect(draft.paragraphs).toEqual([lines[2], lines[5], lines[6], lines[9], lines[10]]);
    expect(draft.data.capture.furniture).toEqual([lines[0], lines[3], lines[4], lines[7], lines[8], lines[11]]);
    // "Hassan Qamishlo" is a person: Qamishli is not listed.
    expect(draft.data.entities).toEqual(['ayn-issa']);
    const review = draft.review;
    expect(review.split('\n')[2]).toBe(
      `File name (it becomes the article's permanent URL, /articles/${draft.id}/, and must not change once published): ${draft.id}.md`,
    );
    expect(review).toContain("dailyexample: the site's registrable domain (www.dailyexample.co.uk)");
    expect(review).toContain('line 1: "News › World › Middle East" (a breadcrumb)');
    expect(review).toContain('line 4: "By Sam Example, Middle East correspondent" (a byline)');
    expect(review).toContain('line 5: "Sunday 13 October 2019 14:05 BST" (a dateline or time stamp)');
    expect(review).toContain('line 9: "— Sample Reporter (@samplereporter) October 13, 2019" (an embedded social-media post)');
    expect(review).toContain('¶3  "Hassan Qamishlo" (probably a person): 2 capitalised words together');
    expect(review).not.toMatch(/"(AFP|Reuters|APA)"/);
    // The embedded post is furniture, but reads like prose: its number is reviewed too.
    expect(review).toMatch(/In furniture lines that read like prose[^\n]*\n {2}line 8 {2}number 300: "[^"]*where \[300\] families went/);
    expect(review).toMatch(/¶3 {2}950: "[^"]*\[950\] people had been held[^"]*": new figure\?/);
    expect(review).toMatch(/¶4 {2}700: "[^"]*\[700\] people had escaped[^"]*": perhaps ayn-issa-escapees/);
    expect(review).toContain('¶2  "on Sunday" → 13 October 2019 (Sunday)');
  });

  it('a French page: the dateline "Le dimanche 13 octobre 2019 à 13:39 - Mis à jour …" is furniture, never the headline', () => {
    const draft = written(
      newArticle('french-dateline.txt', '--url', 'https://www.journal-exemple.fr/international/evasion-camp-syrie_123.html'),
    );
    const lines = linesOf('french-dateline.txt');
    expect(draft.id).toBe('2019-10-13-journal-exemple-syrie-familles-jihadistes-quittent');
    expect(draft.data).toMatchObject({
      headline: lines[1],
      language: 'fr',
      published: { iso: '2019-10-13' },
      publishedNote: 'The date comes from the dateline "13 octobre 2019".',
    });
    expect(draft.paragraphs).toEqual([lines[4], lines[5]]);
    expect(draft.data.capture.furniture).toEqual([lines[0], lines[2], lines[3], lines[6]]);
    // "l'État islamique" is the Islamic State's French name, one of its aliases.
    expect(draft.data.entities).toEqual(['ayn-issa', 'islamic-state']);
    expect(draft.review).toContain('¶1  "Syrie": capitalised mid-sentence');
    expect(draft.review).not.toContain('"Issa"');
    expect(draft.review).toMatch(/¶2 {2}785: "[^"]*\[785\] personnes se sont enfuies[^"]*": perhaps ayn-issa-escapees/);
    expect(draft.review).toContain('¶1  "dimanche" → 13 October 2019 (Sunday)');
  });

  it('a German page full of capitalised nouns: only the real name is listed, offered as a known place in another spelling', () => {
    const draft = written(
      newArticle(
        'german-nouns.txt',
        '--url',
        'https://www.zeitung-beispiel.de/politik/ausland/syrien-lager-flucht-100.html',
        '--publisher',
        'Zeitung Beispiel',
      ),
    );
    const lines = linesOf('german-nouns.txt');
    expect(draft.id).toBe('2019-10-14-zeitung-beispiel-hunderte-frauen-kinder-fliehen');
    expect(draft.data).toMatchObject({
      headline: lines[1],
      language: 'de',
      published: { iso: '2019-10-14' },
      publishedNote: 'The date comes from the dateline "14.10.2019".',
    });
    expect(draft.paragraphs).toEqual(lines.slice(2));
    expect(draft.data.capture.furniture).toEqual([lines[0]]);
    // "Tel Abjad" is offered as Tel Abyad, not listed until the alias is added.
    expect(draft.data.entities).toEqual(['ayn-issa']);
    expect(draft.review).toContain('¶2  "Tel Abjad" looks like "Tel Abyad" (tel-abyad)');
    expect(draft.review).toMatch(/Names the archive does not know yet[^\n]*\n {2}\(none\)/);
    expect(draft.review).toMatch(/¶3 {2}12\.000: "[^"]*\[12\.000\] Menschen[^"]*": new figure\?/);
    expect(draft.review).toContain('¶1  "am Sonntag" → 13 October 2019 (Sunday)');
  });

  it('a .com.tr page without a date: the registrable domain, "Save the Children" as one name, and the date from --published', () => {
    const url = 'https://www.haber-ornek.com.tr/english/camp-hunger-warning-456';
    const draft = written(newArticle('turkish-host.txt', '--url', url, '--published', '2019-10-15'));
    expect(draft.id).toBe('2019-10-15-haber-ornek-aid-groups-warn-hunger');
    expect(draft.data).toMatchObject({ language: 'en', published: { iso: '2019-10-15' } });
    expect(draft.review).toContain('"Save the Children"');
    expect(draft.review).not.toMatch(/"(Save|Children|Turkey-backed)"/);
    expect(draft.review).toContain('¶1  "on Tuesday" → 15 October 2019 (Tuesday)');
  });

  it('an Arabic page: language, Arabic names, Eastern Arabic digits, "ألف", Arabic relative dates and furniture; --slug for the file name', () => {
    // The search helper gives entities their Arabic names; this copy gives Ayn Issa its own.
    const entityFile = join(content, 'entities/ayn-issa.yaml');
    writeFileSync(entityFile, readFileSync(entityFile, 'utf8').replace(/^aliases: \[(.*)\]$/m, 'aliases: [$1, عين عيسى]'));
    const url = ['--url', 'https://www.arabi-mithal.net/news/2019/10/14/1234567'];
    const refused = newArticle('arabic.txt', ...url);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /^new-article: the headline "[^"]+" has no words in Latin letters for the file name, nor has the URL; nothing was written: pass --slug/,
    );

    const draft = written(newArticle('arabic.txt', ...url, '--slug', 'ayn-issa-escape'));
    const lines = linesOf('arabic.txt');
    expect(draft.id).toBe('2019-10-14-arabi-mithal-ayn-issa-escape');
    expect(draft.data).toMatchObject({ headline: lines[1], language: 'ar', published: { iso: '2019-10-14' } });
    expect(draft.paragraphs).toEqual([lines[3], lines[4]]);
    expect(draft.data.capture.furniture).toEqual([lines[0], lines[2], lines[5]]);
    expect(draft.data.entities).toEqual(['ayn-issa']);
    expect(draft.review).toContain('headline, ¶1  ayn-issa (Ayn Issa), found as "عين عيسى"');
    expect(draft.review).toContain('cannot be listed: the text is not in Latin script');
    expect(draft.review).toMatch(/¶1 {2}٧٥٠: "[^"]*\[٧٥٠\] شخصا فروا[^"]*": probably ayn-issa-escapees/);
    expect(draft.review).toMatch(/¶2 {2}١٢ ألف: "[^"]*": new figure\?/);
    expect(draft.review).toContain('¶1  "يوم الأحد الماضي" → 13 October 2019 (Sunday)');
    expect(draft.review).toContain('¶2  "الأسبوع الماضي" → the week of Monday 7 October 2019 to Sunday 13 October 2019');
  });

  it('stops and asks for --language when the language is unsure, before writing anything', () => {
    const short = join(content, '..', 'short.txt');
    writeFileSync(short, 'Ain Issa camp families left on Sunday, officials said.\n');
    const before = snapshot(content);
    const result = runScript('new-article.ts', [short, '--url', 'https://example.org/x', '--content-dir', content, '--today', TODAY]);
    expect(result.status).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^new-article: the language is unsure \(.*\); nothing was written: pass --language/),
    ]);
    expect(snapshot(content)).toEqual(before);
  });

  it('check-content flags an undated- name on an article that has a date, and the drafts of real shapes pass every other check', () => {
    const undated = written(newArticle('turkish-host.txt', '--url', 'https://www.haber-ornek.com.tr/english/camp-hunger-warning-456'));
    expect(undated.id).toBe('undated-haber-ornek-aid-groups-warn-hunger');
    written(newArticle('uk-breadcrumb.txt', '--url', 'https://www.dailyexample.co.uk/news/world/camp-families-walk-out-12345'));
    written(
      newArticle(
        'german-nouns.txt',
        '--url',
        'https://www.zeitung-beispiel.de/politik/ausland/syrien-lager-flucht-100.html',
        '--publisher',
        'Zeitung Beispiel',
      ),
    );
    expect(checkContent(content).problems.map(formatProblem)).toEqual([]);
    const file = join(content, 'articles', `${undated.id}.md`);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('archived:', 'published: "2019-10-15"\npublishedNote: From the page.\narchived:'),
    );
    expect(checkContent(content).problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /undated-haber-ornek-aid-groups-warn-hunger\.md.*published.*file name starts "undated-".*rename it and its capture to 2019-10-15-haber-ornek-aid-groups-warn-hunger/,
      ),
    ]);
  });

  it('refuses a URL archived already under www-less, AMP or tracking variants', () => {
    for (const variant of [
      'https://elmundo.es/internacional/2019/10/16/5da7335d21efa036718b468f.html',
      'https://www.elmundo.es/amp/internacional/2019/10/16/5da7335d21efa036718b468f.html?utm_source=x',
    ]) {
      const before = snapshot(content);
      const result = newArticle('url-date.txt', '--url', variant, '--publisher', 'El Mundo');
      expect(result.stderr).toMatch(/^new-article: .* is already archived by .*2019-10-16-el-mundo-ayn-issa-escape\.md\n$/);
      expect(snapshot(content)).toEqual(before);
    }
  });

  it('reads a UTF-16 capture with a byte-order mark, and names the right conversion for one without', () => {
    const text = readFileSync(join(FIXTURES, 'url-date.txt'), 'utf8');
    const withBom = join(content, '..', 'utf16.txt');
    writeFileSync(withBom, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const draft = written(
      newArticle(withBom, '--url', 'https://www.northern-dispatch.example/2019/10/20/camp-count', '--publisher', 'Northern Dispatch'),
    );
    expect(draft.paragraphs).toEqual(linesOf('url-date.txt').slice(1));
    const noBom = join(content, '..', 'utf16-nobom.txt');
    writeFileSync(noBom, Buffer.from(text, 'utf16le'));
    const result = newArticle(noBom, '--url', 'https://example.org/other');
    expect(result.stderr).toMatch(
      /^new-article: the capture .*utf16-nobom\.txt is not UTF-8 text; convert it \(e\.g\. iconv -f UTF-16 -t UTF-8\)/,
    );
  });

  it('sets headlineSupplied only for the archive’s own words: --headline is the publisher’s, --own-headline the archive’s', () => {
    const args = ['--url', 'https://monitor.example.net/reports/camp-report'];
    const publishers = written(newArticle('dateline.txt', ...args, '--headline', 'Families at al-Hawl wait for news'));
    expect(publishers.data).toMatchObject({ headline: 'Families at al-Hawl wait for news', headlineSupplied: false });
    expect(publishers.review).toContain(
      'from --headline, the publisher’s words; no capture line has it: check it against the original page',
    );
    const own = written(
      newArticle(
        'dateline.txt',
        '--url',
        'https://monitor.example.net/reports/camp-report-2',
        '--own-headline',
        'Families wait at the camp',
      ),
    );
    expect(own.data).toMatchObject({ headline: 'Families wait at the camp', headlineSupplied: true });
  });
});

describe('npm run new-article with bad input', { timeout: RUNS_TIMEOUT }, () => {
  const url = ['--url', 'https://www.northern-dispatch.example/2019/10/20/camp-count'];

  /** Runs the command and checks it failed with one line and left the content as it was. */
  function refuses(args: () => string[], message: RegExp) {
    const before = snapshot(content);
    const result = runScript('new-article.ts', [...args(), '--content-dir', content, '--today', TODAY]);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(message)]);
    expect(snapshot(content)).toEqual(before);
  }

  it('refuses a missing capture', () =>
    refuses(() => [join(FIXTURES, 'no-such-capture.txt'), ...url], /^new-article: the capture .*no-such-capture\.txt does not exist$/));

  it('refuses an empty capture', () => {
    const empty = join(content, '..', 'empty.txt');
    writeFileSync(empty, '\n  \n');
    refuses(() => [empty, ...url], /^new-article: the capture .*empty\.txt is empty$/);
  });

  it('names Windows-1256 for an Arabic capture saved in it, and Windows-1252 for a Western one', () => {
    const arabic = join(content, '..', 'arabic-1256.txt');
    // "فر المحتجزون من مخيم الهول" in Windows-1256, with a Latin line beside it.
    writeFileSync(
      arabic,
      Buffer.from([
        0xe1, 0xd1, 0x20, 0xc7, 0xe1, 0xe3, 0xcd, 0xca, 0xcc, 0xd2, 0xe6, 0xe4, 0x20, 0xe3, 0xe4, 0x20, 0xe3, 0xce, 0xed, 0xe3, 0x20, 0xc7,
        0xe1, 0xe5, 0xe6, 0xe1, 0x0a, 0x41, 0x4c, 0x2d, 0x48, 0x4f, 0x4c, 0x0a,
      ]),
    );
    refuses(
      () => [arabic, ...url],
      /^new-article: the capture .*arabic-1256\.txt is not UTF-8 text; convert it \(e\.g\. iconv -f WINDOWS-1256 -t UTF-8\)/,
    );
  });

  it('refuses a capture that is not UTF-8', () => {
    const latin1 = join(content, '..', 'latin1.txt');
    writeFileSync(latin1, Buffer.from('Families left the camp near Ain Issa on Sunday, caf\xe9 owners said.\n', 'latin1'));
    refuses(() => [latin1, ...url], /^new-article: the capture .*latin1\.txt is not UTF-8 text/);
  });

  it('refuses a URL that is not http(s)', () =>
    refuses(
      () => [join(FIXTURES, 'url-date.txt'), '--url', 'ftp://example.org/2019/10/20/x'],
      /^new-article: --url "ftp:\/\/example\.org\/2019\/10\/20\/x" is not an http or https URL$/,
    ));

  it('refuses a language that is not a BCP 47 tag', () =>
    refuses(
      () => [join(FIXTURES, 'url-date.txt'), ...url, '--language', 'en_GB'],
      /^new-article: --language "en_GB" is not a BCP 47 language tag/,
    ));

  it('refuses to overwrite a file that exists already', () => {
    written(newArticle('url-date.txt', ...url, '--publisher', 'Northern Dispatch'));
    // Another URL on the same day and outlet with the same headline gives the same file name.
    refuses(
      () => [
        join(FIXTURES, 'url-date.txt'),
        '--url',
        'https://www.northern-dispatch.example/2019/10/20/camp-count-updated',
        '--publisher',
        'Northern Dispatch',
      ],
      /^new-article: .*2019-10-20-northern-dispatch-camp-officials-count-those\.(md|txt) exists already/,
    );
  });

  it('refuses a capture over the size limit before reading it', () => {
    const huge = join(content, '..', 'huge.txt');
    writeFileSync(huge, 'A line of a page that goes on and on.\n'.repeat(160_000));
    refuses(() => [huge, ...url], /^new-article: the capture .*huge\.txt is 5\.8 MB; .*the limit is 5 MB.*nothing was written$/);
  });

  it('refuses a URL with a user name or password', () =>
    refuses(
      () => [join(FIXTURES, 'url-date.txt'), '--url', 'https://editor:secret@www.northern-dispatch.example/2019/10/20/camp-count'],
      /^new-article: --url: the URL holds a user name or password \("editor:…@"\)/,
    ));

  it('lets only one of two runs at once on one URL write a draft', async () => {
    const before = snapshot(content);
    const run = (capture: string) =>
      new Promise<number>((resolve) => {
        const child = spawn(
          process.execPath,
          [join(ROOT, 'scripts/new-article.ts'), join(FIXTURES, capture), ...url, '--content-dir', content, '--today', TODAY],
          { cwd: ROOT, stdio: 'ignore' },
        );
        child.on('exit', (code) => resolve(code ?? 1));
      });
    const statuses = await Promise.all([run('url-date.txt'), run('dateline.txt')]);
    expect(statuses.filter((status) => status === 0)).toHaveLength(1);
    const added = [...snapshot(content).keys()].filter((file) => !before.has(file));
    expect(added.filter((file) => file.startsWith('articles/'))).toHaveLength(1);
    expect(added.filter((file) => file.startsWith('.'))).toEqual([]);
  });

  it.for([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('stops on %s once it holds its claim, removing the claim and writing nothing', async ([signal, status]) => {
    const before = snapshot(content);
    // A long capture, so the run is still drafting when the signal comes.
    const long = join(content, '..', 'long.txt');
    const paragraph =
      'Officials at the camp near Ain Issa said on Sunday that families had left during the night and that more were expected.';
    writeFileSync(long, `${Array.from({ length: 600 }, (_, index) => `${paragraph} Report ${index + 1}.`).join('\n\n')}\n`);
    const child = spawn(
      process.execPath,
      [join(ROOT, 'scripts/new-article.ts'), long, ...url, '--content-dir', content, '--today', TODAY],
      { cwd: ROOT },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Wait for the claim (a dot file in the content folder), then interrupt.
    const claimed = () => readdirSync(content).some((name) => name.startsWith('.new-article-'));
    for (let waited = 0; !claimed() && waited < 60_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(claimed()).toBe(true);
    child.kill(signal);
    expect(await exited).toBe(status);
    expect(stderr).toBe(`new-article: stopped by ${signal}; nothing was written\n`);
    expect(snapshot(content)).toEqual(before);
  });

  it('refuses a URL the archive already holds', () =>
    refuses(
      () => [join(FIXTURES, 'url-date.txt'), '--url', 'https://www.elmundo.es/internacional/2019/10/16/5da7335d21efa036718b468f.html'],
      /^new-article: .* is already archived by .*2019-10-16-el-mundo-ayn-issa-escape\.md$/,
    ));
});
