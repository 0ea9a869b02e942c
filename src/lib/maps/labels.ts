/**
 * Where to put text on a map: country names somewhere roomy inside the part
 * of the country that is visible, place names beside their markers, nothing
 * overlapping. Pure planar geometry in SVG user units.
 */
import { distanceToSegment, type Point } from './path-data.ts';

/** An axis-aligned rectangle: left, top, right, bottom. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** How a label's x relates to its text, as SVG's text-anchor. */
type TextAnchor = 'start' | 'middle' | 'end';

/** A placed piece of text. */
export interface PlacedLabel {
  /** The text drawn. */
  readonly text: string;
  /** x of the anchor point. */
  readonly x: number;
  /** y of the text baseline. */
  readonly y: number;
  /** Which end of the text sits at x. */
  readonly anchor: TextAnchor;
  /** The space the text is estimated to take. */
  readonly box: Box;
}

/** Font metrics the estimates use; the renderer draws with the same size. */
export interface TextStyle {
  /** Font size in user units. */
  readonly fontSize: number;
  /**
   * Average advance per character in ems, letter-spacing included. No fonts
   * are measured at build time, so this is an estimate with a little slack.
   */
  readonly emPerChar: number;
}

/** Estimated width of `text` in user units. */
function textWidth(text: string, style: TextStyle): number {
  return text.length * style.fontSize * style.emPerChar;
}

/** True when two boxes overlap (touching edges do not count). */
function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** True when `inner` lies wholly inside `outer`. */
function boxInside(inner: Box, outer: Box): boolean {
  return inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 && inner.y1 <= outer.y1;
}

/** Even–odd point-in-polygon over all rings, so holes and multipolygons both work. */
function insideRings(point: Point, rings: readonly (readonly Point[])[]): boolean {
  let inside = false;
  const [x, y] = point;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Distance from a point to the nearest edge of any ring. */
function distanceToRings(point: Point, rings: readonly (readonly Point[])[]): number {
  let nearest = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      nearest = Math.min(nearest, distanceToSegment(point, ring[j]!, ring[i]!));
    }
  }
  return nearest;
}

/** The box of a label centred on (x, y). */
function centredBox(x: number, y: number, width: number, height: number): Box {
  return { x0: x - width / 2, y0: y - height / 2, x1: x + width / 2, y1: y + height / 2 };
}

/** Points along the edges of a box, no further apart than `spacing`, to test that it lies inside a shape. */
function boxOutlinePoints(box: Box, spacing: number): Point[] {
  const points: Point[] = [];
  const columns = Math.max(1, Math.ceil((box.x1 - box.x0) / spacing));
  const rows = Math.max(1, Math.ceil((box.y1 - box.y0) / spacing));
  for (let i = 0; i <= columns; i++) {
    const x = box.x0 + ((box.x1 - box.x0) * i) / columns;
    points.push([x, box.y0], [x, box.y1]);
  }
  for (let j = 1; j < rows; j++) {
    const y = box.y0 + ((box.y1 - box.y0) * j) / rows;
    points.push([box.x0, y], [box.x1, y]);
  }
  return points;
}

/** Inputs for {@link placeAreaLabel}. */
export interface AreaLabelRequest {
  /** The text to place. */
  readonly text: string;
  /** The visible part of the area, as projected rings. */
  readonly rings: readonly (readonly Point[])[];
  /** Where labels may go (the drawn frame, inset a little). */
  readonly frame: Box;
  /** The visual centre to aim for (e.g. the centroid of the visible part). */
  readonly target: Point;
  /** Boxes the label must not overlap: markers, place names, labels already placed. */
  readonly obstacles: readonly Box[];
  /** Font metrics. */
  readonly style: TextStyle;
  /** Grid step for candidate positions, in user units. */
  readonly step?: number;
}

/**
 * Places an area's name inside its visible part: among grid positions where
 * the whole label fits inside the area and the frame and clears every
 * obstacle, it takes the one with most room around it, and among those
 * comfortably inside, the one nearest the target. Returns undefined when the
 * label fits nowhere (a sliver of a country at the edge of the map).
 */
export function placeAreaLabel(request: AreaLabelRequest): PlacedLabel | undefined {
  const { text, rings, frame, target, obstacles, style, step = 6 } = request;
  const width = textWidth(text, style);
  const height = style.fontSize;
  const bounds = ringsBounds(rings);
  // Room beyond this much counts as "comfortably inside"; then closeness to the target decides.
  const enoughRoom = style.fontSize * 1.5;
  let best: { x: number; y: number; room: number; offTarget: number } | undefined;
  for (let y = Math.max(bounds.y0, frame.y0) + height / 2; y <= Math.min(bounds.y1, frame.y1) - height / 2; y += step) {
    for (let x = Math.max(bounds.x0, frame.x0) + width / 2; x <= Math.min(bounds.x1, frame.x1) - width / 2; x += step) {
      const centre: Point = [x, y];
      if (!insideRings(centre, rings)) continue;
      const room = Math.min(distanceToRings(centre, rings), enoughRoom);
      // A label needs at least half its height of room around its middle; skip the rest cheaply.
      if (room < height / 2) continue;
      const offTarget = Math.hypot(x - target[0], y - target[1]);
      if (best && (room < best.room || (room === best.room && offTarget >= best.offTarget))) continue;
      const box = centredBox(x, y, width, height);
      if (!boxInside(box, frame)) continue;
      if (obstacles.some((obstacle) => boxesOverlap(box, obstacle))) continue;
      if (!boxOutlinePoints(box, style.fontSize / 2).every((point) => insideRings(point, rings))) continue;
      best = { x, y, room, offTarget };
    }
  }
  if (!best) return undefined;
  return {
    text,
    x: best.x,
    y: baseline(best.y, style),
    anchor: 'middle',
    box: centredBox(best.x, best.y, width, height),
  };
}

/** Inputs for {@link placePointLabel}. */
export interface PointLabelRequest {
  /** The text to place. */
  readonly text: string;
  /** Centre of the marker the label belongs to. */
  readonly point: Point;
  /** Radius of that marker. */
  readonly radius: number;
  /** Where labels may go. */
  readonly frame: Box;
  /** Boxes the label should not overlap. */
  readonly obstacles: readonly Box[];
  /** Font metrics. */
  readonly style: TextStyle;
}

/**
 * Places a marker's name beside it: right, left, above or below, the first
 * that stays inside the frame and clears the obstacles. When none does, the
 * side with the least overlap wins, so a name is never dropped.
 */
export function placePointLabel(request: PointLabelRequest): PlacedLabel {
  const { text, point, radius, frame, obstacles, style } = request;
  const width = textWidth(text, style);
  const height = style.fontSize;
  const gap = radius + 3;
  const [x, y] = point;
  const candidates: Array<{ anchor: TextAnchor; x: number; centreY: number }> = [
    { anchor: 'start', x: x + gap, centreY: y },
    { anchor: 'end', x: x - gap, centreY: y },
    { anchor: 'middle', x, centreY: y - gap - height / 2 },
    { anchor: 'middle', x, centreY: y + gap + height / 2 },
  ];
  let best: { label: PlacedLabel; penalty: number } | undefined;
  for (const candidate of candidates) {
    const left = candidate.anchor === 'start' ? candidate.x : candidate.anchor === 'end' ? candidate.x - width : candidate.x - width / 2;
    const box: Box = { x0: left, y0: candidate.centreY - height / 2, x1: left + width, y1: candidate.centreY + height / 2 };
    const penalty = overflow(box, frame) * 10 + obstacles.reduce((sum, obstacle) => sum + overlapArea(box, obstacle), 0);
    if (!best || penalty < best.penalty) {
      best = {
        label: { text, x: candidate.x, y: baseline(candidate.centreY, style), anchor: candidate.anchor, box },
        penalty,
      };
    }
    if (penalty === 0) break;
  }
  return best!.label;
}

/** The baseline that visually centres a line of text on `centreY` (cap height is about 0.7 em). */
function baseline(centreY: number, style: TextStyle): number {
  return centreY + style.fontSize * 0.35;
}

/** How far a box sticks out of the frame, summed over its sides. */
function overflow(box: Box, frame: Box): number {
  return Math.max(0, frame.x0 - box.x0) + Math.max(0, box.x1 - frame.x1) + Math.max(0, frame.y0 - box.y0) + Math.max(0, box.y1 - frame.y1);
}

/** Area two boxes share. */
function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const height = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return width > 0 && height > 0 ? width * height : 0;
}

/** The bounding box of some rings. */
function ringsBounds(rings: readonly (readonly Point[])[]): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const ring of rings) {
    for (const [x, y] of ring) {
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  }
  return { x0, y0, x1, y1 };
}
