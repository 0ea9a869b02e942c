#!/usr/bin/env node
/**
 * `npm run build`: builds the site into a staging folder and only replaces
 * `dist/` when the whole build, search index included, has succeeded. A
 * failed build leaves the previous `dist/` as it was, so a half-built site is
 * never served or deployed.
 *
 * Usage: node scripts/build.mjs [--outDir dist] [extra astro build flags]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const args = process.argv.slice(2);
const outDirFlag = args.indexOf('--outDir');
const outDir = resolve(outDirFlag >= 0 ? args.splice(outDirFlag, 2)[1] : 'dist');
const staging = `${outDir}.staging`;

rmSync(staging, { recursive: true, force: true });
mkdirSync(dirname(staging), { recursive: true });

const astro = resolve('node_modules/astro/bin/astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', '--outDir', staging, ...args], { stdio: 'inherit' });

if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed: ${outDir} was left unchanged.`);
  process.exit(result.status ?? 1);
}

const retired = `${outDir}.old`;
rmSync(retired, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, retired);
renameSync(staging, outDir);
rmSync(retired, { recursive: true, force: true });
console.log(`Site written to ${outDir}`);
