/**
 * Fingerprints of the code whose output the content store keeps. A stored
 * entry's digest holds the fingerprint of the code that derived it, so an
 * entry is derived again exactly when its file or that code changed: editing
 * a Markdown plugin re-renders every body, editing a page's layout none.
 * The fingerprint follows the relative imports of the given entry modules
 * (and the lockfile, for the parser's version), so a module added to the
 * Markdown pipeline is covered without a list to keep up to date.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The modules that decide what the loader stores for a body: its HTML (the Markdown pipeline), its facts, and their stored form with the folded words. */
export const STORED_DATA_MODULES = ['src/markdown/pipeline.ts', 'src/lib/content/body-facts.ts', 'src/lib/content/loader/stored-article.ts'] as const;

/** Relative imports of a module (static, dynamic and re-exports), resolved; `import type` too, which costs nothing to include. */
function relativeImports(file: string, text: string): string[] {
  const found = text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g);
  return [...found].map((match) => resolve(dirname(file), match[1]!));
}

/** Every module `entries` reach through relative imports, themselves included, sorted. */
export function importClosure(root: string, entries: readonly string[]): string[] {
  const seen = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      // A module that is not there is reported by the import itself; here it only changes the hash.
      seen.set(file, 'missing');
      return;
    }
    seen.set(file, text);
    for (const target of relativeImports(file, text)) visit(target);
  };
  for (const entry of entries) visit(resolve(root, entry));
  return [...seen.keys()].sort();
}

/**
 * A short hash of the modules `entries` reach (by path relative to `root`
 * and content) and of `package-lock.json`: changes when, and only when, one
 * of them changes.
 */
export function codeFingerprint(root: string, entries: readonly string[] = STORED_DATA_MODULES): string {
  const hash = createHash('sha256');
  for (const file of [...importClosure(root, entries), join(resolve(root), 'package-lock.json')]) {
    hash.update(relative(root, file)).update('\0');
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('missing');
    }
    hash.update('\0');
  }
  return hash.digest('base64url').slice(0, 16);
}
