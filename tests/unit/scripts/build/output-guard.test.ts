import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outputFolderProblem, physicalPath, protectedFolders } from '../../../../scripts/lib/build/output-guard.ts';

const root = join(mkdtempSync(join(tmpdir(), 'guard-unit-')), 'repo');
mkdirSync(join(root, 'content'), { recursive: true });
mkdirSync(join(root, 'src'));
symlinkSync(join(root, 'content'), join(root, 'alias'));
afterAll(() => rmSync(join(root, '..'), { recursive: true, force: true }));
const folders = protectedFolders(root);

describe('outputFolderProblem', () => {
  it('allows a folder of its own inside the repository or elsewhere', () => {
    expect(outputFolderProblem(join(root, 'dist'), '--outDir', folders)).toBeNull();
    expect(outputFolderProblem(join(root, 'dist.staging'), '--outDir', folders)).toBeNull();
    expect(outputFolderProblem(join(root, 'contents'), '--outDir', folders)).toBeNull();
    expect(outputFolderProblem(join(root, '..', 'site'), '--outDir', folders)).toBeNull();
  });
  it('refuses a protected folder, anything inside it, and anything holding it', () => {
    expect(outputFolderProblem(join(root, 'content'), '--outDir', folders)).toMatch(/ is content\//);
    expect(outputFolderProblem(join(root, 'content/x/y'), '--outDir', folders)).toMatch(/lies inside content\//);
    expect(outputFolderProblem(join(root, 'src/'), '--outDir', folders)).toMatch(/ is src\//);
    expect(outputFolderProblem(root, '--outDir', folders)).toMatch(/ is the repository root/);
    expect(outputFolderProblem(join(root, '..'), '--work-dir', folders)).toMatch(/^--work-dir .* contains the repository root/);
    expect(outputFolderProblem(join(root, 'tests'), '--outDir', folders)).toMatch(/ is tests\//);
    expect(outputFolderProblem(join(root, '.git/x'), '--outDir', folders)).toMatch(/lies inside \.git\//);
  });
  it('sees through symbolic links, to folders that exist and below them', () => {
    expect(outputFolderProblem(join(root, 'alias'), '--outDir', folders)).toMatch(/ is content\//);
    expect(outputFolderProblem(join(root, 'alias/new/deeper'), '--outDir', folders)).toMatch(/lies inside content\//);
  });
});

describe('physicalPath', () => {
  it('resolves the existing part through links and keeps the rest as written', () => {
    expect(physicalPath(join(root, 'alias', 'a', 'b'))).toBe(join(physicalPath(join(root, 'content')), 'a', 'b'));
  });
});
