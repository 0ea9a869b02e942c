/**
 * Language names for the provenance block. Tags are BCP 47 ("en", "es", "nl");
 * names come from the runtime's CLDR data, so no table needs keeping.
 */
const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** Languages written right to left (Arabic, Persian, Sorani Kurdish, Pashto, Urdu, Hebrew, Yiddish, Syriac, Dhivehi). */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'ckb', 'ps', 'ur', 'he', 'yi', 'syr', 'dv']);

/** True for a BCP 47 tag whose language is written right to left ("ar", "fa-AF", "ckb"). */
export function isRightToLeft(tag: string | undefined): boolean {
  return tag !== undefined && RIGHT_TO_LEFT.has(tag.split('-')[0]!.toLowerCase());
}

/**
 * The `dir` attribute for text in a language: "rtl" for right-to-left
 * languages, else undefined (Astro then writes no attribute and the page's
 * left-to-right direction holds).
 */
export function textDirection(tag: string | undefined): 'rtl' | undefined {
  return isRightToLeft(tag) ? 'rtl' : undefined;
}

/**
 * The `lang` attribute for text in a language on a page in English: the tag,
 * or undefined for English, so lists of English headlines carry no bytes for it.
 */
export function langUnlessEnglish(tag: string | undefined): string | undefined {
  return tag === undefined || tag.split('-')[0] === 'en' ? undefined : tag;
}

/** The English name of a language tag: "es" → "Spanish". Unknown tags come back as given. */
export function languageName(tag: string): string {
  return names.of(tag) ?? tag;
}
