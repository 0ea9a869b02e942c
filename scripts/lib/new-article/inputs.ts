/**
 * The checks on `npm run new-article`'s arguments, each failing with a
 * one-line DraftError that names the problem, so the command can check
 * everything before it writes anything.
 */
import { withoutTracking } from '../../../src/lib/content/checks/source-urls.ts';
import { DraftError } from './draft.ts';
import { canonicalLanguageTag } from './language.ts';

/** The encoding a byte-order mark names: UTF-8, UTF-16 little- or big-endian. */
function encodingByBom(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * The Windows code page a capture that is not UTF-8 was most likely saved
 * in: Windows-1256 when read so most of its letters above ASCII are Arabic
 * (Arabic pages saved by older Windows tools), else Windows-1252 (Western
 * European), the commonest. Only a hint for the message: nothing is
 * decoded by guess.
 */
function singleByteEncoding(bytes: Uint8Array): string {
  const high = [...new TextDecoder('windows-1256').decode(bytes.slice(0, 4000))].filter(
    (character) => character > '\u007f' && /\p{L}/u.test(character),
  );
  const arabic = high.filter((character) => /\p{Script=Arabic}/u.test(character)).length;
  return high.length > 0 && arabic / high.length > 0.8 ? 'WINDOWS-1256' : 'WINDOWS-1252';
}

/**
 * The capture's text: its bytes must be non-empty UTF-8, or UTF-16 with a
 * byte-order mark (as Windows tools save "Unicode" text), with some text in
 * them. A byte-order mark is dropped. For anything else the message names
 * the right conversion: UTF-16 without a mark (every other byte zero) is not
 * Windows-1252.
 */
export function decodeCapture(bytes: Uint8Array, name: string): string {
  let text: string;
  const encoding = encodingByBom(bytes) ?? 'utf-8';
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    // NUL characters are valid UTF-8 but no text has them: UTF-16 saved without a byte-order mark does.
    if (text.includes('\u0000')) throw new Error('NUL');
  } catch {
    const zeros = bytes.filter((byte, index) => index < 400 && byte === 0).length;
    const hint = zeros >= Math.min(bytes.length, 400) / 4 ? 'iconv -f UTF-16 -t UTF-8' : `iconv -f ${singleByteEncoding(bytes)} -t UTF-8`;
    throw new DraftError(
      `the capture ${name} is not ${encoding === 'utf-8' ? 'UTF-8' : encoding.toUpperCase()} text; convert it (e.g. ${hint}) and try again`,
    );
  }
  if (text.trim() === '') throw new DraftError(`the capture ${name} is empty`);
  return text;
}

/** The original URL, which must be absolute http or https; tracking parameters are dropped. */
export function checkOriginalUrl(text: string | undefined): string {
  if (!text) throw new DraftError('--url is required: the address of the original article');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new DraftError(`--url "${text}" is not an absolute URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new DraftError(`--url "${text}" is not an http or https URL`);
  return withoutTracking(url.href);
}

/** The --language tag in canonical form; it must be BCP 47. */
export function checkLanguage(tag: string | undefined): string | undefined {
  if (tag === undefined) return undefined;
  const canonical = canonicalLanguageTag(tag);
  if (!canonical) throw new DraftError(`--language "${tag}" is not a BCP 47 language tag such as "en", "es" or "pt-BR"`);
  return canonical;
}

/** A --slug: the subject part of the file name, lower-case ASCII words joined by hyphens. */
export function checkSlug(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value))
    throw new DraftError(`--slug "${value}" is not lower-case ASCII words joined by hyphens, such as "camp-escape"`);
  return value;
}

/** A non-empty --publisher or --headline, white space collapsed. */
export function checkText(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  if (text === '') throw new DraftError(`--${option} is empty`);
  return text;
}
