/**
 * The benchmark's results: their shape (written as latest.json), the aims
 * they are compared with, and the Markdown report (latest.md). Aims are
 * reported as pass or miss and never fail the run: the benchmark informs
 * decisions, it is not a test.
 */
import { FILE_LIMIT_BYTES, type DiskUsage } from './disk.ts';
import type { HugoFigures } from './hugo.ts';
import { CATEGORIES, type LighthouseFigures } from './lighthouse.ts';
import type { Machine } from './machine.ts';
import { PAGE_BUDGET_BYTES, type PageWeightFigures } from './pages.ts';
import type { QueryFigures } from './search.ts';
import type { BuildFigures } from './site-build.ts';

/** Figures for one synthetic archive. */
export interface SizeResult {
  articles: number;
  events: number;
  entities: number;
  topics: number;
  clean: BuildFigures;
  /** The rebuild after a one-word edit of one article, caches kept. */
  rebuild: BuildFigures;
  /** The rebuild after adding one new article, caches kept. */
  addition: BuildFigures;
  disk: DiskUsage;
  /** Every page's weight against the page budget. */
  pageWeights: PageWeightFigures;
  search: QueryFigures;
  /** Null when Hugo is missing or was skipped; `hugoNote` says why. */
  hugo: HugoFigures | null;
  hugoNote?: string;
}

/** A synthetic size whose run stopped: where, why, and how far it got. */
export interface SizeFailure {
  articles: number;
  /** The step that failed: "clean build", "rebuild after a one-word edit", … */
  step: string;
  /** The end of the error (a build's last output lines). */
  error: string;
  /** When a build failed: its exit status, time until it stopped, peak memory and its last progress line. */
  build?: {
    status: number;
    wallMs: number;
    peakRssTotalBytes: number;
    peakProcessHwmBytes: number;
    peakProcessName: string;
    lastProgress: string;
  };
  /** The clean build's figures, when it finished before a later step failed. */
  clean?: BuildFigures;
}

/** Lighthouse on one page type of the real site. */
export interface PageAudit {
  page: string;
  path: string;
  /** Absent when Lighthouse could not audit the page; `error` says why. */
  figures?: LighthouseFigures;
  error?: string;
}

/** Figures for the real site, built from the project's content. */
export interface RealSiteResult {
  build: BuildFigures;
  disk: DiskUsage;
  search: QueryFigures;
  /** Null when Lighthouse was skipped. */
  lighthouse: PageAudit[] | null;
}

/** One aim, what was measured against it, and whether it was met (null: not measured). */
export interface Aim {
  aim: string;
  measured: string;
  met: boolean | null;
}

/** Everything a run produced. */
export interface BenchResults {
  machine: Machine;
  real: RealSiteResult;
  sizes: SizeResult[];
  /** Sizes that did not finish (none in a run where every size did). */
  failures: SizeFailure[];
  aims: Aim[];
}

const GB = 1e9;
const KB = 1e3;

/** 12345 → "12,345". */
function count(value: number): string {
  return value.toLocaleString('en-US');
}

/** Milliseconds as seconds: "12.3 s", or "850 ms" under a second. */
function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** Bytes in decimal units (1 KB = 1,000 bytes), as the aims are written. */
function bytes(value: number): string {
  if (value >= GB) return `${(value / GB).toFixed(2)} GB`;
  if (value >= 1e6) return `${(value / 1e6).toFixed(1)} MB`;
  return `${(value / KB).toFixed(1)} KB`;
}

/** A ratio to two decimals, e.g. "2.40×". */
function ratio(value: number): string {
  return `${value.toFixed(2)}×`;
}

/** Archive clean build over Hugo + Pagefind for one size, or null without the reference. */
function hugoRatio(size: SizeResult): number | null {
  return size.hugo ? size.clean.totalMs / (size.hugo.hugoMs + size.hugo.pagefindMs) : null;
}

/** The size the "10,000 articles" aims are judged at: 10,000 if measured, else the largest measured. */
function headlineSize(sizes: readonly SizeResult[]): SizeResult | undefined {
  return sizes.find((size) => size.articles === 10_000) ?? sizes.at(-1);
}

/** Clean-build wall and CPU time per article, ms. */
function costPerArticle(size: SizeResult): { wallMs: number; cpuMs: number | null } {
  return { wallMs: size.clean.totalMs / size.articles, cpuMs: size.clean.cpuMs === null ? null : size.clean.cpuMs / size.articles };
}

/**
 * How much the cost per article changes from 10,000 articles (or the
 * smallest size above it measured) to the largest size (CPU time when
 * measured, which the machine's load disturbs less than wall time): 1.0 for
 * a build whose cost is linear in the archive. Null without two such sizes.
 */
function costGrowth(sizes: readonly SizeResult[]): { ratio: number; from: number; to: number } | null {
  const large = sizes.filter((size) => size.articles >= 10_000);
  if (large.length < 2) return null;
  const [small, big] = [large[0]!, large.at(-1)!];
  const [a, b] = [costPerArticle(small), costPerArticle(big)];
  return { ratio: a.cpuMs !== null && b.cpuMs !== null ? b.cpuMs / a.cpuMs : b.wallMs / a.wallMs, from: small.articles, to: big.articles };
}

/** How far the cost per article may move from 10,000 to 100,000 articles and still count as flat (±15%). */
const FLAT_COST_TOLERANCE = 0.15;

/** The most peak memory a build of 100,000 articles may take on this 24 GB machine. */
const MEMORY_AT_100K_BYTES = 16 * GB;

/**
 * The aims about growth: 100,000 articles within 16 GB, the cold query at
 * the largest size, the cost per article flat, and adding one article. A
 * size that did not finish counts against the aims it would have measured.
 */
function growthAims(sizes: readonly SizeResult[], failures: readonly SizeFailure[]): Aim[] {
  const aims: Aim[] = [];
  const hundred = sizes.find((size) => size.articles === 100_000);
  const hundredFailed = failures.find((failure) => failure.articles === 100_000);
  aims.push({
    aim: '100,000 articles built with peak memory ≤ 16 GB',
    measured: hundred
      ? bytes(hundred.clean.peakRssTotalBytes)
      : hundredFailed
        ? `stopped at ${hundredFailed.step}${hundredFailed.build ? ` after ${duration(hundredFailed.build.wallMs)}, peak ${bytes(hundredFailed.build.peakRssTotalBytes)}` : ''}`
        : 'not measured',
    met: hundred ? hundred.clean.peakRssTotalBytes <= MEMORY_AT_100K_BYTES : hundredFailed ? false : null,
  });
  aims.push({
    aim: 'cold first query ≤ 200 KB at 100,000 articles',
    measured: hundred
      ? `${bytes(hundred.search.gzipBytes)} gzipped`
      : hundredFailed
        ? `not reached (stopped at ${hundredFailed.step})`
        : 'not measured',
    met: hundred ? hundred.search.gzipBytes <= 200 * KB : hundredFailed ? false : null,
  });
  const growth = costGrowth(sizes);
  aims.push({
    aim: `cost per article flat (±${FLAT_COST_TOLERANCE * 100}%) from 10,000 to 100,000 articles`,
    measured:
      growth === null
        ? 'needs two sizes of 10,000 or more'
        : `${ratio(growth.ratio)} from ${count(growth.from)} to ${count(growth.to)} articles${growth.to < 100_000 ? ' (100,000 not measured)' : ''}`,
    // Judged only when 100,000 was built; a 100,000 that did not finish is a miss whatever the smaller sizes show.
    met: growth?.to === 100_000 ? Math.abs(growth.ratio - 1) <= FLAT_COST_TOLERANCE : hundredFailed ? false : null,
  });
  aims.push({
    aim: 'adding one new article, caches kept, ≤ ⅓ of the clean build',
    measured:
      sizes.map((size) => `${(size.addition.totalMs / size.clean.totalMs).toFixed(2)} at ${count(size.articles)}`).join(', ') ||
      'not measured',
    met: sizes.length > 0 ? sizes.every((size) => size.addition.totalMs <= size.clean.totalMs / 3) : null,
  });
  return aims;
}

/** Compares the results with the aims the benchmark reports (the 10,000-article aims are judged at 10,000, or the largest size measured). */
export function evaluateAims(real: RealSiteResult, sizes: readonly SizeResult[], failures: readonly SizeFailure[] = []): Aim[] {
  const big = headlineSize(sizes);
  const at = (size: SizeResult) => (size.articles === 10_000 ? '' : ` (at ${count(size.articles)} articles; 10,000 not measured)`);
  const aims: Aim[] = [];

  const bigRatio = big ? hugoRatio(big) : null;
  aims.push({
    aim: 'clean build ≤ 3 × Hugo + Pagefind wall time',
    measured: big && bigRatio !== null ? `${ratio(bigRatio)}${at(big)}` : (big?.hugoNote ?? 'not measured'),
    met: bigRatio === null ? null : bigRatio <= 3,
  });

  const memoryRatio = big?.hugo ? big.clean.peakRssTotalBytes / big.hugo.peakRssBytes : null;
  aims.push({
    aim: 'peak memory of the whole build ≤ 1.1 × Hugo + Pagefind',
    measured:
      big && memoryRatio !== null
        ? `${bytes(big.clean.peakRssTotalBytes)} / ${bytes(big.hugo!.peakRssBytes)} = ${ratio(memoryRatio)}${at(big)}`
        : big
          ? `${bytes(big.clean.peakRssTotalBytes)}; ${big.hugoNote ?? 'no reference'}`
          : 'not measured',
    met: memoryRatio === null ? null : memoryRatio <= 1.1,
  });

  aims.push({
    aim: 'one-word rebuild, caches kept, ≤ ⅓ of the clean build',
    measured:
      sizes.map((size) => `${(size.rebuild.totalMs / size.clean.totalMs).toFixed(2)} at ${count(size.articles)}`).join(', ') ||
      'not measured',
    met: sizes.length > 0 ? sizes.every((size) => size.rebuild.totalMs <= size.clean.totalMs / 3) : null,
  });

  aims.push({
    aim: `every page ≤ ${count(PAGE_BUDGET_BYTES)} bytes gzipped with its CSS`,
    measured: big
      ? `${count(big.pageWeights.overBudget)} of ${count(big.pageWeights.pages)} over; heaviest ${big.pageWeights.heaviest.map((page) => `\`${page.page}\` ${count(page.bytes)}`).join(', ')}${at(big)}`
      : 'not measured',
    met: big ? big.pageWeights.overBudget === 0 : null,
  });

  aims.push({
    aim: `no file in dist/ over ${bytes(FILE_LIMIT_BYTES)}`,
    measured: big
      ? `${count(big.disk.filesOverLimit)} over; largest \`${big.disk.largest[0]?.path}\` ${bytes(big.disk.largest[0]?.bytes ?? 0)}${at(big)}`
      : 'not measured',
    met: big ? big.disk.filesOverLimit === 0 : null,
  });

  aims.push({
    aim: 'cold first query ≤ 100 KB on the real site',
    measured: `${bytes(real.search.gzipBytes)} gzipped`,
    met: real.search.gzipBytes <= 100 * KB,
  });

  aims.push({
    aim: 'cold first query ≤ 200 KB at 10,000 articles',
    measured: big ? `${bytes(big.search.gzipBytes)} gzipped${at(big)}` : 'not measured',
    met: big ? big.search.gzipBytes <= 200 * KB : null,
  });

  const audited = (real.lighthouse ?? []).filter((page) => page.figures);
  const scores = audited.flatMap((page) =>
    CATEGORIES.map((category) => ({ page: page.page, category, score: page.figures!.scores[category] })),
  );
  const below = scores.filter((entry) => entry.score < 100);
  const failed = (real.lighthouse ?? []).filter((page) => page.error).map((page) => page.page);
  aims.push({
    aim: 'Lighthouse 100 in every category for every page type',
    measured: !real.lighthouse
      ? 'not measured'
      : [
          below.length === 0
            ? `all ${scores.length} scores 100`
            : `${below.length} of ${scores.length} below 100: ${below.map((entry) => `${entry.page} ${entry.category} ${entry.score}`).join(', ')}`,
          ...(failed.length > 0 ? [`not audited: ${failed.join(', ')}`] : []),
        ].join('; '),
    met: !real.lighthouse ? null : below.length === 0 && failed.length === 0,
  });
  return [...aims, ...growthAims(sizes, failures)];
}

/** A Markdown table from a header row and body rows. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** CPU seconds, or "n/a" without GNU time. */
function cpu(ms: number | null): string {
  return ms === null ? 'n/a' : duration(ms);
}

/** Where a cold query's bytes went, gzipped, largest first: "pagefind 60.1 KB, js 27.0 KB (2), …". */
function bytesByKind(search: QueryFigures): string {
  return Object.entries(search.byKind)
    .sort((a, b) => b[1].gzipBytes - a[1].gzipBytes)
    .map(([kind, figures]) => `${kind} ${bytes(figures.gzipBytes)}${figures.requests > 1 ? ` (${figures.requests})` : ''}`)
    .join(', ');
}

/** Archive clean build CPU time over Hugo + Pagefind CPU time, or null when either is unknown. */
function cpuRatio(size: SizeResult): number | null {
  return size.hugo?.cpuMs && size.clean.cpuMs !== null ? size.clean.cpuMs / size.hugo.cpuMs : null;
}

/** Milliseconds per article: "31.6 ms". */
function perArticle(ms: number): string {
  return `${ms.toFixed(1)} ms`;
}

/** Every phase name any size's build reported, in the order they first appear. */
function phaseNames(sizes: readonly SizeResult[], build: 'clean' | 'rebuild' = 'clean'): string[] {
  return [...new Set(sizes.flatMap((size) => size[build].phases.map((phase) => phase.name)))];
}

/** A phase's time in one build, with its share of the whole; "n/a" when that build did not report it. */
function phaseCell(build: BuildFigures, name: string): string {
  const phase = build.phases.find((entry) => entry.name === name);
  return phase ? `${duration(phase.ms)} (${Math.round((phase.ms / build.totalMs) * 100)}%)` : 'n/a';
}

/** The synthetic archives, one column per size. */
function sizesTable(sizes: readonly SizeResult[]): string {
  const row = (label: string, cell: (size: SizeResult) => string) => [label, ...sizes.map(cell)];
  const hugoCell = (cell: (hugo: HugoFigures) => string) => (size: SizeResult) => (size.hugo ? cell(size.hugo) : 'skipped');
  const ratioCell = (value: number | null, bold = false) => (value === null ? 'n/a' : bold ? `**${ratio(value)}**` : ratio(value));
  return table(
    ['', ...sizes.map((size) => `${count(size.articles)} articles`)],
    [
      row('content: events / entities / topics', (size) => `${count(size.events)} / ${size.entities} / ${size.topics}`),
      row('pages indexed', (size) => count(size.clean.pagesIndexed)),
      row('**clean build, total**', (size) => `**${duration(size.clean.totalMs)}**`),
      ...phaseNames(sizes).map((name) => row(`– ${name}`, (size) => phaseCell(size.clean, name))),
      row('– CPU time (user + system)', (size) => cpu(size.clean.cpuMs)),
      row(
        'cost per article, wall / CPU',
        (size) =>
          `${perArticle(costPerArticle(size).wallMs)} / ${costPerArticle(size).cpuMs === null ? 'n/a' : perArticle(costPerArticle(size).cpuMs!)}`,
      ),
      row('– load average as it ended', (size) => String(size.clean.loadAverage)),
      row('peak RSS of the build, pages phase', (size) => bytes(size.clean.peakRssPagesBytes)),
      row('peak RSS of the build, search step', (size) => bytes(size.clean.peakRssIndexBytes)),
      row('peak RSS of the build, total', (size) => bytes(size.clean.peakRssTotalBytes)),
      row('largest single process (VmHWM)', (size) => `${bytes(size.clean.peakProcessHwmBytes)} (${size.clean.peakProcessName})`),
      row('rebuild after editing one word', (size) => `${duration(size.rebuild.totalMs)} (CPU ${cpu(size.rebuild.cpuMs)})`),
      row('rebuild / clean build', (size) => (size.rebuild.totalMs / size.clean.totalMs).toFixed(2)),
      ...phaseNames(sizes, 'rebuild').map((name) => row(`– rebuild: ${name}`, (size) => phaseCell(size.rebuild, name))),
      row(
        '– pages rendered / copied from the last build',
        (size) => `${count(size.rebuild.pageWork.rendered)} / ${count(size.rebuild.pageWork.reused)}`,
      ),
      row('rebuild after adding one article', (size) => `${duration(size.addition.totalMs)} (CPU ${cpu(size.addition.cpuMs)})`),
      row('added-article rebuild / clean build', (size) => (size.addition.totalMs / size.clean.totalMs).toFixed(2)),
      row(
        '– pages rendered / copied (added article)',
        (size) => `${count(size.addition.pageWork.rendered)} / ${count(size.addition.pageWork.reused)}`,
      ),
      row('– derived data reused from the cache', (size) =>
        size.rebuild.derivedCache
          ? `${count(size.rebuild.derivedCache.hits)} of ${count(size.rebuild.derivedCache.hits + size.rebuild.derivedCache.misses)} articles`
          : 'n/a',
      ),
      row(
        `pages over ${count(PAGE_BUDGET_BYTES)} bytes gzipped (HTML + CSS)`,
        (size) => `${count(size.pageWeights.overBudget)} of ${count(size.pageWeights.pages)}`,
      ),
      row('– heaviest pages', (size) => size.pageWeights.heaviest.map((page) => `\`${page.page}\` ${count(page.bytes)}`).join(', ')),
      row('dist/ size', (size) => `${bytes(size.disk.bytes)} in ${count(size.disk.files)} files`),
      row('– of which search index', (size) => `${bytes(size.disk.searchIndexBytes)} in ${count(size.disk.searchIndexFiles)} files`),
      row('– largest files', (size) => size.disk.largest.map((file) => `\`${file.path}\` ${bytes(file.bytes)}`).join(', ')),
      row(`– files over ${bytes(FILE_LIMIT_BYTES)}`, (size) => count(size.disk.filesOverLimit)),
      row('cold first query', (size) => `"${size.search.query}": ${size.search.status}`),
      row(
        '– transferred from /pagefind/ (gzip / raw)',
        (size) => `${bytes(size.search.gzipBytes)} / ${bytes(size.search.rawBytes)} in ${size.search.requests} requests`,
      ),
      row('– by kind of file (gzip)', (size) => bytesByKind(size.search)),
      row(
        '– time to first results (median of 3)',
        (size) => `${duration(size.search.medianMs)} (${size.search.firstResultsMs.join(', ')} ms)`,
      ),
      row(
        'Hugo build (bare layout)',
        hugoCell((hugo) => duration(hugo.hugoMs)),
      ),
      row(
        'Pagefind CLI on Hugo output',
        hugoCell((hugo) => `${duration(hugo.pagefindMs)} (${count(hugo.pagesIndexed)} pages)`),
      ),
      row(
        'Hugo + Pagefind CPU time',
        hugoCell((hugo) => cpu(hugo.cpuMs)),
      ),
      row('**archive / (Hugo + Pagefind), wall time**', (size) => ratioCell(hugoRatio(size), true)),
      row('archive / (Hugo + Pagefind), CPU time', (size) => ratioCell(cpuRatio(size))),
    ],
  );
}

/** Lighthouse scores, one row per page type, the audits that cost points, and diagnostics. */
function lighthouseSection(pages: readonly PageAudit[]): string {
  const rows = pages.map((page) => [
    page.page,
    `\`${page.path}\``,
    ...CATEGORIES.map((category) => (page.figures ? String(page.figures.scores[category]) : 'error')),
  ]);
  const costly = pages.flatMap((page) => [
    ...(page.error ? [`- ${page.page}: not audited (${page.error.split('\n')[0]})`] : []),
    ...(page.figures?.findings ?? [])
      .filter((finding) => finding.weight > 0)
      .map(
        (finding) =>
          `- ${page.page}: \`${finding.id}\` ${finding.score.toFixed(2)}${finding.displayValue ? ` (${finding.displayValue})` : ''}`,
      ),
  ]);
  const diagnostics = pages
    .map(
      (page) =>
        [
          page.page,
          (page.figures?.findings ?? []).filter((finding) => finding.weight === 0).map((finding) => `\`${finding.id}\``),
        ] as const,
    )
    .filter(([, ids]) => ids.length > 0)
    .map(([page, ids]) => `- ${page}: ${ids.join(', ')}`);
  return [
    table(['page type', 'path', ...CATEGORIES], rows),
    '',
    costly.length > 0 ? `Audits that cost points (audit id, score 0–1, value):\n\n${costly.join('\n')}` : 'No audit cost a point.',
    '',
    ...(diagnostics.length > 0
      ? [`Diagnostics below full marks (weight 0, no effect on the score):\n\n${diagnostics.join('\n')}`, '']
      : []),
  ].join('\n');
}

/** The sizes that did not finish: the step, the memory reached, the last progress line and the error's end. */
function failuresSection(failures: readonly SizeFailure[]): string[] {
  if (failures.length === 0) return [];
  return [
    '### Sizes that did not finish',
    '',
    ...failures.flatMap((failure) => [
      `- **${count(failure.articles)} articles** stopped at the ${failure.step}` +
        (failure.build
          ? ` after ${duration(failure.build.wallMs)} (exit status ${failure.build.status}); peak RSS ${bytes(failure.build.peakRssTotalBytes)}, ` +
            `largest process ${bytes(failure.build.peakProcessHwmBytes)} (${failure.build.peakProcessName}); last progress line: \`${failure.build.lastProgress}\``
          : '') +
        (failure.clean
          ? `. Its clean build had finished in ${duration(failure.clean.totalMs)}, peak RSS ${bytes(failure.clean.peakRssTotalBytes)}.`
          : '.'),
      '',
      '  ```text',
      ...failure.error.split('\n').map((line) => `  ${line}`),
      '  ```',
      '',
    ]),
  ];
}

/** The whole report in Markdown. */
export function renderMarkdown(results: BenchResults): string {
  const { machine, real, sizes, aims } = results;
  const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? 'pass' : 'miss');
  return [
    `## Benchmark results, ${machine.date.slice(0, 10)}`,
    '',
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${bytes(machine.memoryBytes)} RAM, Linux ${machine.kernel}, ` +
      `Node ${machine.node}; load average ${machine.loadAtStart} at the start; commit ${machine.commit}.`,
    '',
    '### Synthetic archives',
    '',
    sizes.length > 0 ? sizesTable(sizes) : 'No synthetic archive was measured.',
    '',
    ...failuresSection(results.failures ?? []),
    '### The real site',
    '',
    table(
      ['', 'figure'],
      [
        ['clean build, total', `${duration(real.build.totalMs)} (CPU ${cpu(real.build.cpuMs)})`],
        ['– search index (Pagefind)', `${duration(real.build.indexMs)} (${real.build.pagesIndexed} pages)`],
        ['peak RSS of the build', bytes(real.build.peakRssTotalBytes)],
        ['dist/ size', `${bytes(real.disk.bytes)} in ${count(real.disk.files)} files`],
        [`cold first query "${real.search.query}"`, real.search.status],
        [
          '– transferred from /pagefind/ (gzip / raw)',
          `${bytes(real.search.gzipBytes)} / ${bytes(real.search.rawBytes)} in ${real.search.requests} requests`,
        ],
        ['– by kind of file (gzip)', bytesByKind(real.search)],
        ['– time to first results (median of 3)', `${duration(real.search.medianMs)} (${real.search.firstResultsMs.join(', ')} ms)`],
      ],
    ),
    '',
    ...(real.lighthouse
      ? ['Lighthouse 13 (mobile profile, simulated throttling), Chromium on loopback:', '', lighthouseSection(real.lighthouse)]
      : []),
    '### Aims',
    '',
    table(
      ['aim', 'measured', 'result'],
      aims.map((aim) => [aim.aim, aim.measured, verdict(aim.met)]),
    ),
    '',
  ].join('\n');
}
