/**
 * Turns projected geometry into compact SVG path data. d3-geo draws into a
 * recorder instead of a string, so the same lines serve both the markup
 * (simplified, rounded, relative) and the label placement (full precision).
 */
import type { GeoContext } from 'd3-geo';

/** A point in SVG user units. */
export type Point = readonly [x: number, y: number];

/** One projected line or polygon ring. */
export interface ProjectedLine {
  /** Its points in drawing order; a closed ring does not repeat the first point. */
  readonly points: Point[];
  /** True for polygon rings (drawn with "z"), false for open lines. */
  closed: boolean;
}

/** A d3-geo path context that keeps the projected lines instead of drawing them. */
export class LineRecorder implements GeoContext {
  /** Everything recorded so far, in drawing order. */
  readonly lines: ProjectedLine[] = [];
  private current: ProjectedLine | undefined;

  /** Starts a new line. */
  moveTo(x: number, y: number): void {
    this.current = { points: [[x, y]], closed: false };
    this.lines.push(this.current);
  }

  /** Extends the current line. */
  lineTo(x: number, y: number): void {
    this.current?.points.push([x, y]);
  }

  /** Marks the current line as a closed ring. */
  closePath(): void {
    if (this.current) this.current.closed = true;
  }

  /** Nothing to do: lines start with moveTo. */
  beginPath(): void {}

  /** Only Point geometries draw arcs, and maps draw markers themselves. */
  arc(): void {}
}

/**
 * Serialises lines as SVG path data: coordinates rounded to 0.1 user unit,
 * relative after the first point of each line, and simplified with
 * Douglas–Peucker so that no point within `tolerance` units of the simplified
 * line is kept. Rings that shrink below a triangle (specks of islands) are
 * dropped. Differences are taken between rounded absolute positions, so
 * rounding never accumulates along a line.
 */
export function toPathData(lines: readonly ProjectedLine[], tolerance = 0.5): string {
  const parts: string[] = [];
  for (const line of lines) {
    const rounded = dedupe(line.points.map(([x, y]): Point => [Math.round(x * 10), Math.round(y * 10)]));
    // "z" closes a ring, so a repeated first point would only add a zero-length segment.
    if (line.closed && rounded.length > 1 && samePoint(rounded[0]!, rounded[rounded.length - 1]!)) rounded.pop();
    // Tolerance is in tenths now, like the coordinates.
    const kept = simplify(rounded, tolerance * 10, line.closed);
    if (kept.length < (line.closed ? 3 : 2)) continue;
    const [first, ...rest] = kept as [Point, ...Point[]];
    let path = `M${joinNumbers([first[0], first[1]])}`;
    let previous = first;
    const deltas: number[] = [];
    for (const point of rest) {
      deltas.push(point[0] - previous[0], point[1] - previous[1]);
      previous = point;
    }
    path += `l${joinNumbers(deltas)}`;
    if (line.closed) path += 'z';
    parts.push(path);
  }
  return parts.join('');
}

/** Writes numbers given in tenths, separated by a space unless a minus sign separates them already. */
function joinNumbers(tenths: readonly number[]): string {
  let text = '';
  for (const value of tenths) {
    const written = writeTenths(value);
    text += text === '' || written.startsWith('-') ? written : ` ${written}`;
  }
  return text;
}

/** 123 → "12.3", 120 → "12", 5 → ".5", -5 → "-.5". */
function writeTenths(value: number): string {
  const sign = value < 0 ? '-' : '';
  const magnitude = Math.abs(value);
  const whole = Math.floor(magnitude / 10);
  const tenth = magnitude % 10;
  const wholeText = whole === 0 && tenth !== 0 ? '' : String(whole);
  return `${sign}${wholeText}${tenth === 0 ? '' : `.${tenth}`}`;
}

/** Drops consecutive repeats, which rounding creates where points were dense. */
function dedupe(points: readonly Point[]): Point[] {
  return points.filter((point, index) => {
    const previous = points[index - 1];
    return !previous || !samePoint(previous, point);
  });
}

function samePoint(a: Point, b: Point): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/**
 * Douglas–Peucker simplification. A closed ring is split at its first point
 * and the point farthest from it, so both halves keep their shape.
 */
function simplify(points: readonly Point[], tolerance: number, closed: boolean): Point[] {
  if (points.length <= 2) return [...points];
  if (!closed) return simplifyOpen(points, tolerance);
  const first = points[0]!;
  let farthestIndex = 0;
  let farthestDistance = -1;
  points.forEach((point, index) => {
    const distance = Math.hypot(point[0] - first[0], point[1] - first[1]);
    if (distance > farthestDistance) {
      farthestDistance = distance;
      farthestIndex = index;
    }
  });
  const firstHalf = simplifyOpen(points.slice(0, farthestIndex + 1), tolerance);
  const secondHalf = simplifyOpen([...points.slice(farthestIndex), first], tolerance);
  // The halves share the farthest point, and the second ends where the ring starts.
  return [...firstHalf, ...secondHalf.slice(1, -1)];
}

/** Douglas–Peucker on an open polyline, iterative so long coastlines cannot overflow the stack. */
function simplifyOpen(points: readonly Point[], tolerance: number): Point[] {
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [start, end] = stack.pop()!;
    let farthestIndex = -1;
    let farthestDistance = tolerance;
    for (let index = start + 1; index < end; index++) {
      const distance = distanceToSegment(points[index]!, points[start]!, points[end]!);
      if (distance > farthestDistance) {
        farthestDistance = distance;
        farthestIndex = index;
      }
    }
    if (farthestIndex >= 0) {
      keep[farthestIndex] = 1;
      stack.push([start, farthestIndex], [farthestIndex, end]);
    }
  }
  return points.filter((_, index) => keep[index] === 1);
}

/** Distance from `point` to the segment from `a` to `b`. */
export function distanceToSegment(point: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((point[0] - a[0]) * dx + (point[1] - a[1]) * dy) / lengthSquared));
  return Math.hypot(point[0] - (a[0] + t * dx), point[1] - (a[1] + t * dy));
}
