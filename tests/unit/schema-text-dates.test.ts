import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { parsePartialDate } from '../../src/lib/core/dates.ts';
import { partialDate, plainText } from '../../src/schemas/shared.ts';

/** Reads YAML as Astro's loader does: YAML 1.2 with timestamps, so an unquoted date becomes a Date. */
const yaml = (text: string): unknown => parseDocument(text, { customTags: ['timestamp'] }).toJS();

describe('dates as written', () => {
  it.each(['2019-02-29', '2019-13-01', '2019-10-32', '2019-10-16T01:30:00+05:00', '2019-10-16'])(
    'refuse the unquoted YAML date %s, asking for quotes, instead of turning it into another day',
    (written) => {
      const result = partialDate.safeParse((yaml(`d: ${written}`) as { d: unknown }).d);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/put the date in quotes/);
    },
  );

  it('accept the quoted forms at their precision, and an unquoted year', () => {
    expect(partialDate.parse('2019-10-16').iso).toBe('2019-10-16');
    expect(partialDate.parse('2019-10').precision).toBe('month');
    expect(partialDate.parse((yaml('d: 2019') as { d: unknown }).d).iso).toBe('2019');
  });

  it('refuse a quoted date with a time or a zone, and impossible days, in every collection', () => {
    expect(partialDate.safeParse('2019-10-16T01:30:00+05:00').success).toBe(false);
    expect(partialDate.safeParse('2019-02-29').error?.issues[0]?.message).toMatch(/February 2019 has 28 days/);
    expect(partialDate.safeParse('2020-02-29').success).toBe(true);
    // Years before 100 are ordinary years, not 1900–1999 (Date.UTC's reading), and earlier than anything the archive records.
    expect(parsePartialDate('0004-02-29')).toMatchObject({ year: 4, day: 29 });
    expect(partialDate.safeParse('0019-10-13').error?.issues[0]?.message).toMatch(/the year 0019 is before 1900/);
    expect(partialDate.safeParse('1900').success).toBe(true);
    const event = eventSchema.safeParse(yaml('title: T\ndate: 2019-02-30\nsources: [{ article: a, paragraph: 1, quote: q }]'));
    expect(event.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      expect.stringMatching(/^date: put the date in quotes/),
    ]);
  });
});

describe('plain-text fields', () => {
  it.each(['<img src=x onerror=alert(1)>', 'A </b> tag', '<!-- hidden -->', 'Fish &amp; chips', 'Tab&#9;'])('refuse markup: %s', (text) => {
    expect(plainText.safeParse(text).error?.issues[0]?.message).toMatch(/plain text only/);
  });

  it('accept < and & on their own', () => {
    for (const text of ['Q&A', 'fewer than <5% of them', 'AT&T and more']) expect(plainText.parse(text)).toBe(text);
  });

  it('apply to the headline, summary and publisher name of an article', () => {
    const article = articleSchema.safeParse({
      headline: 'Hi <b>there</b>',
      publisher: { name: '<img src=x>', url: 'https://example.org/' },
      originalUrl: 'https://example.org/a',
      language: 'en',
      published: '2019-10-16',
      archived: '2026-01-01',
      summary: 'S <script>',
      topics: ['t'],
      capture: { file: 'captures/x.txt', sha256: 'a'.repeat(64) },
    });
    const fields = article.error?.issues.filter((issue) => /plain text/.test(issue.message)).map((issue) => issue.path.join('.'));
    expect(fields).toEqual(['headline', 'publisher.name', 'summary']);
  });
});

describe('plain text is plain', () => {
  it.each([
    ['a vertical tab', 'Escape\u000Bnow', /a control character \(U\+000B\) at character 7/],
    ['a C1 control', 'Escape\u0085now', /a control character \(U\+0085\)/],
    ['a right-to-left override', 'al-Hol \u202Ecamp', /a bidirectional control character \(U\+202E\) at character 8/],
    ['a first-strong isolate', '\u2068Raqqa\u2069', /bidirectional control character \(U\+2068\)/],
    ['a no-break space alone', '\u00A0', /only white space/],
    ['a space alone', ' ', /only white space/],
    ['a Cyrillic letter in a Latin word', 'al-Hоl camp', /"Hоl" mixes Latin letters with Cyrillic "о" \(U\+043E\)/],
    ['a Greek letter in a Latin word', 'Rαqqa', /"Rαqqa" mixes Latin letters with Greek "α" \(U\+03B1\)/],
  ])('refuse %s', (_name, text, message) => {
    expect(plainText.safeParse(text).error?.issues.map((issue) => issue.message)).toEqual([expect.stringMatching(message)]);
  });

  it('accept Arabic, Cyrillic and Greek words of their own, line breaks and tabs', () => {
    for (const text of ['مخيم الهول', 'Москва and Athens', 'Αθήνα', 'two lines\nof text', 'a\ttab', 'café 5 µm'])
      expect(plainText.parse(text)).toBe(text);
  });
});

describe('schema rules on ids, languages, URLs and event dates', () => {
  const article = {
    headline: 'H',
    publisher: { name: 'P', url: 'https://example.org/' },
    originalUrl: 'https://example.org/a',
    language: 'en',
    published: '2019-10-16',
    archived: '2026-01-01',
    summary: 'S',
    topics: ['t'],
    capture: { file: 'captures/x.txt', sha256: 'a'.repeat(64) },
  };
  const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

  it('refuse an id listed twice, naming the second listing', () => {
    expect(issues(articleSchema.safeParse({ ...article, entities: ['al-hol', 'raqqa', 'al-hol'] }))).toEqual([
      'entities.2: "al-hol" is listed twice (first at [0]); list each once',
    ]);
    const event = {
      title: 'T',
      date: '2019-10-13',
      places: ['a', 'a'],
      actors: ['b', 'b'],
      topics: ['c', 'c'],
      sources: [{ article: 'x', paragraph: 1, quote: 'q' }],
    };
    expect(issues(eventSchema.safeParse(event)).map((line) => line.split(':')[0])).toEqual(['places.1', 'actors.1', 'topics.1']);
  });

  it('refuse a language tag that matches the pattern but is not BCP 47', () => {
    expect(issues(articleSchema.safeParse({ ...article, language: 'en-gb-gb' }))).toEqual([
      expect.stringMatching(/^language: not a valid BCP 47 language tag/),
    ]);
    expect(articleSchema.safeParse({ ...article, language: 'en-GB' }).success).toBe(true);
  });

  it('refuse a URL with a user name or password, in every URL field', () => {
    const found = issues(
      articleSchema.safeParse({
        ...article,
        originalUrl: 'https://user:password@example.org/a',
        publisher: { name: 'P', url: 'https://admin@example.org/' },
      }),
    );
    expect(found).toEqual([
      'publisher.url: the URL holds a user name or password ("admin@"); they would be published, so remove them',
      'originalUrl: the URL holds a user name or password ("user:…@"); they would be published, so remove them',
    ]);
  });

  it('refuse an event that ends before it begins', () => {
    const event = { title: 'T', date: '2019-10-13', endDate: '2010', sources: [{ article: 'x', paragraph: 1, quote: 'q' }] };
    expect(issues(eventSchema.safeParse(event))).toEqual(['endDate: endDate (2010) is before date (2019-10-13)']);
    expect(eventSchema.safeParse({ ...event, date: '2010', endDate: '2013' }).success).toBe(true);
  });
});
