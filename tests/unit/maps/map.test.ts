import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  buildMap,
  extentCovering,
  formatCoordinates,
  mentionLabel,
  NORTHEAST_SYRIA_EXTENT,
  renderLocatorMap,
  renderMapSvg,
  renderPlacesMap,
  type MapData,
  type MapPlace,
} from '../../../src/lib/maps/map.ts';
import { toPathData } from '../../../src/lib/maps/path-data.ts';

/** The archive's five places, with made-up mention counts. */
const PLACES = [
  { id: 'ayn-issa', name: 'Ayn Issa', lat: 36.385, lon: 38.859, count: 6 },
  { id: 'al-hol', name: 'al-Hol camp', lat: 36.376, lon: 41.149, count: 5 },
  { id: 'tel-abyad', name: 'Tel Abyad', lat: 36.698, lon: 38.957, count: 2 },
  { id: 'qamishli', name: 'Qamishli', lat: 37.05, lon: 41.22, count: 1 },
  { id: 'raqqa', name: 'Raqqa', lat: 35.95, lon: 39.02, count: 3 },
].map((place) => ({ ...place, href: `/places/${place.id}/` }));

const PARIS: MapPlace = { id: 'paris', name: 'Paris', lat: 48.857, lon: 2.352 };

/** Gzipped bytes one inline map may take of a page's 14,600-byte budget. */
const MAP_GZIP_BUDGET = 5_000;

/** Every absolute vertex of path data written as "M x y l dx dy … z". */
function pathVertices(d: string): Array<[number, number]> {
  const vertices: Array<[number, number]> = [];
  for (const [, command, numbers] of d.matchAll(/([Ml])([^Mlz]*)/g)) {
    const values = (numbers!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    let [x, y] = command === 'M' ? [0, 0] : vertices.at(-1)!;
    for (let i = 0; i + 1 < values.length; i += 2) {
      x = command === 'M' && i === 0 ? values[i]! : x + values[i]!;
      y = command === 'M' && i === 0 ? values[i + 1]! : y + values[i + 1]!;
      vertices.push([x, y]);
    }
  }
  return vertices;
}

function labelOf(map: MapData, country: string) {
  return map.countryLabels.find((label) => label.text === country);
}

describe('the regional map of northeast Syria', () => {
  const map = buildMap(PLACES);

  it('projects each of the five places inside the drawn area, clear of the edges', () => {
    expect(map.markers).toHaveLength(5);
    for (const marker of map.markers) {
      expect(marker.inside, marker.place.name).toBe(true);
      expect(marker.x, marker.place.name).toBeGreaterThan(marker.r + 10);
      expect(marker.x, marker.place.name).toBeLessThan(map.width - marker.r - 10);
      expect(marker.y, marker.place.name).toBeGreaterThan(marker.r + 10);
      expect(marker.y, marker.place.name).toBeLessThan(map.height - marker.r - 10);
    }
  });

  it('keeps the geography the right way round: north up, east right', () => {
    const at = (id: string) => map.markers.find((marker) => marker.place.id === id)!;
    expect(at('qamishli').y).toBeLessThan(at('raqqa').y);
    expect(at('al-hol').x).toBeGreaterThan(at('ayn-issa').x);
    expect(at('tel-abyad').y).toBeLessThan(at('ayn-issa').y);
  });

  it('flags a place far away (Paris) as outside, and does not draw it', () => {
    const withParis = buildMap([...PLACES, PARIS]);
    const paris = withParis.markers.find((marker) => marker.place.id === 'paris')!;
    expect(paris.inside).toBe(false);
    expect(paris.label).toBeUndefined();
    expect(renderMapSvg(withParis, { idPrefix: 'm', title: 'Map' })).not.toContain('Paris');
  });

  it('labels Syria, Turkey and Iraq inside the frame, each where it lies', () => {
    for (const country of ['Syria', 'Turkey', 'Iraq']) {
      const label = labelOf(map, country);
      expect(label, country).toBeDefined();
      expect(label!.box.x0, country).toBeGreaterThanOrEqual(0);
      expect(label!.box.y0, country).toBeGreaterThanOrEqual(0);
      expect(label!.box.x1, country).toBeLessThanOrEqual(map.width);
      expect(label!.box.y1, country).toBeLessThanOrEqual(map.height);
    }
    // Turkey is north of Syria, Iraq east of it.
    expect(labelOf(map, 'Turkey')!.y).toBeLessThan(labelOf(map, 'Syria')!.y);
    expect(labelOf(map, 'Iraq')!.x).toBeGreaterThan(labelOf(map, 'Syria')!.x);
  });

  it('keeps labels off the markers and off each other', () => {
    const labels = [
      ...map.countryLabels.map((label) => label.box),
      ...map.markers.flatMap((marker) => (marker.label ? [marker.label.box] : [])),
    ];
    const markers = map.markers.map((marker) => ({
      x0: marker.x - marker.r,
      y0: marker.y - marker.r,
      x1: marker.x + marker.r,
      y1: marker.y + marker.r,
    }));
    labels.forEach((a, i) =>
      [...labels.slice(i + 1), ...markers].forEach((b) => {
        const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        expect(overlap, JSON.stringify([a, b])).toBe(false);
      }),
    );
  });

  it('draws non-empty country outlines and borders, without NaN, clipped to the frame', () => {
    const names = map.countries.map((country) => country.name);
    expect(names).toEqual(expect.arrayContaining(['Syria', 'Turkey', 'Iraq']));
    // Far-away countries are not drawn at all.
    expect(names).not.toContain('France');
    for (const d of [...map.countries.map((country) => country.d), map.borders]) {
      expect(d).toMatch(/^M/);
      expect(d).not.toMatch(/NaN|Infinity|undefined/);
      for (const [x, y] of pathVertices(d)) {
        // Clipping leaves a 2-unit margin so strokes along the cut fall outside the viewBox.
        expect(x).toBeGreaterThanOrEqual(-2.1);
        expect(x).toBeLessThanOrEqual(map.width + 2.1);
        expect(y).toBeGreaterThanOrEqual(-2.1);
        expect(y).toBeLessThanOrEqual(map.height + 2.1);
      }
    }
  });

  it('rounds coordinates to one decimal', () => {
    expect(map.borders).not.toMatch(/\d\.\d\d/);
    for (const country of map.countries) expect(country.d).not.toMatch(/\d\.\d\d/);
  });

  it(`keeps the rendered SVG under ${MAP_GZIP_BUDGET} bytes gzipped`, () => {
    const svg = renderPlacesMap(PLACES);
    expect(gzipSync(svg).length).toBeLessThan(MAP_GZIP_BUDGET);
  });

  // The measurement behind the choice of 50m (see DEFAULT_RESOLUTION): both fit, so the more faithful one is used.
  it.each(['50m', '110m'] as const)('fits the budget with the %s atlas too', (resolution) => {
    const svg = renderMapSvg(buildMap(PLACES, { resolution }), { idPrefix: 'm', title: 'Map' });
    expect(gzipSync(svg).length).toBeLessThan(MAP_GZIP_BUDGET);
  });

  it('gives identical output for identical input', () => {
    const render = () => renderMapSvg(buildMap(PLACES), { idPrefix: 'm', title: 'Map' });
    expect(render()).toBe(render());
  });

  it('covers the default extent with its viewBox', () => {
    expect(map.viewBox).toBe(`0 0 ${map.width} ${map.height}`);
    expect(map.width).toBe(440);
    expect(map.height).toBeGreaterThan(200);
  });
});

describe('toPathData', () => {
  it('writes the first point absolute, the rest relative, rounded to a tenth', () => {
    expect(
      toPathData(
        [
          {
            points: [
              [10.04, 20.06],
              [12.46, 19.5],
              [30, 40.01],
            ],
            closed: false,
          },
        ],
        0,
      ),
    ).toBe('M10 20.1l2.5-.6 17.5 20.5');
  });

  it('drops points within the tolerance of the simplified line, but keeps corners', () => {
    const nearlyStraight: Array<[number, number]> = [
      [0, 0],
      [10, 0.2],
      [20, -0.2],
      [30, 0],
      [30, 30],
    ];
    expect(toPathData([{ points: nearlyStraight, closed: false }], 0.5)).toBe('M0 0l30 0 0 30');
    expect(toPathData([{ points: nearlyStraight, closed: false }], 0.1)).toBe('M0 0l10 .2 10-.4 10 .2 0 30');
  });

  it('closes rings and drops rings too small to see', () => {
    expect(
      toPathData(
        [
          {
            points: [
              [0, 0],
              [10, 0],
              [10, 10],
              [0, 0],
            ],
            closed: true,
          },
        ],
        0.5,
      ),
    ).toBe('M0 0l10 0 0 10z');
    expect(
      toPathData(
        [
          {
            points: [
              [0, 0],
              [0.1, 0],
              [0.1, 0.1],
            ],
            closed: true,
          },
        ],
        0.5,
      ),
    ).toBe('');
  });
});

describe('extentCovering', () => {
  it('widens the region to take in a place outside it', () => {
    const extent = extentCovering([PARIS], NORTHEAST_SYRIA_EXTENT);
    expect(extent.west).toBeCloseTo(1.852);
    expect(extent.north).toBeCloseTo(49.357);
    expect(extent.east).toBe(NORTHEAST_SYRIA_EXTENT.east);
  });

  it('leaves the region alone when every place is inside it', () => {
    expect(extentCovering(PLACES, NORTHEAST_SYRIA_EXTENT)).toEqual(NORTHEAST_SYRIA_EXTENT);
  });
});

describe('the places map markup', () => {
  const svg = renderPlacesMap(PLACES);

  it('links every marker to its place with a name that gives the mentions', () => {
    for (const place of PLACES) {
      expect(svg).toContain(`<a class="map-link" href="${place.href}" aria-label="${mentionLabel(place.name, place.count)}">`);
    }
    expect(svg).toContain('aria-label="al-Hol camp, 5 mentions"');
    expect(svg).toContain('aria-label="Qamishli, 1 mention"');
  });

  it('is a named group of links, not an image (an image would hide the links)', () => {
    expect(svg).toMatch(/^<svg class="map" viewBox="0 0 440 \d+" role="group" aria-labelledby="places-map-title">/);
    expect(svg).toContain('<title id="places-map-title">');
  });

  it('sizes markers by mentions', () => {
    const map = buildMap(PLACES);
    const radius = (id: string) => map.markers.find((marker) => marker.place.id === id)!.r;
    expect(radius('ayn-issa')).toBeGreaterThan(radius('al-hol'));
    expect(radius('al-hol')).toBeGreaterThan(radius('raqqa'));
    expect(radius('raqqa')).toBeGreaterThan(radius('qamishli'));
  });

  it('uses classes, never inline styles or scripts (the CSP forbids them)', () => {
    expect(svg).not.toMatch(/style=|<style|<script|\son\w+=/);
    expect(svg).toContain('class="map-country"');
    expect(svg).toContain('class="map-border"');
    expect(svg).toContain('class="map-marker"');
  });

  it('escapes names', () => {
    const markup = renderPlacesMap([{ ...PLACES[0]!, name: 'A <b> & "c"' }]);
    expect(markup).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
    expect(markup).not.toContain('<b>');
  });
});

describe('the locator map', () => {
  it.each(PLACES)('puts $name in the middle and captions its coordinates', (place) => {
    const map = buildMap([place], { focus: place });
    const [marker] = map.markers;
    expect(marker!.inside).toBe(true);
    expect(Math.abs(marker!.x - map.width / 2)).toBeLessThan(1);
    // The conic projection curves the parallels, so the centre sits a little below the middle.
    expect(Math.abs(marker!.y - map.height / 2)).toBeLessThan(map.height * 0.02);
    for (const country of ['Syria', 'Turkey']) expect(labelOf(map, country), country).toBeDefined();
    const { svg, caption } = renderLocatorMap(place);
    expect(caption).toBe(`${place.name}, ${formatCoordinates(place)} (approximate)`);
    expect(gzipSync(svg).length).toBeLessThan(MAP_GZIP_BUDGET);
  });

  it('is a single image named after the place', () => {
    const { svg, caption } = renderLocatorMap(PLACES[0]!);
    expect(caption).toBe('Ayn Issa, 36.385° N, 38.859° E (approximate)');
    expect(svg).toMatch(/^<svg class="map" viewBox="[^"]+" role="img" aria-labelledby="locator-map-ayn-issa-title">/);
    expect(svg).toContain('<title id="locator-map-ayn-issa-title">Map: where Ayn Issa is, with the neighbouring countries</title>');
    expect(svg).not.toContain('<a ');
    expect(svg).toContain('>Ayn Issa</text>');
  });

  it('writes southern and western coordinates with S and W', () => {
    expect(formatCoordinates({ lat: -33.9, lon: -18.4 })).toBe('33.9° S, 18.4° W');
  });
});
