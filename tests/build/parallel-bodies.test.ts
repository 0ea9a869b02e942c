/**
 * The build's parallel parsing (scripts/lib/build/parallel-bodies.ts), with
 * real worker threads on a synthetic archive: the facts the workers derive
 * are the ones one thread derives, and the content pre-check finds every
 * body they parsed in the cache instead of parsing it again.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../scripts/harness/synthetic/generate.ts';
import { articleBodies, dealInto, parseBodiesInParallel } from '../../scripts/lib/build/parallel-bodies.ts';
import { checkContent } from '../../scripts/lib/check-content.ts';
import { deriveBodyFacts, type BodyFacts } from '../../src/lib/content/body-facts.ts';
import { DerivedCache } from '../../src/lib/content/derived-cache.ts';

const ARTICLES = 40;
let contentDir: string;

beforeAll(() => {
  contentDir = join(mkdtempSync(join(tmpdir(), 'archive-parallel-')), 'content');
  generateArchive(contentDir, ARTICLES);
});

/** A cache kept in memory, as a clean build starts with. */
const emptyCache = () => new DerivedCache<BodyFacts>('bodies', null, 'test');

describe('parsing bodies on worker threads', () => {
  it('derives for every body the facts one thread derives', async () => {
    const cache = emptyCache();
    const bodies = articleBodies(contentDir);
    expect(bodies).toHaveLength(ARTICLES);
    expect(await parseBodiesInParallel(bodies, cache, 2, 0)).toEqual({ parsed: ARTICLES, threads: 2 });
    for (const body of bodies) {
      expect(
        cache.get(body, () => {
          throw new Error('a body the workers parsed is not in the cache');
        }),
      ).toEqual(deriveBodyFacts(body));
    }
  });

  it('leaves the content check nothing to parse, and a second run nothing to do', async () => {
    const cache = emptyCache();
    await parseBodiesInParallel(articleBodies(contentDir), cache, 2, 0);
    // The check hashes each body as it reads it: a body read differently here would be parsed again.
    const { problems } = checkContent(contentDir, process.cwd(), { bodyCache: cache });
    expect(problems).toEqual([]);
    expect(cache.stats.misses).toBe(ARTICLES);
    expect(await parseBodiesInParallel(articleBodies(contentDir), cache, 2, 0)).toEqual({ parsed: 0, threads: 0 });
  });

  it('starts no workers for fewer bodies than the minimum, or on one core', async () => {
    const bodies = articleBodies(contentDir);
    expect(await parseBodiesInParallel(bodies, emptyCache(), 2, ARTICLES + 1)).toEqual({ parsed: 0, threads: 0 });
    expect(await parseBodiesInParallel(bodies, emptyCache(), 1, 0)).toEqual({ parsed: 0, threads: 0 });
  });

  it('deals the work into even shares, every item once', () => {
    const shares = dealInto([1, 2, 3, 4, 5, 6, 7], 3);
    expect(shares).toEqual([
      [1, 4, 7],
      [2, 5],
      [3, 6],
    ]);
    expect(dealInto([1], 4)).toEqual([[1]]);
  });
});
