import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { eventSchema } from '../../src/schemas/event.ts';
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
    // Years before 100 are ordinary years, not 1900–1999 (Date.UTC's reading).
    expect(partialDate.safeParse('0004-02-29').success).toBe(true);
    const event = eventSchema.safeParse(yaml('title: T\ndate: 2019-02-30\nsources: [{ article: a, paragraph: 1, quote: q }]'));
    expect(event.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([expect.stringMatching(/^date: put the date in quotes/)]);
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
      capture: { file: 'captures/x.txt' },
    });
    const fields = article.error?.issues.filter((issue) => /plain text/.test(issue.message)).map((issue) => issue.path.join('.'));
    expect(fields).toEqual(['headline', 'publisher.name', 'summary']);
  });
});
