/**
 * The checks on `npm run new-article`'s arguments, each failing with a
 * one-line DraftError that names the problem, so the command can check
 * everything before it writes anything.
 */
import { DraftError } from './draft.ts';
import { canonicalLanguageTag } from './language.ts';

/** The capture's text: its bytes must be non-empty UTF-8 with some text in them. A byte-order mark is dropped. */
export function decodeCapture(bytes: Uint8Array, name: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DraftError(`the capture ${name} is not UTF-8 text; convert it (e.g. iconv -f WINDOWS-1252 -t UTF-8) and try again`);
  }
  if (text.trim() === '') throw new DraftError(`the capture ${name} is empty`);
  return text;
}

/** The original URL, which must be absolute http or https. */
export function checkOriginalUrl(text: string | undefined): string {
  if (!text) throw new DraftError('--url is required: the address of the original article');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new DraftError(`--url "${text}" is not an absolute URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new DraftError(`--url "${text}" is not an http or https URL`);
  return url.href;
}

/** The --language tag in canonical form; it must be BCP 47. */
export function checkLanguage(tag: string | undefined): string | undefined {
  if (tag === undefined) return undefined;
  const canonical = canonicalLanguageTag(tag);
  if (!canonical) throw new DraftError(`--language "${tag}" is not a BCP 47 language tag such as "en", "es" or "pt-BR"`);
  return canonical;
}

/** A non-empty --publisher or --headline, white space collapsed. */
export function checkText(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  if (text === '') throw new DraftError(`--${option} is empty`);
  return text;
}
