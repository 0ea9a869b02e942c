/**
 * The languages `new-article` knows, by primary language subtag: one module
 * each in this folder. Adding a language is adding its module and its line
 * here (CONTRIBUTING.md, "Adding a language to `new-article`");
 * tests/unit/drafting/languages.test.ts checks every module is listed and
 * every kind of entry is filled.
 */
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { ja } from './ja.ts';
import { nl } from './nl.ts';
import { pt } from './pt.ts';
import { th } from './th.ts';
import { tr } from './tr.ts';
import type { LanguageData } from './types.ts';
import { zh } from './zh.ts';

export type { LanguageData } from './types.ts';

/** Every language's data by its primary subtag. The order is the order word lists are joined in. */
export const LANGUAGES: Readonly<Record<string, LanguageData>> = { en, es, fr, de, nl, it, pt, ar, tr, ja, zh, th };

/** English's data: the archive's language, and the relative-date rules of a language without its own. */
export const ENGLISH: LanguageData = en;

/**
 * One language's data by a BCP 47 tag ("es", "es-MX": the primary subtag
 * decides), or undefined when `new-article` has none for it: the caller then
 * applies no rule of that language.
 */
export function languageData(tag: string): LanguageData | undefined {
  const primary = tag.split('-')[0]!.toLowerCase();
  return Object.hasOwn(LANGUAGES, primary) ? LANGUAGES[primary] : undefined;
}
