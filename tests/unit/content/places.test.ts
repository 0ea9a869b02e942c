import { describe, expect, it } from 'vitest';
import { checkPlaceCountries, countriesAt } from '../../../src/lib/content/checks/places.ts';
import { entitySchema, type Entity } from '../../../src/schemas/entity.ts';
import { createEntities } from '../../../scripts/harness/synthetic/corpus-entities.ts';

const place = (lat: number, lon: number, country = 'Syria') => ({
  file: 'content/entities/p.yaml',
  data: { kind: 'place', name: 'P', aliases: [], description: 'D', coordinates: { lat, lon }, country } as Entity,
});

describe('place coordinates against their country', () => {
  it('accept the real places, a border town included', () => {
    // Ayn Issa, and Tel Abyad on the Turkish border.
    expect(checkPlaceCountries([place(36.385, 38.859), place(36.698, 38.957)])).toEqual([]);
  });

  it('name swapped latitude and longitude', () => {
    expect(checkPlaceCountries([place(38.859, 36.385)])).toEqual([
      {
        file: 'content/entities/p.yaml',
        where: 'coordinates',
        message: 'lat 38.859, lon 36.385 is in Turkey, not in Syria; latitude and longitude look swapped',
      },
    ]);
  });

  it('name a point at sea, or in another country', () => {
    expect(checkPlaceCountries([place(34.0, 34.0)])[0]?.message).toBe('lat 34, lon 34 is in no country (at sea), not in Syria');
    expect(checkPlaceCountries([place(36.385, 38.859, 'Iraq')])[0]?.message).toMatch(/is in Syria, not in Iraq/);
  });

  it('name a country the atlas does not know', () => {
    expect(checkPlaceCountries([place(36.385, 38.859, 'SY')])).toEqual([
      {
        file: 'content/entities/p.yaml',
        where: 'country',
        message: expect.stringMatching(/"SY" is not a country name in the world atlas/),
      },
    ]);
  });

  it("accept every place of the benchmark's synthetic archive, each with its country", () => {
    const places = createEntities().filter((entity) => entity.kind === 'place');
    expect(places.length).toBeGreaterThan(10);
    const entries = places.map(({ id, role: _role, ...data }) => ({ file: `${id}.yaml`, data: entitySchema.parse(data) }));
    expect(checkPlaceCountries(entries)).toEqual([]);
  });

  it('find the countries at a point', () => {
    expect(countriesAt(38.859, 36.385)).toEqual(['Syria']);
    expect(countriesAt(32.85, 39.92)).toEqual(['Turkey']);
  });
});
