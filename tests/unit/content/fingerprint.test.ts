import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFingerprint, importClosure, STORED_DATA_MODULES } from '../../../src/lib/content/loader/fingerprint.ts';

const ROOT = join(import.meta.dirname, '../../..');

/** A copy of the project's src/ and lockfile, to edit. */
function copyOfProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'fingerprint-'));
  cpSync(join(ROOT, 'src'), join(root, 'src'), { recursive: true });
  cpSync(join(ROOT, 'package-lock.json'), join(root, 'package-lock.json'));
  return root;
}

/** Appends a comment to a module of `root`. */
const touch = (root: string, file: string) => writeFileSync(join(root, file), `${readFileSync(join(root, file), 'utf8')}\n// edited\n`);

describe('codeFingerprint', () => {
  it('covers the Markdown plugins and the body-facts modules, and not the rest of src/lib', () => {
    const closure = importClosure(ROOT, STORED_DATA_MODULES).map((file) => file.slice(ROOT.length + 1));
    expect(closure).toContain('src/markdown/remark-paragraph-ids.ts');
    expect(closure).toContain('src/lib/content/unsafe-markup.ts');
    expect(closure).not.toContain('src/lib/pages/archive.ts');
    expect(closure).not.toContain('src/lib/maps/map.ts');
  });

  it('changes when a module the stored data depends on changes, and only then', () => {
    const root = copyOfProject();
    const first = codeFingerprint(root);
    expect(codeFingerprint(`${root}/`)).toBe(first);
    touch(root, 'src/lib/pages/archive.ts');
    expect(codeFingerprint(root)).toBe(first);
    touch(root, 'src/markdown/rehype-base-links.ts');
    const second = codeFingerprint(root);
    expect(second).not.toBe(first);
    touch(root, 'src/lib/content/paragraphs.ts');
    expect(codeFingerprint(root)).not.toBe(second);
  });
});
