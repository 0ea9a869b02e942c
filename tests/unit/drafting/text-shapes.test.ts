/**
 * The labelled text captures of issue 36 (tests/fixtures/text-shapes): each
 * imitates a page copied as text in one language, with the shapes that moved
 * article text out of drafts or furniture into them. The labels give the
 * article's body exactly, its headline, and the lines to set aside with the
 * reason the review must show. The report says, per shape, whether every
 * capture with it gave exactly the article.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitCapture } from '../../../scripts/lib/new-article/split-capture.ts';
import { ROOT } from '../../../scripts/harness/build.ts';

const FOLDER = join(ROOT, 'tests/fixtures/text-shapes');

/** One labelled capture. */
interface Label {
  language: string;
  shapes: string[];
  headline: string;
  body: string[];
  /** Set-aside line → the start of the reason the review gives. */
  setAside: Record<string, string>;
}

const labels = Object.entries(JSON.parse(readFileSync(join(FOLDER, 'labels.json'), 'utf8')) as Record<string, Label>);

/** The capture's split: body texts, headline, and each set-aside text with its reason. */
function split(file: string) {
  const lines = splitCapture(readFileSync(join(FOLDER, file), 'utf8'));
  return {
    body: lines.filter((line) => line.kind === 'body').map((line) => line.text),
    headline: lines.find((line) => line.kind === 'headline')?.text,
    reasons: new Map(lines.filter((line) => line.kind === 'furniture').map((line) => [line.text, line.reason])),
  };
}

/** True when the capture gives exactly the labelled article: body, headline and every set-aside reason. */
function exact(file: string, label: Label): boolean {
  const { body, headline, reasons } = split(file);
  return (
    JSON.stringify(body) === JSON.stringify(label.body) &&
    headline === label.headline &&
    Object.entries(label.setAside).every(([text, reason]) => reasons.get(text)?.startsWith(reason))
  );
}

describe('text captures of the shapes in issue 36', () => {
  it('covers every shape of "Why" points 1, 2 and 5 in at least six languages', () => {
    const languages = new Set(labels.map(([, label]) => label.language));
    for (const language of ['en', 'es', 'fr', 'de', 'ar', 'tr', 'ja', 'zh', 'th']) expect(languages).toContain(language);
    const shapes = new Set(labels.flatMap(([, label]) => label.shapes));
    expect(shapes.size).toBeGreaterThanOrEqual(16);
  });

  it.each(labels)(
    '%s: the body is exactly the article, the headline is the headline, and furniture is set aside with its reason',
    (file, label) => {
      const { body, headline, reasons } = split(file);
      expect(body).toEqual(label.body);
      expect(headline).toBe(label.headline);
      for (const [text, reason] of Object.entries(label.setAside))
        expect({ text, reason: reasons.get(text)?.slice(0, reason.length) }).toEqual({ text, reason });
    },
  );

  it('reports, per shape, whether every capture with it gave exactly the article', () => {
    const byShape = new Map<string, string[]>();
    for (const [file, label] of labels) for (const shape of label.shapes) byShape.set(shape, [...(byShape.get(shape) ?? []), file]);
    const report = [...byShape].map(([shape, files]) => {
      const failed = files.filter((file) => !exact(file, labels.find(([name]) => name === file)![1]));
      return `${failed.length === 0 ? 'exact' : 'WRONG'}  ${shape} (${files.length} captures${failed.length ? `; wrong: ${failed.join(', ')}` : ''})`;
    });
    console.log(`Text-capture shapes:\n${report.join('\n')}`);
    expect(report.filter((line) => line.startsWith('WRONG'))).toEqual([]);
  });
});
