/**
 * Names each archive note and the first marker that refers to it, so that
 * on a wide screen a stylesheet alone can set each note beside the
 * paragraph it explains (CSS anchor positioning, "Side notes" in
 * src/styles/global.css). The notes stay where GFM puts them, in one list
 * after the text: that is their reading order for screen readers, where
 * print and narrow screens show them, and no script ever moves them, so
 * nothing shifts once the page is drawn.
 *
 * Note k (in the order GFM numbers them, which is the order their first
 * markers stand in) gets `data-note="--note-k"`, `data-note-at="--note-ref-k"`
 * and, after the first, `data-note-after="--note-<k-1>"` (a side note starts
 * below the one before it, so two notes of one paragraph never overlap);
 * its first marker gets `data-note-ref="--note-ref-k"`. The values are CSS
 * anchor names, read with attr(): a Content-Security-Policy without inline
 * styles allows no per-page rule.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The anchor name of note `k` (1-based) and of its first marker. */
function noteAnchorNames(k: number): { note: string; ref: string } {
  return { note: `--note-${k}`, ref: `--note-ref-${k}` };
}

/** The <li> notes of GFM's footnote section (`<section data-footnotes>`), in order. */
function notesOf(tree: Root): Element[] {
  const notes: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'section' || node.properties.dataFootnotes === undefined) return;
    visit(node, 'element', (item: Element) => {
      if (item.tagName === 'li' && typeof item.properties.id === 'string') notes.push(item);
    });
  });
  return notes;
}

/** Rehype plugin: the anchor names of every note and of the first marker of each (see above). */
export default function rehypeSideNotes() {
  return (tree: Root): void => {
    const notes = notesOf(tree);
    const numberOf = new Map(notes.map((note, index) => [`#${String(note.properties.id)}`, index + 1]));
    notes.forEach((note, index) => {
      const names = noteAnchorNames(index + 1);
      note.properties.dataNote = names.note;
      note.properties.dataNoteAt = names.ref;
      if (index > 0) note.properties.dataNoteAfter = noteAnchorNames(index).note;
    });
    const marked = new Set<number>();
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || node.properties.dataFootnoteRef === undefined) return;
      const k = numberOf.get(String(node.properties.href));
      if (k === undefined || marked.has(k)) return;
      marked.add(k);
      node.properties.dataNoteRef = noteAnchorNames(k).ref;
    });
  };
}
