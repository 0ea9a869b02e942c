/**
 * An article's `language` against the script its body is written in. The
 * language decides the page's `lang` and direction: "ar" on an English body
 * would set English text right to left and have screen readers read it with
 * Arabic rules. Telling languages of one script apart needs a language
 * detector and is left to `npm run new-article`; a script that contradicts
 * the language is certain, cheap to see, and refused here.
 */

/** The one script each language is written in, for languages written in one script only (BCP 47 primary subtag). */
const SCRIPT_OF_LANGUAGE: Readonly<Record<string, string>> = {
  ...Object.fromEntries(['ar', 'fa', 'ur', 'ps', 'ckb', 'ug', 'sd'].map((tag) => [tag, 'Arabic'])),
  ...Object.fromEntries(['he', 'yi'].map((tag) => [tag, 'Hebrew'])),
  ...Object.fromEntries(['ru', 'uk', 'bg', 'be', 'mk'].map((tag) => [tag, 'Cyrillic'])),
  el: 'Greek',
  hy: 'Armenian',
  ka: 'Georgian',
  ...Object.fromEntries(['en', 'es', 'fr', 'de', 'nl', 'it', 'pt', 'tr', 'pl', 'sv', 'da', 'nb', 'fi', 'id', 'ms', 'ro', 'cs', 'hu'].map((tag) => [tag, 'Latin'])),
};

/**
 * The scripts the check tells apart, each with a pattern counting its letters.
 * Unicode's own script properties, not search's registry
 * (src/lib/search/scripts/registry.ts): this check must tell apart scripts
 * search has no folding rules for.
 */
const SCRIPTS: readonly [string, RegExp][] = ['Latin', 'Arabic', 'Hebrew', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Han'].map((script) => [
  script,
  new RegExp(`\\p{Script=${script}}`, 'gu'),
]);

/** Fewer letters than this say too little about a body's script. */
const MIN_LETTERS = 40;

/** How much of a body is read: its opening settles its script, and a long body costs no more. */
const SAMPLE = 1500;

/** The script most of the text's letters are in (read from its opening), or null for too little text or no majority. */
export function mainScript(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return null;
  const [best] = SCRIPTS.map(([script, pattern]) => [script, sample.match(pattern)?.length ?? 0] as const).sort((a, b) => b[1] - a[1]);
  return best && best[1] > letters / 2 ? best[0] : null;
}

/**
 * Why the language contradicts the body's script, or null: the language is
 * written in one script only, the body is long enough to say, and most of
 * its letters are in another script.
 */
export function languageScriptProblem(language: string | undefined, text: string): string | null {
  if (!language) return null;
  const expected = SCRIPT_OF_LANGUAGE[language.split('-')[0]!.toLowerCase()];
  if (!expected) return null;
  // Most bodies are in their language's script: one count settles it.
  const sample = text.slice(0, SAMPLE);
  const pattern = SCRIPTS.find(([script]) => script === expected)![1];
  if ((sample.match(pattern)?.length ?? 0) > (sample.match(/\p{L}/gu)?.length ?? 0) / 2) return null;
  const found = mainScript(text);
  if (!found || found === expected) return null;
  return `"${language}" is written in ${expected} script, but the body is mostly in ${found} letters; give the language of the text archived here (a translation's own language, not its original's)`;
}
