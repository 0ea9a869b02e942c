/**
 * Names in other spellings. The sources and their readers spell the same name
 * many ways ("al-Hol", "Al Hol", "al-Hawl"; "Erdogan", "Erdoğan"), so the
 * archive compares names after folding away what readers do not type
 * consistently: diacritics, hyphens of every kind, spacing and, except for
 * acronyms, letter case.
 */

/** Every character a source or a reader may use to join or separate the parts of a name. */
const SEPARATORS = /[\s\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212_.'’‘`]+/gu;

/**
 * Removes diacritics and maps letters with no decomposition (Turkish dotless ı)
 * to their plain forms, keeping letter case: "Erdoğan" → "Erdogan",
 * "Kamışlı" → "Kamisli", "Girê Spî" → "Gire Spi".
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I');
}

/**
 * The key under which a name is searched: folded, lower-cased and with every
 * separator removed, so "al-Hol", "al Hol", "AL HOL", "alhol" and "al‐Hol"
 * (Unicode hyphen) all give "alhol".
 */
export function searchKey(name: string): string {
  return foldDiacritics(name).toLowerCase().replace(SEPARATORS, '');
}

/**
 * True for aliases written wholly in capitals ("IS", "SDS", "NATO"). They
 * match case-sensitively, or "IS" would match every "is" in the text.
 */
export function isAcronym(alias: string): boolean {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toUpperCase();
}

/** Escapes a string for use inside a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Builds a regular expression that finds an alias in folded text as a whole
 * word, with any separator between its parts: "al-Hol" also finds "al Hol".
 */
export function aliasPattern(alias: string): RegExp {
  const parts = foldDiacritics(alias).split(SEPARATORS).filter(Boolean).map(escapeRegExp);
  if (parts.length === 0) throw new Error(`Alias "${alias}" has no letters or digits`);
  const flags = isAcronym(alias) ? 'gu' : 'giu';
  return new RegExp(`(?<![\\p{L}\\p{N}])${parts.join('[\\s\\-\\u2010-\\u2015\\u2212]*')}(?![\\p{L}\\p{N}])`, flags);
}

/** True when `text` mentions any of `aliases` (see {@link aliasPattern} for how names match). */
export function mentionsAny(text: string, aliases: readonly string[]): boolean {
  const folded = foldDiacritics(text);
  return aliases.some((alias) => aliasPattern(alias).test(folded));
}

/**
 * Finds aliases that two or more entities share once folded to their search
 * keys. Such an alias could not say which entity a reader means.
 * Returns one record per shared key with the entity ids that claim it.
 */
export function findSharedAliases(
  entities: readonly { id: string; names: readonly string[] }[],
): { key: string; ids: string[] }[] {
  const owners = new Map<string, Set<string>>();
  for (const entity of entities) {
    for (const name of entity.names) {
      const key = searchKey(name);
      if (!owners.has(key)) owners.set(key, new Set());
      owners.get(key)!.add(entity.id);
    }
  }
  return [...owners]
    .filter(([, ids]) => ids.size > 1)
    .map(([key, ids]) => ({ key, ids: [...ids].sort() }));
}
