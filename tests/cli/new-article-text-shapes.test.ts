/**
 * `npm run new-article` on the labelled text captures of issue 36
 * (tests/fixtures/text-shapes): each draft's body is exactly the labelled
 * article, its headline the labelled one, every labelled set-aside line is
 * listed in the review with its reason, a dateline split off a paragraph
 * makes no entity, and the draft passes `check-content` (the word-for-word
 * rule with the split-off prefixes included).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/lib/check-content.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { bodyParagraphs } from '../../src/lib/content/paragraphs.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { copyContent, ROOT } from '../../scripts/harness/build.ts';
import { runScript, snapshot } from '../support/commands.ts';

const FOLDER = join(ROOT, 'tests/fixtures/text-shapes');
/** Each run loads and checks the whole archive; a loaded machine needs more than the project's minute. */
const RUN_TIMEOUT = 120_000;

/** One labelled capture (see tests/unit/drafting/text-shapes.test.ts). */
interface Label {
  language: string;
  headline: string;
  body: string[];
  setAside: Record<string, string>;
}
const labels = Object.entries(JSON.parse(readFileSync(join(FOLDER, 'labels.json'), 'utf8')) as Record<string, Label>);

/** Languages the detector does not read (no scores for Han, kana or Thai): the archivist names them with --language, as the refusal says. */
const NAMED = new Set(['ja', 'zh', 'th']);

let content: string;
beforeEach(() => {
  content = copyContent();
});

/** The review's item for a line kept out of the body, as review.ts prints it. */
const item = (text: string) => `"${text.length > 70 ? `${text.slice(0, 67)}…` : text}" (`;

/** Runs new-article on a capture into the test's content copy. */
function newArticle(capture: string, stem: string, language: string) {
  return runScript('new-article.ts', [
    capture,
    '--url',
    `https://news.example.org/2019/10/14/camp-report-${stem}`,
    '--publisher',
    'Example Wire',
    '--content-dir',
    content,
    '--today',
    '2026-12-01',
    ...(NAMED.has(language) ? ['--language', language] : []),
  ]);
}

describe('npm run new-article on the text shapes of issue 36', () => {
  it.each(labels)(
    '%s: drafts exactly the article, lists the furniture with its reasons, and passes check-content',
    { timeout: RUN_TIMEOUT },
    (file, label) => {
      let capture = join(FOLDER, file);
      const markup = Object.keys(label.setAside).filter((text) => text.startsWith('<'));
      if (markup.length > 0) {
        // A markup line is never the headline, but furniture holds plain text only: the run names the line and writes nothing.
        const before = snapshot(content);
        const refused = newArticle(capture, 'refused', label.language);
        expect(refused.stderr).toMatch(
          /^new-article: line 1 \("<div class="headline-wrap" [^)]*\) of the capture is markup or code, not text a reader saw/,
        );
        expect(refused.status).toBe(1);
        expect(snapshot(content)).toEqual(before);
        // The archivist deletes the line, as the message says, and runs again.
        capture = join(mkdtempSync(join(tmpdir(), 'text-shape-')), 'capture-without-markup.txt');
        const lines = readFileSync(join(FOLDER, file), 'utf8').split('\n');
        writeFileSync(capture, lines.filter((line) => !markup.includes(line)).join('\n'));
      }
      const result = newArticle(capture, file.replace(/\.txt$/, ''), label.language);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const [, articlePath] = /Wrote (\S+\.md) and/m.exec(result.stdout) ?? [];
      const { frontmatter, content: body } = parseFrontmatter(readFileSync(articlePath!, 'utf8'));
      const data = articleSchema.parse(frontmatter);

      expect(bodyParagraphs(body).map((paragraph) => paragraph.text)).toEqual(label.body);
      expect(data.headline).toBe(label.headline);
      expect(data.language).toBe(label.language);
      for (const [text, reason] of Object.entries(label.setAside).filter(([text]) => !markup.includes(text))) {
        expect(data.capture.furniture).toContain(text);
        expect(result.stdout).toContain(`${item(text)}${reason}`);
      }
      // A dateline's city is furniture, never an entity.
      if (file === 'en-markup-dateline.txt') expect(data.entities).not.toContain('qamishli');
      expect(checkContent(content).problems.map(formatProblem)).toEqual([]);
    },
  );
});
