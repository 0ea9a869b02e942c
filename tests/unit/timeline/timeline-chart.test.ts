import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { comparePartialDates, formatPartialDate, toPartialDate, type PartialDate } from '../../../src/lib/core/dates.ts';
import {
  layoutTimeline,
  renderTimelineSvg,
  timelineCaption,
  type TimelineArticleInput,
  type TimelineEventInput,
  type TimelineLayout,
  type TimelineMark,
} from '../../../src/lib/timeline/timeline-chart.ts';
import { groupTimeline } from '../../../src/lib/timeline/timeline.ts';

const d = toPartialDate;

/** The archive's events today: ranges in 2010–2013, vague dates in 2019, days in October 2019. */
const EVENTS: TimelineEventInput[] = [
  {
    id: '2010-iraq-prison-breakouts',
    title: 'Extremists break out of Iraqi prisons after US forces leave.',
    date: d('2010'),
    endDate: d('2013'),
    approximate: false,
  },
  {
    id: '2012-breaking-the-walls',
    title: 'The precursors of IS run the "Breaking the walls" campaign.',
    date: d('2012'),
    endDate: d('2013'),
    approximate: false,
  },
  {
    id: '2019-10-09-turkish-offensive-begins',
    title: 'Turkey launches its offensive into northeast Syria.',
    date: d('2019-10-09'),
    approximate: false,
  },
  {
    id: '2019-10-13-ayn-issa-escape',
    title: 'Women linked to IS and their children escape the camp at Ayn Issa.',
    date: d('2019-10-13'),
    approximate: false,
  },
  {
    id: '2019-10-14-akar-tel-abyad-claim',
    title: "Turkey's defence minister accuses the SDF of emptying an IS prison.",
    date: d('2019-10-14'),
    approximate: false,
  },
  {
    id: '2019-10-us-withdrawal-announced',
    title: 'President Trump announces the withdrawal of US troops.',
    date: d('2019-10'),
    approximate: true,
  },
  {
    id: '2019-al-hol-is-court',
    title: 'Women in al-Hol camp are reported to have founded an IS court.',
    date: d('2019'),
    approximate: true,
  },
  { id: '2019-qamishli-car-bomb', title: 'A car bomb explodes in Qamishli.', date: d('2019'), approximate: true },
];

const ARTICLES: TimelineArticleInput[] = [
  { id: '2019-10-16-el-mundo-ayn-issa-escape', headline: 'Escape from Ayn Issa camp & fears of an IS revival', published: d('2019-10-16') },
  { id: '2019-10-leiden-bakker-is-prisoner-breakouts', headline: 'IS prisoner breakouts', published: d('2019-10') },
];

const TIMELINE_GZIP_BUDGET = 4_000;

const render = (layout: TimelineLayout) => renderTimelineSvg(layout, { idPrefix: 'tl', title: 'Timeline' });

const byId = (layout: TimelineLayout, id: string) => layout.marks.find((mark) => mark.id === id)!;

/** A small deterministic pseudo-random generator (an LCG), so the synthetic test is repeatable. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

/** `count` events spread over 1995–2024 at every precision, a fifth of them ranges. */
function syntheticEvents(count: number): TimelineEventInput[] {
  const next = random(42);
  const pad = (n: number) => String(n).padStart(2, '0');
  return Array.from({ length: count }, (_, index) => {
    const year = 1995 + Math.floor(next() * 30);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const precision = next();
    const date: PartialDate =
      precision < 0.1 ? d(`${year}`) : precision < 0.3 ? d(`${year}-${pad(month)}`) : d(`${year}-${pad(month)}-${pad(day)}`);
    const endDate = next() < 0.2 ? d(`${year + Math.floor(next() * 3)}`) : undefined;
    return {
      id: `synthetic-${index}`,
      title: `Synthetic event ${index}`,
      date,
      ...(endDate ? { endDate } : {}),
      approximate: next() < 0.1,
    };
  });
}

describe('layoutTimeline on the archive as it is', () => {
  const layout = layoutTimeline(EVENTS, ARTICLES);

  it('zooms into October 2019, where most marks cluster, and keeps the rest in the overview', () => {
    expect(layout.zoomWindow?.month).toBe('2019-10');
    expect(layout.bands.map((band) => band.kind)).toEqual(['overview', 'zoom']);
    const inBand = (band: string) =>
      layout.marks
        .filter((mark) => mark.band === band)
        .map((mark) => mark.id)
        .sort();
    expect(inBand('zoom')).toEqual([
      '2019-10-09-turkish-offensive-begins',
      '2019-10-13-ayn-issa-escape',
      '2019-10-14-akar-tel-abyad-claim',
      '2019-10-16-el-mundo-ayn-issa-escape',
      '2019-10-leiden-bakker-is-prisoner-breakouts',
      '2019-10-us-withdrawal-announced',
    ]);
    expect(inBand('overview')).toEqual([
      '2010-iraq-prison-breakouts',
      '2012-breaking-the-walls',
      '2019-al-hol-is-court',
      '2019-qamishli-car-bomb',
    ]);
  });

  it.each(['overview', 'zoom'])('places marks in date order along the %s axis', (band) => {
    const marks = layout.marks.filter((mark) => mark.band === band).sort((a, b) => comparePartialDates(a.date, b.date));
    expect(marks.length).toBeGreaterThan(1);
    for (let i = 1; i < marks.length; i++) {
      const [earlier, later] = [marks[i - 1]!, marks[i]!];
      const order = comparePartialDates(earlier.date, later.date);
      // Strictly later dates lie strictly further right; a month starts where its first day starts.
      if (order < 0 && earlier.date.precision === later.date.precision) expect(later.x1, later.id).toBeGreaterThan(earlier.x1);
      else expect(later.x1, later.id).toBeGreaterThanOrEqual(earlier.x1);
      expect(later.x + later.width / 2, later.id).toBeGreaterThanOrEqual(earlier.x);
    }
  });

  it('spreads the October days out: a day in the zoom band is many times wider than in the overview', () => {
    const day = byId(layout, '2019-10-13-ayn-issa-escape');
    expect(day.x2 - day.x1).toBeGreaterThan(15);
    expect(byId(layout, '2019-10-14-akar-tel-abyad-claim').x1 - day.x1).toBeCloseTo(day.x2 - day.x1);
  });

  it('lists marks in date order, so keyboard focus moves through time', () => {
    const dates = layout.marks.map((mark) => mark.date);
    expect([...dates].sort(comparePartialDates)).toEqual(dates);
  });

  it('links every event and article once, to its fragment on the timeline page', () => {
    expect(layout.marks).toHaveLength(EVENTS.length + ARTICLES.length);
    for (const event of EVENTS) expect(byId(layout, event.id).href).toBe(`#event-${event.id}`);
    for (const article of ARTICLES) expect(byId(layout, article.id).href).toBe(`#article-${article.id}`);
    const svg = render(layout);
    for (const mark of layout.marks) {
      expect(svg.split(`href="${mark.href}"`)).toHaveLength(2);
    }
    expect(svg.match(/<a /g)).toHaveLength(layout.marks.length);
  });

  it('names each link with what happened and when, at the precision known', () => {
    expect(byId(layout, '2010-iraq-prison-breakouts').label).toBe(
      'Extremists break out of Iraqi prisons after US forces leave., 2010 to 2013',
    );
    expect(byId(layout, '2019-al-hol-is-court').label).toBe(
      `Women in al-Hol camp are reported to have founded an IS court., ${formatPartialDate(d('2019'))} (approximate)`,
    );
    expect(byId(layout, '2019-10-13-ayn-issa-escape').label).toContain('13 October 2019');
    expect(byId(layout, '2019-10-leiden-bakker-is-prisoner-breakouts').label).toBe(
      'Article: IS prisoner breakouts, published October 2019',
    );
    const svg = render(layout);
    expect(svg).toContain(
      '<a class="tl-event" href="#event-2019-10-13-ayn-issa-escape" aria-label="Women linked to IS and their children escape the camp at Ayn Issa., 13 October 2019"><title>Women linked to IS and their children escape the camp at Ayn Issa., 13 October 2019</title><circle',
    );
    // Text is escaped.
    expect(svg).toContain('Escape from Ayn Issa camp &amp; fears');
  });

  it('draws spans as bars wider than day marks, and days as dots', () => {
    const range = byId(layout, '2010-iraq-prison-breakouts');
    const day = byId(layout, '2019-10-13-ayn-issa-escape');
    expect(range.shape).toBe('bar');
    expect(day.shape).toBe('dot');
    expect(range.width).toBeGreaterThan(day.width * 5);
    // Within one band too: the month spans the zoom band, far wider than a day in it.
    expect(byId(layout, '2019-10-us-withdrawal-announced').width).toBeGreaterThan(day.width * 5);
  });

  it('draws dates known only to the year or month, and approximate ones, as imprecise', () => {
    const imprecise = (id: string) => byId(layout, id).imprecise;
    expect(imprecise('2019-al-hol-is-court')).toBe(true);
    expect(imprecise('2019-10-us-withdrawal-announced')).toBe(true);
    expect(imprecise('2019-10-leiden-bakker-is-prisoner-breakouts')).toBe(true);
    expect(imprecise('2010-iraq-prison-breakouts')).toBe(false);
    expect(imprecise('2019-10-13-ayn-issa-escape')).toBe(false);
    expect(render(layout)).toContain('<a class="tl-event tl-imprecise" href="#event-2019-al-hol-is-court"');
    // A lone year is imprecise even when not flagged approximate; a span of years is a duration, not a guess.
    const vague = layoutTimeline([{ id: 'vague', title: 'Vague', date: d('2015'), approximate: false }], []);
    expect(byId(vague, 'vague').imprecise).toBe(true);
  });

  it('stacks overlapping marks in separate lanes', () => {
    const [a, b] = [byId(layout, '2019-al-hol-is-court'), byId(layout, '2019-qamishli-car-bomb')];
    expect(a.lane).not.toBe(b.lane);
    expect(a.y).not.toBe(b.y);
    // Events above the axis, articles below.
    const zoom = layout.bands[1]!;
    expect(byId(layout, '2019-10-13-ayn-issa-escape').y + 8).toBeLessThanOrEqual(zoom.axisY);
    expect(byId(layout, '2019-10-16-el-mundo-ayn-issa-escape').y).toBeGreaterThanOrEqual(zoom.axisY);
  });

  it('gives identical output across calls and whatever the input order', () => {
    const first = render(layout);
    expect(render(layoutTimeline(EVENTS, ARTICLES))).toBe(first);
    expect(render(layoutTimeline([...EVENTS].reverse(), [...ARTICLES].reverse()))).toBe(first);
  });

  it(`stays under ${TIMELINE_GZIP_BUDGET} bytes gzipped`, () => {
    expect(gzipSync(render(layout)).length).toBeLessThan(TIMELINE_GZIP_BUDGET);
  });

  it('uses classes, never inline styles or scripts', () => {
    expect(render(layout)).not.toMatch(/style=|<style|<script|\son\w+=/);
  });

  it('explains itself in the caption, naming the zoomed month', () => {
    expect(timelineCaption(layout)).toContain('spreads out October 2019 day by day');
  });
});

describe('layoutTimeline in other shapes', () => {
  it('has no zoom band when no month is dense, or when asked for none', () => {
    const sparse = layoutTimeline(EVENTS.slice(0, 3), []);
    expect(sparse.bands.map((band) => band.kind)).toEqual(['overview']);
    expect(sparse.zoomWindow).toBeUndefined();
    expect(layoutTimeline(EVENTS, ARTICLES, { zoomMonth: null }).bands).toHaveLength(1);
    expect(timelineCaption(sparse)).toContain('The band shows the years.');
  });

  it('draws nothing for nothing', () => {
    const empty = layoutTimeline([], []);
    expect(empty.marks).toEqual([]);
    expect(render(empty)).toBe('');
  });

  it('rejects a malformed zoom month', () => {
    expect(() => layoutTimeline(EVENTS, [], { zoomMonth: '2019-13' })).toThrow(RangeError);
  });

  it('scales to 2,000 events with every mark inside the viewBox and a bounded height', () => {
    const events = syntheticEvents(2_000);
    const layout = layoutTimeline(events, ARTICLES);
    expect(layout.marks).toHaveLength(2_002);
    expect(layout.height).toBeLessThan(400);
    const outside = (mark: TimelineMark) =>
      mark.x < 0 || mark.y < 0 || mark.x + mark.width > layout.width || mark.y + mark.height > layout.height;
    expect(layout.marks.filter(outside)).toEqual([]);
    // Each mark also stays within its own band, so the bands never overlap.
    for (const band of layout.bands) {
      const marks = layout.marks.filter((mark) => mark.band === band.kind);
      for (const mark of marks) {
        expect(mark.x1).toBeGreaterThanOrEqual(band.x0);
        expect(mark.x2).toBeLessThanOrEqual(band.x1 + 1e-9);
        expect(mark.y).toBeGreaterThanOrEqual(band.lanesTop);
        expect(mark.y + mark.height).toBeLessThanOrEqual(band.bottom);
      }
    }
    const svg = render(layout);
    expect(svg.match(/<a /g)).toHaveLength(2_002);
    expect(svg).not.toMatch(/NaN|Infinity/);
  });
});

describe('same-day entries', () => {
  it('come in the order the timeline page lists them: events before articles, whatever their ids', () => {
    const events: TimelineEventInput[] = [{ id: 'z-event', title: 'Something happens.', date: d('2019-10-13'), approximate: false }];
    const articles: TimelineArticleInput[] = [{ id: 'a-article', headline: 'It is reported.', published: d('2019-10-13') }];
    const page = groupTimeline([
      { kind: 'event' as const, id: 'z-event', date: d('2019-10-13') },
      { kind: 'article' as const, id: 'a-article', date: d('2019-10-13') },
    ]).flatMap((year) => year.months.flatMap((month) => month.entries.map((entry) => entry.id)));
    const layout = layoutTimeline(events, articles);
    for (const band of new Set(layout.marks.map((mark) => mark.band))) {
      expect(layout.marks.filter((mark) => mark.band === band).map((mark) => mark.id)).toEqual(page);
    }
    expect(page).toEqual(['z-event', 'a-article']);
  });
});
