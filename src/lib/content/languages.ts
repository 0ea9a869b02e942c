/**
 * Language names for the provenance block. Tags are BCP 47 ("en", "es", "nl");
 * names come from the runtime's CLDR data, so no table needs keeping.
 */
const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** The English name of a language tag: "es" → "Spanish". Unknown tags come back as given. */
export function languageName(tag: string): string {
  return names.of(tag) ?? tag;
}
