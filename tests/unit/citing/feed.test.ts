import { describe, expect, it } from 'vitest';
import { feedChannelExtras, feedItemExtras, lastChanged } from '../../../src/lib/citing/feed.ts';
import { toPartialDate } from '../../../src/lib/core/dates.ts';

describe('the feed extras', () => {
  it('date the channel by its newest archived copy, not by the clock', () => {
    expect(lastChanged([toPartialDate('2024-05-02'), toPartialDate('2025-01-31'), toPartialDate('2023-12-01')])).toBe(
      'Fri, 31 Jan 2025 00:00:00 GMT',
    );
    expect(lastChanged([])).toBeNull();
  });

  it('give the channel its language, last change and own address', () => {
    expect(
      feedChannelExtras({ language: 'en', selfUrl: 'https://a.example/rss.xml?x=1&y=2', archivedDates: [toPartialDate('2024-05-02')] }),
    ).toBe(
      '<language>en</language><lastBuildDate>Thu, 02 May 2024 00:00:00 GMT</lastBuildDate><atom:link href="https://a.example/rss.xml?x=1&amp;y=2" rel="self" type="application/rss+xml"/>',
    );
  });

  it('give each item its publisher, and authors only where known, escaped', () => {
    expect(feedItemExtras({ publisher: 'Smith & <Sons>' })).toBe('<dc:publisher>Smith &amp; &lt;Sons&gt;</dc:publisher>');
    expect(feedItemExtras({ publisher: 'P', authors: ['García, Ana'] })).toBe(
      '<dc:publisher>P</dc:publisher><dc:creator>García, Ana</dc:creator>',
    );
  });
});
