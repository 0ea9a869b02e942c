/**
 * The stored form of an article (src/lib/content/loader/stored-article.ts):
 * paragraphs kept as offsets into the article's HTML come back with exactly
 * the text the body gave them, and the store holds no second copy of a text
 * that stands in the HTML. The HTML is the archive's own renderer's
 * (parse-bodies.ts, the loader's), not a hand-written imitation.
 */
import { describe, expect, it } from 'vitest';
import { foldedScriptWords } from '../../../src/lib/search/scripts/fold.ts';
import { parseHere } from '../../../src/lib/content/loader/parse-bodies.ts';
import { metadataForStore, paragraphsForStore, paragraphsFromStore, storedFacts, storedSearchFolded } from '../../../src/lib/content/loader/stored-article.ts';

/** A body with the cases that decide between offsets and text, in the project's own words. */
const BODY = [
  'Guards left the camp gate at dawn, residents said.',
  'Water & bread ran out when fewer than 3 < 4 trucks arrived; the note read "&#x3C;urgent&#x3E;".',
  'The statement named [the committee](https://example.org/committee) as its source.',
  'A line that wraps\nonto a second line in the Markdown.',
  'The count was revised later.[^count]',
  'Guards left the camp gate at dawn, residents said.',
  '[^count]: The archive notes the first figure given.',
].join('\n\n');

/** The body's facts and HTML as the content loader has them. */
async function rendered(body: string) {
  const [answer] = await parseHere({ bodies: [body], renderForBase: '/' });
  if (!answer?.facts || !answer.rendered) throw new Error(`the test body did not render: ${answer?.error}`);
  return { facts: answer.facts, html: answer.rendered.html, headings: answer.rendered.headings };
}

describe('paragraphs stored beside the HTML', () => {
  it('come back with exactly the text the body gave each paragraph', async () => {
    const { facts, html } = await rendered(BODY);
    const stored = paragraphsForStore(facts.paragraphs, html);
    expect(paragraphsFromStore(stored, html)).toEqual(facts.paragraphs);
  });

  it('keep no copy of a text the HTML holds, escaped characters and repeated paragraphs included', async () => {
    const { facts, html } = await rendered(BODY);
    const stored = paragraphsForStore(facts.paragraphs, html);
    // Plain text, text with & and < (escaped in the HTML), and a paragraph repeated word for word.
    for (const index of [0, 1, 5]) expect(stored[index]).toEqual(expect.objectContaining({ at: expect.any(Array) }));
    expect(stored.filter((paragraph) => paragraph.text !== undefined).length).toBeLessThan(stored.length);
    // The repeated paragraph points at its own place, after the first.
    expect(stored[5]!.at![0]).toBeGreaterThan(stored[0]!.at![1]);
  });

  it('keep the text of a paragraph whose text the HTML does not hold as written', () => {
    const paragraphs = [{ number: 1, text: 'Fighters & families', line: 1 }];
    expect(paragraphsForStore(paragraphs, '<p>Fighters &amp; families</p>')).toEqual([{ number: 1, text: 'Fighters & families', line: 1 }]);
  });
});

describe('metadataForStore', () => {
  it("stores the folded Arabic words of the headline and body, as the article page's search data needs them", async () => {
    const body = 'The camp is called مخيّم الهول by residents.\n\nأبو بكر البغدادي was named.';
    const { facts, html, headings } = await rendered(body);
    const metadata = metadataForStore({ headline: 'Families leave الرقّة', body, html, headings, facts });
    expect(metadata.searchFolded).toBe(foldedScriptWords(`Families leave الرقّة\n${body}`).join(' '));
    expect(metadata.searchFolded).not.toBe('');
    const entry = { id: 'x', rendered: { html, metadata: { ...metadata } } };
    expect(storedSearchFolded(entry)).toBe(metadata.searchFolded);
    expect(storedFacts(entry).paragraphs).toEqual(facts.paragraphs);
  });

  it('names the entry when what is read was not stored by the loader', () => {
    expect(() => storedFacts({ id: 'an-article', rendered: { html: '<p>x</p>', metadata: {} } })).toThrow(/"an-article" has no body facts/);
    expect(() => storedSearchFolded({ id: 'another' })).toThrow(/"another"/);
  });
});
