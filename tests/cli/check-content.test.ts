/**
 * `npm run check-content`: every content check from disk, no build. It must
 * pass the real content, and name the file and the field or line of each
 * problem in broken content, exiting non-zero.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyContent } from '../../scripts/harness/build.ts';
import { runScript } from '../support/commands.ts';

const ARTICLE = 'articles/2019-10-16-el-mundo-ayn-issa-escape.md';
const LEIDEN = 'articles/2019-10-leiden-bakker-is-prisoner-breakouts.md';

/** Replaces text in a content file, failing loudly if the text is not there. */
function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`nothing to replace in ${file}: ${from}`);
  writeFileSync(path, after);
}

describe('npm run check-content', () => {
  it('passes the real content', () => {
    const result = runScript('check-content.ts', []);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^No problems in \.\/content: 2 articles \(0 drafts\)/);
  });

  it('names the file and the field or line of every problem at once, and fails', () => {
    const dir = copyContent();
    edit(dir, ARTICLE, /^summary: >-\n(?: {2}.*\n)+/m, '');
    edit(dir, LEIDEN, 'This week the Turkish army invaded', 'This week the Turkish army entered');
    edit(dir, LEIDEN, '  - al-hol\n', '  - al-hawl\n');
    edit(dir, 'topics/repatriation.yaml', /^name: .*\n/m, '');
    const result = runScript('check-content.ts', [dir]);
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n');
    const leiden = `${dir}/${LEIDEN}`;
    expect(lines.slice(0, -3).sort()).toEqual([
      `${dir}/${ARTICLE} › summary: summary is required to publish the article (only a draft, with draft: true, may leave it out)`,
      `${dir}/topics/repatriation.yaml › name: missing: this field is required`,
      `${leiden} › entities[6]: no entity "al-hawl" exists in content/entities/`,
      `${leiden} › line 50: paragraph 1 is not a line of captures/000_4d335b945d79b59c.txt word for word: "This week the Turkish army entered North East Syria. The Turkish in…"`,
      `${dir}/events/2019-10-09-turkish-offensive-begins.yaml › sources[0].quote: paragraph 1 of 2019-10-leiden-bakker-is-prisoner-breakouts does not contain "This week the Turkish army invaded North East Syria."`,
      `${leiden} › capture.furniture: line 7 of captures/000_4d335b945d79b59c.txt is neither in the body nor listed as furniture: "This week the Turkish army invaded North East Syria. The Turkish in…"`,
    ].sort());
    expect(lines.at(-1)).toBe('');
    expect(lines.at(-2)).toMatch(/^6 problems in /);
  });

  it('lets a draft leave out the fields still to write', () => {
    const dir = copyContent();
    edit(dir, ARTICLE, /^summary: >-\n(?: {2}.*\n)+/m, 'draft: true\n');
    const result = runScript('check-content.ts', [dir]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/2 articles \(1 drafts\)/);
  });
});
