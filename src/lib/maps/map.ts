/**
 * Maps drawn at build time: real country boundaries (world-atlas, Natural
 * Earth) projected with d3-geo into an inline SVG string. No client
 * JavaScript, no tiles, no network. {@link buildMap} computes the geometry
 * (pure data, easy to test) and {@link renderMapSvg} writes the markup, which
 * is the one source of truth the components insert.
 */
import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import { plural } from '../pages/plural.ts';
import { svgNumber } from './svg-markup.ts';
import { placeAreaLabel, placePointLabel, type Box, type PlacedLabel, type TextStyle } from './labels.ts';
import { LineRecorder, toPathData, type Point } from './path-data.ts';
import { loadAtlas, type AtlasResolution } from './world.ts';
import { escapeHtml } from '../core/escapes.ts';

/** A rectangle of longitude and latitude, in degrees. */
export interface GeoExtent {
  /** Western edge, degrees east. */
  readonly west: number;
  /** Southern edge, degrees north. */
  readonly south: number;
  /** Eastern edge, degrees east. */
  readonly east: number;
  /** Northern edge, degrees north. */
  readonly north: number;
}

/** A point on the Earth in WGS84 degrees. */
export interface LatLon {
  /** Latitude, north positive. */
  readonly lat: number;
  /** Longitude, east positive. */
  readonly lon: number;
}

/** A place to mark on a map. */
export interface MapPlace extends LatLon {
  /** The entity id, e.g. "al-hol". */
  readonly id: string;
  /** The name written beside the marker, e.g. "al-Hol camp". */
  readonly name: string;
  /** How often the archive mentions it; sizes the marker when given. */
  readonly count?: number;
  /** Where the marker links to; unlinked when absent. */
  readonly href?: string;
}

/**
 * Northeast Syria with its neighbours: Turkey's border strip to the north,
 * Iraq to the east, the Euphrates valley down to Deir ez-Zor. Wide enough
 * that all five places of the archive (Tel Abyad, Ayn Issa, Raqqa, al-Hol,
 * Qamishli) sit well inside, and that "Syria", "Turkey" and "Iraq" each have
 * room for their name.
 */
export const NORTHEAST_SYRIA_EXTENT: GeoExtent = { west: 35.2, south: 33.6, east: 43.4, north: 38.4 };

/** Options for {@link buildMap}. Give `extent`, or `focus` with `span`; the regional extent is the default. */
export interface MapOptions {
  /** Width of the drawing in SVG user units (it scales to its container). Default 480. */
  readonly width?: number;
  /** Height in user units; by default whatever the extent needs at this width. */
  readonly height?: number;
  /** The area to show. */
  readonly extent?: GeoExtent;
  /** Centre the map here instead of showing a fixed extent. */
  readonly focus?: LatLon;
  /** With `focus`: degrees of longitude across the map, e.g. 7. The height follows from `aspect`. */
  readonly span?: number;
  /** With `focus` and no `height`: height ÷ width. Default 0.75. */
  readonly aspect?: number;
  /** Which world-atlas file to draw from. Default {@link DEFAULT_RESOLUTION}. */
  readonly resolution?: AtlasResolution;
}

/** One country's outline, clipped to the frame. */
interface MapCountry {
  /** The Natural Earth name. */
  readonly name: string;
  /** SVG path data for its filled shape. */
  readonly d: string;
}

/** A text label on the map. */
type MapLabel = PlacedLabel;

/** A place projected onto the map. */
interface MapMarker {
  /** The place it marks. */
  readonly place: MapPlace;
  /** Centre, in user units (NaN when the place cannot be projected at all). */
  readonly x: number;
  /** Centre, in user units (NaN when the place cannot be projected at all). */
  readonly y: number;
  /** Circle radius in user units. */
  readonly r: number;
  /** True when the centre lies in the drawn area (0..width, 0..height); the renderer skips the rest. */
  readonly inside: boolean;
  /** The place's name beside it (absent for markers outside the frame). */
  readonly label?: MapLabel;
}

/** Everything needed to draw one map. */
export interface MapData {
  /** Width in user units. */
  readonly width: number;
  /** Height in user units. */
  readonly height: number;
  /** The SVG viewBox, "0 0 width height". */
  readonly viewBox: string;
  /** Filled country shapes, clipped to the frame. */
  readonly countries: readonly MapCountry[];
  /** Path data of every border and coastline in the frame, each line once. */
  readonly borders: string;
  /** Names of the countries with room for one, placed inside their visible part. */
  readonly countryLabels: readonly MapLabel[];
  /** The places, in the order given. */
  readonly markers: readonly MapMarker[];
}

/**
 * The world-atlas file maps use. Both were measured on the regional map with
 * the five places (tests/unit/maps/map.test.ts checks both against the budget):
 * 50m gzips to about 1.4 kB and a locator map to about 1.1 kB, 110m to about
 * 0.9 kB and 0.65 kB. 50m is used because it fits the 5,000-byte budget with
 * room to spare, while at this scale 110m reduces the Syria–Turkey border and
 * the Lebanese coast to a few straight strokes.
 */
const DEFAULT_RESOLUTION: AtlasResolution = '50m';

const DEFAULT_WIDTH = 440;

/** Country names: small capitals, spaced (the CSS uppercases them and adds 0.12em letter-spacing). */
const COUNTRY_LABEL_STYLE: TextStyle = { fontSize: 12, emPerChar: 0.84 };

/** Place names beside markers, in the UI sans-serif. */
const PLACE_LABEL_STYLE: TextStyle = { fontSize: 13, emPerChar: 0.56 };

/** Marker radius for places without a count, and the range for counted ones. */
const MARKER_RADIUS = { single: 5, min: 3.5, max: 10 } as const;

/** Clip a little outside the frame so the strokes along the cut fall outside the viewBox. */
const CLIP_MARGIN = 2;

/** Labels keep this far from the frame's edges. */
const LABEL_INSET = 4;

/**
 * Projects places and country boundaries into a frame, clips the geometry to
 * it, and places country names and place names. Deterministic: the same
 * input gives the same output.
 */
export function buildMap(places: readonly MapPlace[], options: MapOptions = {}): MapData {
  const width = options.width ?? DEFAULT_WIDTH;
  const extent = options.focus
    ? extentAround(options.focus, options.span ?? 7, options.height ? options.height / width : (options.aspect ?? 0.75))
    : (options.extent ?? NORTHEAST_SYRIA_EXTENT);
  const { projection, height } = fitProjection(extent, width, options.height);
  projection.clipExtent([
    [-CLIP_MARGIN, -CLIP_MARGIN],
    [width + CLIP_MARGIN, height + CLIP_MARGIN],
  ]);
  const frame: Box = { x0: 0, y0: 0, x1: width, y1: height };
  const labelFrame: Box = { x0: LABEL_INSET, y0: LABEL_INSET, x1: width - LABEL_INSET, y1: height - LABEL_INSET };

  const atlas = loadAtlas(options.resolution ?? DEFAULT_RESOLUTION);
  const visibleArea = frameBounds(projection, width, height);
  const shapes = atlas.countries
    .filter((country) => boundsIntersect(country.bounds, visibleArea))
    .map((country) => {
      const recorder = new LineRecorder();
      geoPath(projection, recorder)(country.feature);
      const rings = recorder.lines.filter((line) => line.closed).map((line) => line.points);
      const centroid = geoPath(projection).centroid(country.feature);
      return { name: country.feature.properties.name, rings, d: toPathData(recorder.lines), centroid };
    })
    .filter((shape) => shape.d !== '');

  const borderRecorder = new LineRecorder();
  geoPath(projection, borderRecorder)(atlas.borders(new Set(shapes.map((shape) => shape.name))));

  const markers = placeMarkers(places, projection, frame, labelFrame);

  // Country names go where they clear the markers and place names, biggest visible country first.
  const obstacles: Box[] = markers.flatMap((marker) =>
    marker.inside ? [circleBox(marker), ...(marker.label ? [marker.label.box] : [])] : [],
  );
  const countryLabels: MapLabel[] = [];
  const byVisibleArea = [...shapes].sort((a, b) => ringsArea(b.rings) - ringsArea(a.rings) || a.name.localeCompare(b.name));
  for (const shape of byVisibleArea) {
    const label = placeAreaLabel({
      text: shape.name,
      rings: shape.rings,
      frame: labelFrame,
      target: shape.centroid,
      obstacles,
      style: COUNTRY_LABEL_STYLE,
    });
    if (!label) continue;
    countryLabels.push(label);
    obstacles.push(label.box);
  }

  return {
    width,
    height,
    viewBox: `0 0 ${svgNumber(width)} ${svgNumber(height)}`,
    countries: shapes.map(({ name, d }) => ({ name, d })),
    borders: toPathData(borderRecorder.lines),
    countryLabels,
    markers,
  };
}

/** Options for {@link renderMapSvg}. */
export interface RenderMapOptions {
  /** A prefix unique on the page, for the ids the SVG needs (its title). */
  readonly idPrefix: string;
  /** The accessible name of the map, e.g. "Map: Ayn Issa in northeast Syria". */
  readonly title: string;
  /** Accessible name of a linked marker; by default the place's name with its mention count. */
  readonly markerLinkLabel?: (place: MapPlace) => string;
}

/**
 * Writes a map as an inline SVG element. Styling is left to CSS classes
 * (map-country, map-border, map-label, map-marker, map-place), so no inline
 * style attributes are needed under a strict CSP. A map whose markers link
 * somewhere is a group of links; one without is a single image.
 */
export function renderMapSvg(map: MapData, options: RenderMapOptions): string {
  const titleId = `${options.idPrefix}-title`;
  const linked = map.markers.some((marker) => marker.inside && marker.place.href);
  const linkLabel = options.markerLinkLabel ?? ((place: MapPlace) => mentionLabel(place.name, place.count ?? 0));
  const parts: string[] = [
    `<svg class="map" viewBox="${map.viewBox}" role="${linked ? 'group' : 'img'}" aria-labelledby="${escapeHtml(titleId)}">`,
    `<title id="${escapeHtml(titleId)}">${escapeHtml(options.title)}</title>`,
    // Country shapes and names are context; in a group of links they would only be noise to a screen reader.
    `<g aria-hidden="true">`,
    ...map.countries.map((country) => `<path class="map-country" d="${country.d}"/>`),
    `<path class="map-border" d="${map.borders}"/>`,
    `<g class="map-label" font-size="${COUNTRY_LABEL_STYLE.fontSize}">`,
    ...map.countryLabels.map((label) => textElement(label)),
    `</g></g>`,
    `<g class="map-places" font-size="${PLACE_LABEL_STYLE.fontSize}">`,
  ];
  for (const marker of map.markers) {
    if (!marker.inside) continue;
    const circle = `<circle class="map-marker" cx="${svgNumber(marker.x)}" cy="${svgNumber(marker.y)}" r="${svgNumber(marker.r)}"/>`;
    const name = marker.label ? textElement(marker.label, 'map-place') : '';
    parts.push(
      marker.place.href
        ? `<a class="map-link" href="${escapeHtml(marker.place.href)}" aria-label="${escapeHtml(linkLabel(marker.place))}">${circle}${name}</a>`
        : `${circle}${name}`,
    );
  }
  parts.push('</g></svg>');
  return parts.join('');
}

/** What the locator map component shows. */
export interface LocatorMapContent {
  /** The inline SVG markup. */
  readonly svg: string;
  /** The caption: the place and its coordinates in words, e.g. "Ayn Issa, 36.385° N, 38.859° E (approximate)". */
  readonly caption: string;
}

/**
 * A map centred on one place, with the neighbouring countries for context,
 * and its caption. The archive's coordinates are approximate, and the caption
 * says so.
 */
export function renderLocatorMap(place: Pick<MapPlace, 'id' | 'name' | 'lat' | 'lon'>): LocatorMapContent {
  const map = buildMap([{ id: place.id, name: place.name, lat: place.lat, lon: place.lon }], { focus: place });
  // The title does not name the country the place is in: at this scale the boundaries are
  // too coarse for border towns (Natural Earth puts Tel Abyad just inside Turkey).
  const svg = renderMapSvg(map, {
    idPrefix: `locator-map-${place.id}`,
    title: `Map: where ${place.name} is, with the neighbouring countries`,
  });
  return { svg, caption: `${place.name}, ${formatCoordinates(place)} (approximate)` };
}

/**
 * The regional map of several places, each marker sized by its mentions and
 * linking to the place's page (`href`, which the caller builds with
 * entityUrl so the site's base path applies).
 */
export function renderPlacesMap(places: readonly (MapPlace & { count: number })[]): string {
  return renderMapSvg(buildMap(places, { extent: extentCovering(places, NORTHEAST_SYRIA_EXTENT) }), {
    idPrefix: 'places-map',
    title: 'Map of the places in the archive in northeast Syria; the larger the circle, the more mentions',
  });
}

/** The accessible name of a place marker: "al-Hol camp, 5 mentions". */
export function mentionLabel(name: string, count: number): string {
  return `${name}, ${plural(count, 'mention')}`;
}

/** Coordinates in words-and-degrees for captions: "36.385° N, 38.859° E". */
export function formatCoordinates(point: LatLon): string {
  const latitude = `${Math.abs(point.lat)}° ${point.lat < 0 ? 'S' : 'N'}`;
  const longitude = `${Math.abs(point.lon)}° ${point.lon < 0 ? 'W' : 'E'}`;
  return `${latitude}, ${longitude}`;
}

/**
 * The smallest extent that holds `base` and every point with `margin` degrees
 * around it, so a place added outside the region widens the map instead of
 * silently falling off it.
 */
export function extentCovering(points: readonly LatLon[], base: GeoExtent, margin = 0.5): GeoExtent {
  return {
    west: Math.min(base.west, ...points.map((point) => point.lon - margin)),
    south: Math.min(base.south, ...points.map((point) => point.lat - margin)),
    east: Math.max(base.east, ...points.map((point) => point.lon + margin)),
    north: Math.max(base.north, ...points.map((point) => point.lat + margin)),
  };
}

/**
 * An extent centred on a point, `span` degrees of longitude wide and tall
 * enough for the given height ÷ width once projected (a degree of longitude
 * shrinks with the cosine of the latitude).
 */
function extentAround(focus: LatLon, span: number, aspect: number): GeoExtent {
  const latitudeSpan = span * Math.cos((focus.lat * Math.PI) / 180) * aspect;
  return {
    west: focus.lon - span / 2,
    east: focus.lon + span / 2,
    south: focus.lat - latitudeSpan / 2,
    north: focus.lat + latitudeSpan / 2,
  };
}

/**
 * A Lambert conformal conic projection (the usual choice for a mid-latitude
 * region: shapes stay true and north stays up along the central meridian),
 * with standard parallels at a sixth and five sixths of the extent, fitted to
 * the width. The height is the given one or whatever the extent needs.
 */
function fitProjection(extent: GeoExtent, width: number, height?: number): { projection: GeoProjection; height: number } {
  const latitudeSpan = extent.north - extent.south;
  const projection = geoConicConformal()
    .parallels([extent.south + latitudeSpan / 6, extent.north - latitudeSpan / 6])
    .rotate([-(extent.west + extent.east) / 2, 0]);
  const outline = extentOutline(extent);
  if (height !== undefined) {
    projection.fitExtent(
      [
        [0, 0],
        [width, height],
      ],
      outline,
    );
    return { projection, height };
  }
  projection.fitWidth(width, outline);
  const [, [, bottom]] = geoPath(projection).bounds(outline);
  return { projection, height: Math.ceil(bottom) };
}

/** The extent's edges as points every half degree, so the fit sees the curved parallels of a conic projection. */
function extentOutline(extent: GeoExtent): MultiPoint {
  const coordinates: Array<[number, number]> = [];
  const steps = (from: number, to: number) => Math.max(1, Math.ceil(Math.abs(to - from) / 0.5));
  const lonSteps = steps(extent.west, extent.east);
  const latSteps = steps(extent.south, extent.north);
  for (let i = 0; i <= lonSteps; i++) {
    const lon = extent.west + ((extent.east - extent.west) * i) / lonSteps;
    coordinates.push([lon, extent.south], [lon, extent.north]);
  }
  for (let j = 0; j <= latSteps; j++) {
    const lat = extent.south + ((extent.north - extent.south) * j) / latSteps;
    coordinates.push([extent.west, lat], [extent.east, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

/** The longitude/latitude box the frame shows, from points along its edges, padded a degree. */
function frameBounds(projection: GeoProjection, width: number, height: number): [[number, number], [number, number]] {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (let i = 0; i <= 10; i++) {
    for (const [x, y] of [
      [(width * i) / 10, 0],
      [(width * i) / 10, height],
      [0, (height * i) / 10],
      [width, (height * i) / 10],
    ] as const) {
      const lonLat = projection.invert?.([x, y]);
      if (!lonLat) continue;
      west = Math.min(west, lonLat[0]);
      east = Math.max(east, lonLat[0]);
      south = Math.min(south, lonLat[1]);
      north = Math.max(north, lonLat[1]);
    }
  }
  return [
    [west - 1, south - 1],
    [east + 1, north + 1],
  ];
}

/** Whether a country's geoBounds can meet the frame's box; boxes that cross the antimeridian (west > east) are kept to be safe. */
function boundsIntersect(country: [[number, number], [number, number]], frame: [[number, number], [number, number]]): boolean {
  const [[west, south], [east, north]] = country;
  if (north < frame[0][1] || south > frame[1][1]) return false;
  if (west > east) return true;
  return east >= frame[0][0] && west <= frame[1][0];
}

/** Projects the places, sizes their markers and places their names, largest marker first. */
function placeMarkers(places: readonly MapPlace[], projection: GeoProjection, frame: Box, labelFrame: Box): MapMarker[] {
  const counts = places.map((place) => place.count).filter((count): count is number => count !== undefined);
  const maxCount = Math.max(1, ...counts);
  const projected = places.map((place) => {
    const point = projection([place.lon, place.lat]);
    const [x, y] = point && Number.isFinite(point[0]) && Number.isFinite(point[1]) ? point : [NaN, NaN];
    const inside = x >= frame.x0 && x <= frame.x1 && y >= frame.y0 && y <= frame.y1;
    // Area, not radius, grows with the count, so a place mentioned four times looks four times as big, not sixteen.
    const r =
      place.count === undefined
        ? MARKER_RADIUS.single
        : MARKER_RADIUS.min + (MARKER_RADIUS.max - MARKER_RADIUS.min) * Math.sqrt(Math.max(0, place.count) / maxCount);
    return { place, x, y, r, inside };
  });

  const order = projected
    .map((marker, index) => ({ marker, index }))
    .filter(({ marker }) => marker.inside)
    .sort((a, b) => b.marker.r - a.marker.r || a.marker.place.name.localeCompare(b.marker.place.name));
  const circles = projected.filter((marker) => marker.inside).map(circleBox);
  const taken: Box[] = [];
  const labels = new Map<number, MapLabel>();
  for (const { marker, index } of order) {
    const label = placePointLabel({
      text: marker.place.name,
      point: [marker.x, marker.y],
      radius: marker.r,
      frame: labelFrame,
      obstacles: [...circles, ...taken],
      style: PLACE_LABEL_STYLE,
    });
    labels.set(index, label);
    taken.push(label.box);
  }
  return projected.map((marker, index) => {
    const label = labels.get(index);
    return label ? { ...marker, label } : marker;
  });
}

/** The square around a marker's circle. */
function circleBox(marker: { x: number; y: number; r: number }): Box {
  return { x0: marker.x - marker.r, y0: marker.y - marker.r, x1: marker.x + marker.r, y1: marker.y + marker.r };
}

/** Total unsigned area of some rings (shoelace), to order countries by how much of them shows. */
function ringsArea(rings: readonly (readonly Point[])[]): number {
  let total = 0;
  for (const ring of rings) {
    let twice = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      twice += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
    }
    total += Math.abs(twice) / 2;
  }
  return total;
}

/** A placed label as an SVG text element. */
function textElement(label: MapLabel, className?: string): string {
  const anchor = label.anchor === 'start' ? '' : ` text-anchor="${label.anchor}"`;
  const classAttribute = className ? ` class="${className}"` : '';
  return `<text${classAttribute} x="${svgNumber(label.x)}" y="${svgNumber(label.y)}"${anchor}>${escapeHtml(label.text)}</text>`;
}
