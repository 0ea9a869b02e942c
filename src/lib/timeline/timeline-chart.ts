/**
 * The visual timeline: an SVG drawn at build time, each mark a link to its
 * entry on the timeline page. Events span years (2010–2013) yet most cluster
 * in a few days of October 2019, so one linear axis would crush them. The
 * chart therefore has two bands: an overview with a proportional year scale,
 * and a zoom band that spreads the densest month out day by day. Marks of
 * that month are drawn in the zoom band only (each entry links once), and the
 * overview shows where the zoomed month sits.
 *
 * {@link layoutTimeline} computes positions (pure data, testable);
 * {@link renderTimelineSvg} writes the markup the component inserts.
 */
import {
  comparePartialDates,
  dayAfter,
  dayNumber,
  firstDayOf,
  formatPartialDate,
  monthName,
  monthOfDay,
  yearOfDay,
  type PartialDate,
} from '../core/dates.ts';
import { svgNumber } from '../maps/svg-markup.ts';
// The timeline page gives each entry its id with the same helper, so links and targets cannot drift apart.
import { compareTimelineKinds } from './timeline.ts';
import { timelineAnchor } from '../urls/anchors.ts';
import { escapeHtml } from '../core/escapes.ts';

/** An event as the chart needs it. */
export interface TimelineEventInput {
  /** The event's entry id; its entry on the timeline page has the id "event-<id>". */
  readonly id: string;
  /** One line saying what happened. */
  readonly title: string;
  /** When it happened or began. */
  readonly date: PartialDate;
  /** When it ended, for events that span time. */
  readonly endDate?: PartialDate | undefined;
  /** True when the date is uncertain. */
  readonly approximate: boolean;
}

/** An article as the chart needs it: it appears at its publication date. */
export interface TimelineArticleInput {
  /** The article's entry id; its entry on the timeline page has the id "article-<id>". */
  readonly id: string;
  /** Its headline. */
  readonly headline: string;
  /** When it was published. */
  readonly published: PartialDate;
}

/** Options for {@link layoutTimeline}. */
export interface TimelineOptions {
  /** Width in user units (the SVG scales to its container, about this wide in the page column). Default 560. */
  readonly width?: number;
  /**
   * The month to zoom into, "YYYY-MM"; null for no zoom band. By default the
   * month holding most marks that fall within a single month, if it holds at
   * least {@link TimelineOptions.minZoomMarks}.
   */
  readonly zoomMonth?: string | null;
  /** Fewest marks that make a month worth a zoom band. Default 3. */
  readonly minZoomMarks?: number;
  /** Most lanes of events stacked above an axis; further marks overlap. Default 6. */
  readonly maxEventLanes?: number;
  /** Most lanes of articles below an axis. Default 3. */
  readonly maxArticleLanes?: number;
}

/** Which band a mark is drawn in. */
type TimelineBandKind = 'overview' | 'zoom';

/** One event or article drawn on the chart. */
export interface TimelineMark {
  /** What it links to. */
  readonly kind: 'event' | 'article';
  /** The entry id. */
  readonly id: string;
  /** The in-page link: "#event-<id>" or "#article-<id>". */
  readonly href: string;
  /** Accessible name and tooltip: what, and when at the precision known. */
  readonly label: string;
  /** When it starts, for ordering. */
  readonly date: PartialDate;
  /** The band it is drawn in. */
  readonly band: TimelineBandKind;
  /** Dots for single days; bars for spans and for dates known only to the month or year. */
  readonly shape: 'bar' | 'dot';
  /** True for a date known only to the month or year, or marked approximate: drawn lighter. */
  readonly imprecise: boolean;
  /** Where its time span starts on the band's axis. */
  readonly x1: number;
  /** Where its time span ends on the band's axis (exclusive day). */
  readonly x2: number;
  /** The lane it sits in: 0 next to the axis. */
  readonly lane: number;
  /** The drawn shape's box: left edge. */
  readonly x: number;
  /** The drawn shape's box: top edge. */
  readonly y: number;
  /** The drawn shape's box: width. */
  readonly width: number;
  /** The drawn shape's box: height. */
  readonly height: number;
}

/** A tick on a band's axis. */
interface TimelineTick {
  /** Position on the axis. */
  readonly x: number;
  /** Where its label is centred, when it has one. */
  readonly labelX?: number;
  /** Text under the axis, e.g. "2019" or "15". */
  readonly label?: string;
}

/** One horizontal band: a heading, lanes of marks and an axis. */
interface TimelineBand {
  /** Overview (years) or zoom (days of one month). */
  readonly kind: TimelineBandKind;
  /** Text above the band, e.g. "2010 to 2019" or "October 2019, day by day". */
  readonly heading: string;
  /** Top of the band. */
  readonly top: number;
  /** Bottom of the band, tick labels included. */
  readonly bottom: number;
  /** y of the axis line. */
  readonly axisY: number;
  /** Left end of the axis. */
  readonly x0: number;
  /** Right end of the axis. */
  readonly x1: number;
  /** Top of the event lanes (for grid lines and the zoom window). */
  readonly lanesTop: number;
  /** Ticks along the axis. */
  readonly ticks: readonly TimelineTick[];
}

/** Where the zoomed month sits in the overview, and the funnel joining it to the zoom band. */
interface TimelineZoomWindow {
  /** The month, "YYYY-MM". */
  readonly month: string;
  /** The month for readers, "October 2019". */
  readonly label: string;
  /** Its span on the overview axis. */
  readonly x1: number;
  /** Its span on the overview axis. */
  readonly x2: number;
}

/** Everything needed to draw the chart. */
export interface TimelineLayout {
  /** Width in user units. */
  readonly width: number;
  /** Height in user units. */
  readonly height: number;
  /** The SVG viewBox. */
  readonly viewBox: string;
  /** The overview band, then the zoom band if there is one. */
  readonly bands: readonly TimelineBand[];
  /** The zoomed month, when there is a zoom band. */
  readonly zoomWindow?: TimelineZoomWindow;
  /** Every mark, in date order (so keyboard focus moves through time). */
  readonly marks: readonly TimelineMark[];
}

const DEFAULT_WIDTH = 560;
const PADDING_X = 12;
const HEADING_HEIGHT = 20;
const LANE_HEIGHT = 14;
const BAR_HEIGHT = 10;
const DOT_RADIUS = 5;
/** Narrowest bar drawn, so a month in a decade-wide overview is still visible. */
const MIN_BAR_WIDTH = 3;
/** Space between marks sharing a lane. */
const LANE_GAP = 2;
const TICK_LABEL_HEIGHT = 18;
const BAND_GAP = 22;
/** Font sizes in user units, written into the SVG so the layout and the drawing agree. */
const HEADING_FONT_SIZE = 13;
const TICK_FONT_SIZE = 12;

/** A mark before it is placed: its time span in days since 1970-01-01 (end exclusive). */
interface TimedEntry {
  readonly kind: 'event' | 'article';
  readonly id: string;
  readonly label: string;
  readonly date: PartialDate;
  readonly start: number;
  readonly end: number;
  readonly shape: 'bar' | 'dot';
  readonly imprecise: boolean;
}

/**
 * Lays out events and articles in an overview band and, when one month is
 * dense enough, a zoom band for it. Marks sharing time are stacked in lanes.
 * Deterministic: the same input, in any order, gives the same layout.
 */
export function layoutTimeline(
  events: readonly TimelineEventInput[],
  articles: readonly TimelineArticleInput[],
  options: TimelineOptions = {},
): TimelineLayout {
  const width = options.width ?? DEFAULT_WIDTH;
  const maxEventLanes = options.maxEventLanes ?? 6;
  const maxArticleLanes = options.maxArticleLanes ?? 3;
  const entries = [...events.map(eventEntry), ...articles.map(articleEntry)].sort(compareEntries);
  if (entries.length === 0) return { width, height: 0, viewBox: `0 0 ${width} 0`, bands: [], marks: [] };

  const zoomMonth = options.zoomMonth === undefined ? densestMonth(entries, options.minZoomMarks ?? 3) : (options.zoomMonth ?? undefined);
  const inZoom = (entry: TimedEntry) => zoomMonth !== undefined && singleMonthOf(entry) === zoomMonth;

  const x0 = PADDING_X;
  const x1 = width - PADDING_X;
  const firstYear = Math.min(...entries.map((entry) => yearOfDay(entry.start)));
  const lastYear = Math.max(...entries.map((entry) => yearOfDay(entry.end - 1)));
  const overviewStart = dayNumber(firstYear, 1, 1);
  const overviewEnd = dayNumber(lastYear + 1, 1, 1);
  const overviewScale = linearScale(overviewStart, overviewEnd, x0, x1);

  const overviewEntries = entries.filter((entry) => !inZoom(entry));
  const zoomEntries = entries.filter(inZoom);

  const marks: TimelineMark[] = [];
  const bands: TimelineBand[] = [];

  const overview = placeBand({
    kind: 'overview',
    heading: firstYear === lastYear ? String(firstYear) : `${firstYear} to ${lastYear}`,
    top: 0,
    entries: overviewEntries,
    scale: overviewScale,
    x0,
    x1,
    ticks: yearTicks(firstYear, lastYear, overviewScale),
    maxEventLanes,
    maxArticleLanes,
    // Keep room for the zoom window even when no overview mark needs a lane.
    minEventLanes: 1,
  });
  bands.push(overview.band);
  marks.push(...overview.marks);

  let height = overview.band.bottom;
  let zoomWindow: TimelineZoomWindow | undefined;
  if (zoomMonth !== undefined) {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(zoomMonth)) throw new RangeError(`zoomMonth must be "YYYY-MM", got "${zoomMonth}"`);
    const [year, month] = zoomMonth.split('-').map(Number) as [number, number];
    const monthStart = dayNumber(year, month, 1);
    const monthEnd = dayNumber(year, month + 1, 1);
    const zoomScale = linearScale(monthStart, monthEnd, x0, x1);
    const label = `${monthName(month)} ${year}`;
    const zoom = placeBand({
      kind: 'zoom',
      heading: `${label}, day by day`,
      top: overview.band.bottom + BAND_GAP,
      entries: zoomEntries,
      scale: zoomScale,
      x0,
      x1,
      ticks: dayTicks(monthStart, monthEnd, zoomScale),
      maxEventLanes,
      maxArticleLanes,
      minEventLanes: 1,
    });
    bands.push(zoom.band);
    marks.push(...zoom.marks);
    height = zoom.band.bottom;
    zoomWindow = {
      month: zoomMonth,
      label,
      x1: overviewScale(monthStart),
      x2: Math.max(overviewScale(monthEnd), overviewScale(monthStart) + MIN_BAR_WIDTH),
    };
  }

  marks.sort(
    (a, b) =>
      comparePartialDates(a.date, b.date) || a.x1 - b.x1 || a.x2 - b.x2 || compareTimelineKinds(a.kind, b.kind) || a.id.localeCompare(b.id),
  );
  const roundedHeight = Math.ceil(height);
  return {
    width,
    height: roundedHeight,
    viewBox: `0 0 ${width} ${roundedHeight}`,
    bands,
    ...(zoomWindow ? { zoomWindow } : {}),
    marks,
  };
}

/** Options for {@link renderTimelineSvg}. */
export interface RenderTimelineOptions {
  /** A prefix unique on the page for the ids the SVG needs. */
  readonly idPrefix: string;
  /** The chart's accessible name. */
  readonly title: string;
}

/**
 * Writes the chart as an inline SVG element: axes and headings (hidden from
 * screen readers, which get the dates in each link's name), then one link
 * per mark in date order. Styling is left to CSS classes: tl-event,
 * tl-article, tl-imprecise, tl-axis, tl-grid, tl-zoom.
 */
export function renderTimelineSvg(layout: TimelineLayout, options: RenderTimelineOptions): string {
  if (layout.marks.length === 0) return '';
  const titleId = `${options.idPrefix}-title`;
  const n = (value: number) => svgNumber(value);
  const parts: string[] = [
    `<svg class="timeline-chart" viewBox="${layout.viewBox}" role="group" aria-labelledby="${escapeHtml(titleId)}">`,
    `<title id="${escapeHtml(titleId)}">${escapeHtml(options.title)}</title>`,
    `<g aria-hidden="true" font-size="${TICK_FONT_SIZE}">`,
  ];
  const [overview, zoom] = layout.bands;
  if (overview && zoom && layout.zoomWindow) {
    const { x1, x2 } = layout.zoomWindow;
    // The zoomed month's column in the overview, widening into the band that spreads it out.
    parts.push(
      `<path class="tl-zoom" d="M${n(x1)} ${n(overview.lanesTop)}H${n(x2)}V${n(overview.bottom)}L${n(zoom.x1)} ${n(zoom.top)}H${n(zoom.x0)}L${n(x1)} ${n(overview.bottom)}z"/>`,
    );
  }
  for (const band of layout.bands) {
    const grid = band.ticks.map((tick) => `M${n(tick.x)} ${n(band.lanesTop)}V${n(band.axisY + 4)}`).join('');
    parts.push(
      `<text class="tl-heading" x="${n(band.x0)}" y="${n(band.top + HEADING_FONT_SIZE)}" font-size="${HEADING_FONT_SIZE}">${escapeHtml(band.heading)}</text>`,
      `<path class="tl-grid" d="${grid}"/>`,
      `<path class="tl-axis" d="M${n(band.x0)} ${n(band.axisY)}H${n(band.x1)}"/>`,
      ...band.ticks
        .filter((tick) => tick.label !== undefined)
        .map(
          (tick) =>
            `<text class="tl-tick" x="${n(tick.labelX ?? tick.x)}" y="${n(band.bottom - 4)}" text-anchor="middle">${escapeHtml(tick.label!)}</text>`,
        ),
    );
  }
  parts.push('</g>');
  for (const mark of layout.marks) {
    const classes = `tl-${mark.kind}${mark.imprecise ? ' tl-imprecise' : ''}`;
    const shape =
      mark.shape === 'dot' && mark.kind === 'event'
        ? `<circle cx="${n(mark.x + mark.width / 2)}" cy="${n(mark.y + mark.height / 2)}" r="${n(mark.width / 2)}"/>`
        : `<rect x="${n(mark.x)}" y="${n(mark.y)}" width="${n(mark.width)}" height="${n(mark.height)}"/>`;
    parts.push(
      `<a class="${classes}" href="${escapeHtml(mark.href)}" aria-label="${escapeHtml(mark.label)}"><title>${escapeHtml(mark.label)}</title>${shape}</a>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

/** The chart's caption: how to read it, naming the zoomed month when there is one. */
export function timelineCaption(layout: TimelineLayout): string {
  const bands = layout.zoomWindow
    ? `The top band shows the years; the lower band spreads out ${layout.zoomWindow.label} day by day.`
    : 'The band shows the years.';
  return (
    `${bands} Events sit above each axis and articles below it. ` +
    'Dots and squares are single days, solid bars are spans of time, and pale dashed bars are dates known only to the month or year, or approximate. ' +
    'Each mark links to its entry in the timeline.'
  );
}

/** Inputs for {@link placeBand}. */
interface BandRequest {
  readonly kind: TimelineBandKind;
  readonly heading: string;
  readonly top: number;
  readonly entries: readonly TimedEntry[];
  readonly scale: (day: number) => number;
  readonly x0: number;
  readonly x1: number;
  readonly ticks: readonly TimelineTick[];
  readonly maxEventLanes: number;
  readonly maxArticleLanes: number;
  readonly minEventLanes: number;
}

/**
 * Places one band's marks: events in lanes stacked upwards from the axis,
 * articles in lanes hanging below it, tick labels under those.
 */
function placeBand(request: BandRequest): { band: TimelineBand; marks: TimelineMark[] } {
  const { kind, top, entries, scale, x0, x1 } = request;
  const spans = entries.map((entry) => ({ entry, ...drawnSpan(entry, scale, x0, x1) }));
  const eventSpans = spans.filter((span) => span.entry.kind === 'event');
  const articleSpans = spans.filter((span) => span.entry.kind === 'article');
  const eventLanes = assignLanes(eventSpans, request.maxEventLanes);
  const articleLanes = assignLanes(articleSpans, request.maxArticleLanes);
  const eventLaneCount = Math.max(request.minEventLanes, ...[...eventLanes.values()].map((lane) => lane + 1));
  const articleLaneCount = Math.max(0, ...[...articleLanes.values()].map((lane) => lane + 1));

  const lanesTop = top + HEADING_HEIGHT;
  const axisY = lanesTop + eventLaneCount * LANE_HEIGHT + 2;
  const bottom = axisY + 2 + articleLaneCount * LANE_HEIGHT + TICK_LABEL_HEIGHT;

  const marks = spans.map(({ entry, left, right }): TimelineMark => {
    const isEvent = entry.kind === 'event';
    const lane = (isEvent ? eventLanes : articleLanes).get(entry)!;
    // Event lane 0 sits just above the axis; article lane 0 just below it.
    const laneMiddle = isEvent ? axisY - 2 - (lane + 0.5) * LANE_HEIGHT : axisY + 2 + (lane + 0.5) * LANE_HEIGHT;
    const box =
      entry.shape === 'dot'
        ? { x: (left + right) / 2 - DOT_RADIUS, width: DOT_RADIUS * 2, height: DOT_RADIUS * 2 }
        : { x: left, width: right - left, height: BAR_HEIGHT };
    return {
      kind: entry.kind,
      id: entry.id,
      href: `#${timelineAnchor(entry)}`,
      label: entry.label,
      date: entry.date,
      band: kind,
      shape: entry.shape,
      imprecise: entry.imprecise,
      x1: scale(entry.start),
      x2: scale(entry.end),
      lane,
      x: box.x,
      y: laneMiddle - box.height / 2,
      width: box.width,
      height: box.height,
    };
  });
  return {
    band: { kind, heading: request.heading, top, bottom, axisY, x0, x1, lanesTop, ticks: request.ticks },
    marks,
  };
}

/** The horizontal extent a mark occupies: a dot is centred on its day, a bar is at least MIN_BAR_WIDTH wide; both stay within the axis. */
function drawnSpan(entry: TimedEntry, scale: (day: number) => number, x0: number, x1: number): { left: number; right: number } {
  const start = scale(entry.start);
  const end = scale(entry.end);
  if (entry.shape === 'dot') {
    const centre = clamp((start + end) / 2, x0 + DOT_RADIUS, x1 - DOT_RADIUS);
    return { left: centre - DOT_RADIUS, right: centre + DOT_RADIUS };
  }
  const width = Math.max(end - start, MIN_BAR_WIDTH);
  const left = clamp(start, x0, x1 - width);
  return { left, right: left + width };
}

/**
 * Greedy interval stacking: each mark, in date order, takes the lowest lane
 * free at its left edge; when all `maxLanes` are busy it shares the lane that
 * frees up first, so the chart's height stays bounded however many marks.
 */
function assignLanes<T extends { entry: TimedEntry; left: number; right: number }>(
  spans: readonly T[],
  maxLanes: number,
): Map<TimedEntry, number> {
  const laneEnds: number[] = [];
  const lanes = new Map<TimedEntry, number>();
  for (const span of spans) {
    let lane = laneEnds.findIndex((end) => end + LANE_GAP <= span.left);
    if (lane === -1 && laneEnds.length < maxLanes) lane = laneEnds.length;
    if (lane === -1) lane = laneEnds.indexOf(Math.min(...laneEnds));
    laneEnds[lane] = Math.max(laneEnds[lane] ?? -Infinity, span.right);
    lanes.set(span.entry, lane);
  }
  return lanes;
}

/** Year boundaries, labelled in the middle of each year when there is room, else every few years at the boundary. */
function yearTicks(firstYear: number, lastYear: number, scale: (day: number) => number): TimelineTick[] {
  const yearWidth = scale(dayNumber(firstYear + 1, 1, 1)) - scale(dayNumber(firstYear, 1, 1));
  const ticks: TimelineTick[] = [];
  if (yearWidth >= 34) {
    for (let year = firstYear; year <= lastYear + 1; year++) {
      const x = scale(dayNumber(year, 1, 1));
      ticks.push(year <= lastYear ? { x, labelX: x + yearWidth / 2, label: String(year) } : { x });
    }
    return ticks;
  }
  const step = [2, 5, 10, 20, 50, 100, 200, 500].find((candidate) => candidate * yearWidth >= 40) ?? 1000;
  for (let year = firstYear; year <= lastYear + 1; year++) {
    const x = scale(dayNumber(year, 1, 1));
    ticks.push(year % step === 0 ? { x, label: String(year) } : { x });
  }
  return ticks;
}

/** Day boundaries of the zoomed month; the 1st and every fifth day are labelled under the middle of the day. */
function dayTicks(monthStart: number, monthEnd: number, scale: (day: number) => number): TimelineTick[] {
  const ticks: TimelineTick[] = [];
  for (let day = monthStart; day <= monthEnd; day++) {
    const dayOfMonth = day - monthStart + 1;
    const x = scale(day);
    const labelled = day < monthEnd && (dayOfMonth === 1 || dayOfMonth % 5 === 0);
    ticks.push(labelled ? { x, labelX: (x + scale(day + 1)) / 2, label: String(dayOfMonth) } : { x });
  }
  return ticks;
}

/**
 * The "YYYY-MM" holding the most marks that lie wholly within one month (a
 * day, or a date known to the month), if it holds at least `minimum`. Ties go
 * to the earlier month so the choice is stable.
 */
function densestMonth(entries: readonly TimedEntry[], minimum: number): string | undefined {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const month = singleMonthOf(entry);
    if (month) counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const [month, count] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    if (!best || count > best[1]) best = [month, count];
  }
  return best && best[1] >= minimum ? best[0] : undefined;
}

/** "YYYY-MM" when the entry's span lies within one calendar month, else undefined. */
function singleMonthOf(entry: TimedEntry): string | undefined {
  const first = monthOfDay(entry.start);
  return first === monthOfDay(entry.end - 1) ? first : undefined;
}

function eventEntry(event: TimelineEventInput): TimedEntry {
  const start = firstDayOf(event.date);
  const end = Math.max(dayAfter(event.endDate ?? event.date), dayAfter(event.date));
  const single = event.endDate === undefined;
  return {
    kind: 'event',
    id: event.id,
    label: `${event.title}, ${dateText(event.date, event.endDate)}${event.approximate ? ' (approximate)' : ''}`,
    date: event.date,
    start,
    end,
    shape: single && event.date.precision === 'day' ? 'dot' : 'bar',
    // A span is a duration and drawn solid; a lone year or month is uncertainty and drawn lighter.
    imprecise: event.approximate || (single && event.date.precision !== 'day'),
  };
}

function articleEntry(article: TimelineArticleInput): TimedEntry {
  return {
    kind: 'article',
    id: article.id,
    label: `Article: ${article.headline}, published ${formatPartialDate(article.published)}`,
    date: article.published,
    start: firstDayOf(article.published),
    end: dayAfter(article.published),
    shape: article.published.precision === 'day' ? 'dot' : 'bar',
    imprecise: article.published.precision !== 'day',
  };
}

/** "2010 to 2013", or a single date at its precision. */
function dateText(date: PartialDate, endDate?: PartialDate): string {
  return endDate ? `${formatPartialDate(date)} to ${formatPartialDate(endDate)}` : formatPartialDate(date);
}

/**
 * Date order, then longer spans first, then events before articles (as on
 * the timeline page, `compareTimelineKinds`), then id: a total order, so
 * output is stable.
 */
function compareEntries(a: TimedEntry, b: TimedEntry): number {
  return (
    a.start - b.start ||
    b.end - a.end ||
    comparePartialDates(a.date, b.date) ||
    compareTimelineKinds(a.kind, b.kind) ||
    a.id.localeCompare(b.id)
  );
}

function linearScale(domainStart: number, domainEnd: number, rangeStart: number, rangeEnd: number): (value: number) => number {
  const factor = (rangeEnd - rangeStart) / (domainEnd - domainStart);
  return (value) => rangeStart + (value - domainStart) * factor;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}
