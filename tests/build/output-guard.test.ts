/**
 * `npm run build -- --outDir <folder>` refuses any output folder that is,
 * contains or lies inside the project's sources or content, before it deletes
 * or writes anything. Each case runs the real scripts/build.mjs in a copy of
 * the project and compares every file of the copy before and after.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnvironment, ROOT } from '../../scripts/harness/build.ts';

let project: string;

/** Every file under a folder with its bytes, node_modules (a link) left out. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (name.startsWith('node_modules')) continue;
    const path = join(dir, name);
    if (statSync(path).isFile()) files.set(name, readFileSync(path, 'latin1'));
  }
  return files;
}

beforeAll(() => {
  project = join(mkdtempSync(join(tmpdir(), 'archive-guard-')), 'project');
  mkdirSync(project);
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'scripts', 'public', 'content', 'tests']) {
    cpSync(join(ROOT, name), join(project, name), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  // A link to content/ elsewhere: following it must be caught too.
  symlinkSync(join(project, 'content'), join(project, 'content-link'));
});
afterAll(() => rmSync(join(project, '..'), { recursive: true, force: true }));

describe('the build refuses an output folder over the project', () => {
  const cases: [string, RegExp][] = [
    ['content', /--outDir content is content\/ /],
    ['content/articles', /--outDir content\/articles lies inside content\//],
    ['src', /--outDir src is src\//],
    ['public/site', /lies inside public\//],
    ['scripts', /is scripts\//],
    ['tests', /is tests\//],
    ['node_modules/site', /lies inside node_modules\//],
    ['.', /--outDir \. is the repository root/],
    ['..', /--outDir \.\. contains the repository root/],
    ['content-link', /--outDir content-link is content\//],
  ];
  it.each(cases)('--outDir %s: exit 2, one message naming the option and folder, nothing deleted or written', (outDir, message) => {
    const before = snapshot(project);
    const result = spawnSync(process.execPath, [join(project, 'scripts/build.mjs'), '--outDir', outDir], {
      cwd: project,
      env: { ...buildEnvironment(), ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    expect(result.status, result.stderr + result.stdout).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/Nothing was built or deleted\./);
    expect(result.stdout).not.toMatch(/\[build\]/);
    expect(snapshot(project)).toEqual(before);
  });

  it('refuses the content folder named by ARCHIVE_CONTENT_DIR when it is outside the project', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'archive-guard-content-'));
    try {
      cpSync(join(project, 'content'), elsewhere, { recursive: true });
      const result = spawnSync(process.execPath, [join(project, 'scripts/build.mjs'), '--outDir', elsewhere], {
        cwd: project,
        env: { ...buildEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', ARCHIVE_CONTENT_DIR: elsewhere },
        encoding: 'utf8',
      });
      expect(result.status, result.stderr).toBe(2);
      expect(result.stderr).toMatch(/is the content folder \(ARCHIVE_CONTENT_DIR\)/);
      expect(readdirSync(join(elsewhere, 'articles')).length).toBeGreaterThan(0);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
