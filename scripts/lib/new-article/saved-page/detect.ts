/**
 * Telling a saved web page from a text capture by its content, and reading
 * a saved page's bytes in the encoding it declares. The extension alone
 * does not decide: a page saved as ".txt" is still a page, and a ".html"
 * file holding copied text is still text.
 */
import { DraftError } from '../draft.ts';

/** A document's start: a doctype, or an <html>, <head> or <body> tag, maybe after a comment (SingleFile writes one first). */
const PAGE_START = /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

/** An <html>, <head> or <body> start tag anywhere near the start, for pages with a preamble the pattern above does not expect. */
const PAGE_TAG = /<(?:html|head|body)[\s>]/i;

/** The bytes as Latin-1, for sniffing the markup before the encoding is known (every byte is one character). */
const asLatin1 = (bytes: Uint8Array, length: number) => new TextDecoder('latin1').decode(bytes.subarray(0, length));

/**
 * True when the bytes are an HTML document: they start like one (after
 * white space, a byte-order mark or comments), or have an <html>, <head> or
 * <body> tag in their first 2 KB; a file named .html/.htm/.xhtml that
 * starts with a tag counts too.
 */
export function isSavedPage(bytes: Uint8Array, name: string): boolean {
  const start = asLatin1(bytes, 4096)
    .replace(/^\u00ef\u00bb\u00bf/, '')
    .replaceAll('\u0000', ''); // UTF-16 without a byte-order mark: its markup shows through with NULs between.
  if (PAGE_START.test(start) || PAGE_TAG.test(start.slice(0, 2048))) return true;
  return /\.x?html?$/i.test(name) && /^\s*</.test(start);
}

/** The charset a page declares in its first 1024 bytes (`<meta charset>` or the http-equiv form), as HTML's prescan finds it. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = asLatin1(bytes, 1024);
  const match = /<meta\s[^>]*charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match ? match[1]!.toLowerCase() : null;
}

/**
 * The saved page's text: a byte-order mark decides the encoding, else the
 * charset the page declares, else UTF-8. Bytes that are not valid in that
 * encoding, or a charset no decoder knows, stop with one line naming the
 * file; nothing is guessed.
 */
export function decodePage(bytes: Uint8Array, name: string): string {
  const bom =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? 'utf-8'
      : bytes[0] === 0xff && bytes[1] === 0xfe
        ? 'utf-16le'
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? 'utf-16be'
          : null;
  const declared = declaredCharset(bytes);
  const encoding = bom ?? declared ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new DraftError(`the saved page ${name} declares charset "${encoding}", which no decoder here knows; save it again as UTF-8`);
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new DraftError(
      `the saved page ${name} is not valid ${decoder.encoding}${declared && !bom ? ` (the charset it declares)` : ''}; save it again from the browser, or convert it to UTF-8`,
    );
  }
  if (text.trim() === '') throw new DraftError(`the saved page ${name} is empty`);
  return text;
}
