/**
 * Lighthouse (the project's own `lighthouse` package) on one page of a site
 * served on loopback, in Debian's Chromium, with its default mobile profile
 * and simulated throttling, so the performance score does not depend on
 * the loopback's unreal speed.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_PATH } from '../harness/browser.ts';
import { ROOT } from '../harness/build.ts';

/** The four categories the archive aims at 100 in. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One category of a Lighthouse report. */
type Category = (typeof CATEGORIES)[number];

/** An audit that did not score full marks. */
interface Finding {
  id: string;
  title: string;
  /** 0–1. */
  score: number;
  /** Its weight in the category score; 0 for diagnostics, which cost no points. */
  weight: number;
  /** Lighthouse's short figure, e.g. "2.1 s", when it has one. */
  displayValue?: string;
}

/** Scores (0–100) and the audits that cost points on one page. */
export interface LighthouseFigures {
  scores: Record<Category, number>;
  findings: Finding[];
}

/** The flags this sandboxed, offline machine needs, as scripts/harness/browser.ts passes them. */
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync';

/** The shape of the parts of a Lighthouse report read here. */
interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }>;
  runtimeError?: { message: string };
}

/** Runs the Lighthouse CLI for `url`, writing its JSON report to `reportFile`, and reads the report. */
export async function runLighthouse(url: string, reportFile: string): Promise<LighthouseFigures> {
  const args = [
    join(ROOT, 'node_modules/lighthouse/cli/index.js'),
    url,
    '--output=json',
    `--output-path=${reportFile}`,
    '--quiet',
    `--chrome-flags=${CHROME_FLAGS}`,
    `--only-categories=${CATEGORIES.join(',')}`,
  ];
  const status = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, stdio: 'inherit' });
    child.on('error', () => resolve(127));
    child.on('close', (code) => resolve(code ?? 1));
  });
  if (status !== 0) throw new Error(`Lighthouse failed on ${url} (status ${status})`);
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
  if (report.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${report.runtimeError.message}`);

  const scores = Object.fromEntries(
    CATEGORIES.map((category) => [category, Math.round((report.categories[category]?.score ?? 0) * 100)]),
  ) as Record<Category, number>;
  const weights = new Map<string, number>();
  for (const category of CATEGORIES) {
    for (const ref of report.categories[category]?.auditRefs ?? []) weights.set(ref.id, Math.max(weights.get(ref.id) ?? 0, ref.weight));
  }
  const findings: Finding[] = [];
  for (const [id, weight] of weights) {
    const audit = report.audits[id];
    // Informative and manual audits carry no score; not-applicable ones cost nothing.
    if (!audit || audit.score === null || audit.score >= 1 || !['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode))
      continue;
    findings.push({
      id,
      title: audit.title,
      score: audit.score,
      weight,
      ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
    });
  }
  return { scores, findings };
}
