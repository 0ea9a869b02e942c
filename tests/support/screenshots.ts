/**
 * Screenshot comparison against stored baselines in tests/e2e/__screenshots__/.
 * A baseline is a PNG committed with the code; a run compares the new
 * screenshot pixel by pixel (pixelmatch) and fails when more than a small
 * share of pixels differ. Set UPDATE_SCREENSHOTS=1 to write new baselines
 * after an intended change, then review and commit them.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { ROOT } from '../../scripts/harness/build.ts';

/** Where baselines live, and where failing runs leave the actual and diff images. */
const BASELINE_DIR = join(ROOT, 'tests/e2e/__screenshots__');
const FAILURE_DIR = join(ROOT, '.cache/screenshot-failures');

/** Share of pixels that may differ (anti-aliasing, font hinting) before a screenshot counts as changed. */
export const MAX_DIFF_RATIO = 0.005;

/** The outcome of comparing one screenshot with its baseline. */
export interface ScreenshotComparison {
  /** Share of pixels that differ, 0–1; 1 when the sizes differ. */
  diffRatio: number;
  /** True when a new baseline was written instead of comparing. */
  updated: boolean;
}

/**
 * Compares a PNG screenshot with the baseline `name`.png. Writes the baseline
 * when UPDATE_SCREENSHOTS=1, or when none exists yet and CI is not set (a
 * missing baseline in CI is a failure: diffRatio 1).
 */
export function compareWithBaseline(name: string, screenshot: Buffer): ScreenshotComparison {
  const baselinePath = join(BASELINE_DIR, `${name}.png`);
  if (process.env.UPDATE_SCREENSHOTS === '1' || (!existsSync(baselinePath) && !process.env.CI)) {
    mkdirSync(BASELINE_DIR, { recursive: true });
    writeFileSync(baselinePath, screenshot);
    return { diffRatio: 0, updated: true };
  }
  if (!existsSync(baselinePath)) return { diffRatio: 1, updated: false };
  const expected = PNG.sync.read(readFileSync(baselinePath));
  const actual = PNG.sync.read(screenshot);
  if (expected.width !== actual.width || expected.height !== actual.height) {
    saveFailure(name, screenshot);
    return { diffRatio: 1, updated: false };
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const changed = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: 0.1 });
  const diffRatio = changed / (actual.width * actual.height);
  if (diffRatio > MAX_DIFF_RATIO) saveFailure(name, screenshot, PNG.sync.write(diff));
  return { diffRatio, updated: false };
}

/** Keeps the actual screenshot (and the diff) of a failed comparison for a person to look at. */
function saveFailure(name: string, actual: Buffer, diff?: Buffer): void {
  mkdirSync(FAILURE_DIR, { recursive: true });
  writeFileSync(join(FAILURE_DIR, `${name}.actual.png`), actual);
  if (diff) writeFileSync(join(FAILURE_DIR, `${name}.diff.png`), diff);
}
