/**
 * Docs that stay true: every repository path the docs and the code's
 * comments name (src/…, scripts/…, tests/…) exists, so a file that moves
 * takes its mentions along. Paths in code (test data, messages) are not
 * checked: only what a reader is told. Placeholders and globs (`src/pages/<segment>/`,
 * `tests/unit/**`) name no one file and are skipped.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commentsOf } from '../support/source-code.ts';

/** The docs a maintainer reads. */
const DOCS = ['README.md', 'CONTRIBUTING.md', 'ARCHITECTURE.md', 'BENCHMARKS.md'];

/** Source, config and test files under a folder (fixtures excluded: they imitate other sites). */
function codeFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' || name === '__screenshots__' ? [] : codeFiles(path);
    return /\.(ts|mjs|js|astro|css)$/.test(name) ? [path] : [];
  });
}

/** A repository path as text names it: a top folder of the code, then path characters. */
const REPO_PATH = /(?<![\w./-])(?:src|scripts|tests)\/[\w.\-/[\]]*/g;

/** The paths a text names, without sentence punctuation; placeholders and globs left out. */
function namedPaths(text: string): string[] {
  return [...text.matchAll(REPO_PATH)]
    .filter((match) => !/^[*<{…$]/.test(text.slice(match.index + match[0].length)))
    .map((match) => match[0].replace(/[.,:;]+$/, ''));
}

describe('paths named in docs and comments', () => {
  const files = [...DOCS, ...codeFiles('src'), ...codeFiles('scripts'), ...codeFiles('tests'), 'astro.config.mjs', 'vitest.config.ts'];

  it('reads a path out of prose, leaving placeholders and globs', () => {
    expect(namedPaths('see src/lib/urls/urls.ts. And (tests/unit/), src/pages/<segment>/ or tests/unit/**/*.ts')).toEqual([
      'src/lib/urls/urls.ts',
      'tests/unit/',
    ]);
  });

  /** A file's prose: a doc whole, a code file's comments, each with the line it starts on. */
  const proseOf = (file: string) => (file.endsWith('.md') ? [{ text: readFileSync(file, 'utf8'), line: 1 }] : commentsOf(file));

  it('names only paths that exist', () => {
    const missing = files.flatMap((file) =>
      proseOf(file).flatMap((prose) =>
        prose.text
          .split('\n')
          .flatMap((line, index) => namedPaths(line).map((path) => ({ path, where: `${file}:${prose.line + index}` })))
          .filter(({ path }) => !existsSync(path))
          .map(({ path, where }) => `${where}: ${path}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('holds no merge conflict markers (one was left in ARCHITECTURE.md by a merge, unseen by every other check)', () => {
    const marked = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (/^(?:<{7}|>{7})(?: |$)|^={7}$/.test(line) ? [`${file}:${index + 1}`] : [])),
    );
    expect(marked).toEqual([]);
  });
});

describe('the README', () => {
  it('names no commit: figures from a run, which the next run makes stale, live in BENCHMARKS.md', () => {
    const commits = readFileSync('README.md', 'utf8').match(/\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,40}\b/g) ?? [];
    expect(commits).toEqual([]);
  });
});

describe("the test suite's duration", () => {
  it('is said in one place (CONTRIBUTING.md, Tests), so two docs never disagree', () => {
    const sayings = DOCS.flatMap((doc) =>
      [...readFileSync(doc, 'utf8').matchAll(/`npm test`[^\n]*(?:\n(?!\n)[^\n]*){0,2}/g)]
        .filter((match) => /\bminutes?\b/.test(match[0]))
        .map(() => doc),
    );
    expect(sayings).toEqual(['CONTRIBUTING.md']);
  });
});
