/**
 * The anchor names that let a stylesheet set each archive note beside its
 * paragraph (src/markdown/rehype-side-notes.ts), rendered by the archive's
 * real Markdown processor. Where the notes land on screen is tested end to
 * end in tests/e2e/reader-layout.test.ts.
 */
import { unified } from '@astrojs/markdown-remark';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { archiveMarkdownOptions, SHARED_MARKDOWN_OPTIONS } from '../../src/markdown/pipeline.ts';

/** A body in the project's own words: two notes in the first paragraph, the first referred to again later, one in the last. */
const BODY = [
  'The guards left the gate[^gate] at dusk, and the tents burned[^tents].',
  'Nobody came back to the gate[^gate].',
  'By morning the camp was quiet[^quiet].',
  '[^gate]: Archive note: the copy says "gate" where the capture has "door".',
  '[^tents]: Translation slip: "burned" stands for "were burning".',
  '[^quiet]: Archive note: the capture ends here.',
].join('\n\n');

async function rendered(): Promise<Document> {
  const renderer = await unified(archiveMarkdownOptions('/')).createRenderer(SHARED_MARKDOWN_OPTIONS);
  const { code } = await renderer.render(BODY);
  return parseHTML(`<!doctype html><html><body>${code}</body></html>`).document;
}

describe('side-note anchor names', () => {
  it('name each note after its first marker, and the note before it, in order', async () => {
    const document = await rendered();
    const notes = [...document.querySelectorAll('section[data-footnotes] li')].map((note) => ({
      note: note.getAttribute('data-note'),
      at: note.getAttribute('data-note-at'),
      after: note.getAttribute('data-note-after'),
    }));
    expect(notes).toEqual([
      { note: '--note-1', at: '--note-ref-1', after: null },
      { note: '--note-2', at: '--note-ref-2', after: '--note-1' },
      { note: '--note-3', at: '--note-ref-3', after: '--note-2' },
    ]);
  });

  it('name only the first marker of a note referred to twice, so the note stands by the paragraph that first needs it', async () => {
    const document = await rendered();
    const markers = [...document.querySelectorAll('a[data-footnote-ref]')].map((marker) => ({
      paragraph: marker.closest('p')!.id,
      note: marker.getAttribute('href'),
      name: marker.getAttribute('data-note-ref'),
    }));
    expect(markers).toEqual([
      { paragraph: 'p-1', note: '#user-content-fn-gate', name: '--note-ref-1' },
      { paragraph: 'p-1', note: '#user-content-fn-tents', name: '--note-ref-2' },
      { paragraph: 'p-2', note: '#user-content-fn-gate', name: null },
      { paragraph: 'p-3', note: '#user-content-fn-quiet', name: '--note-ref-3' },
    ]);
  });
});
