/** The benchmark's reading of the search step from a build's log: every shard counted, not the first alone. */
import { describe, expect, it } from 'vitest';
import { searchStep } from '../../../../scripts/bench/site-build.ts';

/** Log lines at the given moments, as scripts/index-search.mjs and scripts/build.mjs print them. */
const log = (...lines: [number, string][]) => lines.map(([atMs, text]) => ({ atMs, text }));

describe("the benchmark's search step", () => {
  const shards = log(
    [1000, '[build] astro: 900 ms'],
    [1500, 'indexed 300 pages in 400 ms (shard 0 of 0–2)'],
    [2100, 'reused shard 1: its 2000 articles did not change'],
    [2600, 'indexed 1200 pages in 450 ms (shard 2 of 0–2)'],
  );

  it('adds up the pages of every shard indexed, and spans them all when build.mjs gives no total', () => {
    expect(searchStep(shards)).toEqual({ pages: 1500, shards: 2, startMs: 1100, ms: 1500 });
  });

  it("takes build.mjs's time for the whole step when it printed one", () => {
    expect(searchStep([...shards, ...log([2700, '[build] search index: 1650 ms'])])).toEqual({
      pages: 1500,
      shards: 2,
      startMs: 1050,
      ms: 1650,
    });
  });

  it('says so when the log has no search step at all', () => {
    expect(() => searchStep(log([1000, '[build] astro: 900 ms']))).toThrow('no "indexed N pages in M ms" line');
  });
});
