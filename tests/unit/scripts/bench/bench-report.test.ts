/**
 * The benchmark's judgement of the growth aims: a size that did not finish
 * is reported with where it stopped and counts as a miss, and the cost per
 * article is judged flat only from 10,000 to a built 100,000.
 */
import { describe, expect, it } from 'vitest';
import { evaluateAims, renderMarkdown, type RealSiteResult, type SizeFailure, type SizeResult } from '../../../../scripts/bench/report.ts';
import type { BuildFigures } from '../../../../scripts/bench/site-build.ts';
import type { QueryFigures } from '../../../../scripts/bench/search.ts';

/** A build of `seconds` wall time and `cpuSeconds` CPU time, peaking at `peakGb`. */
function build(seconds: number, cpuSeconds: number, peakGb = 1): BuildFigures {
  return {
    totalMs: seconds * 1000,
    pagesMs: seconds * 900,
    indexMs: seconds * 100,
    pagesIndexed: 10,
    peakRssPagesBytes: peakGb * 1e9,
    peakRssIndexBytes: peakGb * 5e8,
    peakRssTotalBytes: peakGb * 1e9,
    peakProcessHwmBytes: peakGb * 9e8,
    peakProcessName: 'node astro.mjs',
    phases: [],
    pageWork: { rendered: 1, reused: 0 },
    derivedCache: null,
    cpuMs: cpuSeconds * 1000,
    loadAverage: 1,
  };
}

const query = (kb: number): QueryFigures => ({
  query: 'camp',
  status: 'results',
  firstResultsMs: [100],
  medianMs: 100,
  requests: 5,
  rawBytes: kb * 3000,
  gzipBytes: kb * 1000,
  byKind: {},
});

/** A finished size whose clean build costs `msPerArticle` of CPU per article. */
function size(articles: number, msPerArticle: number): SizeResult {
  const cpu = (articles * msPerArticle) / 1000;
  return {
    articles,
    events: articles / 10,
    entities: 40,
    topics: 8,
    clean: build(cpu, cpu),
    rebuild: build(cpu / 4, cpu / 4),
    addition: build(cpu / 2, cpu / 2),
    disk: { bytes: 1, files: 1, searchIndexBytes: 1, searchIndexFiles: 1, largest: [{ path: 'index.html', bytes: 1 }], filesOverLimit: 0 },
    pageWeights: { pages: 1, overBudget: 0, heaviest: [{ page: '/', bytes: 1 }] },
    search: query(150),
    hugo: null,
    hugoNote: 'skipped',
  };
}

const real: RealSiteResult = { build: build(6, 6), disk: size(1, 1).disk, search: query(90), lighthouse: null };

const stopped: SizeFailure = {
  articles: 100_000,
  step: 'clean build',
  error: 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
  build: {
    status: 134,
    wallMs: 1_200_000,
    peakRssTotalBytes: 18.4e9,
    peakProcessHwmBytes: 18.1e9,
    peakProcessName: 'node astro.mjs',
    lastProgress: '[content] Syncing content',
  },
};

const aim = (aims: ReturnType<typeof evaluateAims>, start: string) => aims.find((entry) => entry.aim.startsWith(start))!;

describe("the benchmark's growth aims", () => {
  it('counts a 100,000 that stopped as a miss, naming the step and the memory it reached', () => {
    const aims = evaluateAims(real, [size(10_000, 20)], [stopped]);
    const memory = aim(aims, '100,000 articles built');
    expect(memory.met).toBe(false);
    expect(memory.measured).toContain('clean build');
    expect(memory.measured).toContain('18.40 GB');
    expect(aim(aims, 'cost per article flat').met).toBe(false);
    expect(aim(aims, 'cold first query ≤ 200 KB at 100,000').met).toBe(false);
  });

  it('judges the cost per article from 10,000 to 100,000, within 15%', () => {
    expect(aim(evaluateAims(real, [size(1_000, 5), size(10_000, 20), size(100_000, 22)]), 'cost per article flat').met).toBe(true);
    expect(aim(evaluateAims(real, [size(10_000, 20), size(100_000, 24)]), 'cost per article flat').met).toBe(false);
  });

  it('leaves the flat-cost aim unjudged when 100,000 was not tried', () => {
    const flat = aim(evaluateAims(real, [size(10_000, 20), size(30_000, 20)]), 'cost per article flat');
    expect(flat.met).toBeNull();
    expect(flat.measured).toContain('100,000 not measured');
  });

  it('judges adding one article against a third of the clean build', () => {
    const slow = size(10_000, 20);
    expect(aim(evaluateAims(real, [slow]), 'adding one new article').met).toBe(false);
    slow.addition = build(slow.clean.totalMs / 4000, 1);
    expect(aim(evaluateAims(real, [slow]), 'adding one new article').met).toBe(true);
  });

  it('writes the stopped size in the report with its last progress line and the error', () => {
    const sizes = [size(10_000, 20)];
    const failures = [stopped];
    const markdown = renderMarkdown({
      machine: {
        date: '2026-12-07T00:00:00Z',
        cpus: 2,
        cpuModel: 'cpu',
        memoryBytes: 24e9,
        kernel: 'k',
        node: '24',
        loadAtStart: 1,
        commit: 'abc',
      },
      real,
      sizes,
      failures,
      aims: evaluateAims(real, sizes, failures),
    } as Parameters<typeof renderMarkdown>[0]);
    expect(markdown).toContain('### Sizes that did not finish');
    expect(markdown).toContain('**100,000 articles** stopped at the clean build');
    expect(markdown).toContain('`[content] Syncing content`');
    expect(markdown).toContain('JavaScript heap out of memory');
  });
});
