/**
 * What "plain text" means for the archive's own fields (headlines, names,
 * descriptions, notes) beyond "no markup": characters that are not text at
 * all are refused, because they break the feed's XML (control characters),
 * reverse the site's own words beside them (bidi controls), show nothing
 * (white space alone) or make one name pass for another (a Latin word with a
 * Cyrillic or Greek letter that looks Latin). Right-to-left text itself is
 * fine: the pages isolate it in their markup, so the data needs no controls.
 */

/** C0 and C1 control characters, except tab, line feed and carriage return, which YAML text may hold. */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/** Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
/** Characters that show nothing: white space, zero-width spaces and joiners, the byte-order mark. */
const INVISIBLE = /^[\s\u200B-\u200D\u2060\uFEFF]*$/u;
/** A word: a run of letters and their marks. */
const WORD = /[\p{L}\p{M}]+/gu;
/** Letters of the alphabets whose letters look Latin. */
const LOOK_ALIKE = /[\p{Script=Cyrillic}\p{Script=Greek}]/gu;

/** A character as messages name it: U+202E. */
function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * `text` without control characters and bidi controls: what a capture line
 * says as words. A page's markup may carry them; the archive's copy never
 * does, so they neither count as words nor reach a reader.
 */
export function withoutControls(text: string): string {
  return text.replace(new RegExp(CONTROL.source, 'gu'), '').replace(new RegExp(BIDI_CONTROL.source, 'gu'), '');
}

/**
 * Why `text` is not plain text, or null when it is: a control character, a
 * bidi control, nothing but white space, or a word mixing Latin letters with
 * Cyrillic or Greek ones (the letters named).
 */
export function plainTextProblem(text: string): string | null {
  if (INVISIBLE.test(text)) return 'only white space; write the text, or leave the field out';
  const control = CONTROL.exec(text);
  if (control)
    return `a control character (${codePoint(control[0])}) at character ${control.index + 1}; it is not text (and would break the feed's XML)`;
  const bidi = BIDI_CONTROL.exec(text);
  if (bidi) {
    return `a bidirectional control character (${codePoint(bidi[0])}) at character ${bidi.index + 1}; it reverses the text around it on every page. Right-to-left words need none: the pages isolate them`;
  }
  for (const [word] of text.matchAll(WORD)) {
    if (!/\p{Script=Latin}/u.test(word)) continue;
    const strangers = [...new Set(word.match(LOOK_ALIKE) ?? [])];
    if (strangers.length > 0) {
      const alphabets = [...new Set(strangers.map((letter) => (/\p{Script=Cyrillic}/u.test(letter) ? 'Cyrillic' : 'Greek')))].join(' and ');
      return `"${word}" mixes Latin letters with ${alphabets} ${strangers.map((letter) => `"${letter}" (${codePoint(letter)})`).join(', ')}, which look alike but are not the same; write the word in one alphabet`;
    }
  }
  return null;
}

/** Why a URL may not be published, or null: a user name or password in it ("https://user:password@host/") would be shown on every page. */
export function urlCredentialsProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null; // Not a URL at all: the URL check says so.
  }
  if (url.username === '' && url.password === '') return null;
  return `the URL holds a user name or password ("${url.username}${url.password ? ':…' : ''}@"); they would be published, so remove them`;
}

/**
 * The letters and digits of `text` that are compatibility forms of ordinary
 * ones (fullwidth "Ｈｏｌ", mathematical bold "𝐇𝐨𝐥", ligatures, Arabic
 * presentation forms): NFKC gives another character. A name written so looks
 * like the name but is matched as another, and could sit beside it.
 */
export function compatibilityFormsProblem(text: string): string | null {
  const forms = [...new Set([...text].filter((character) => /[\p{L}\p{N}]/u.test(character) && character.normalize('NFKC') !== character))];
  if (forms.length === 0) return null;
  return `${forms.map((character) => `"${character}" (${codePoint(character)})`).join(', ')} ${forms.length === 1 ? 'is a compatibility form' : 'are compatibility forms'} of ${forms.map((character) => `"${character.normalize('NFKC')}"`).join(', ')} (fullwidth, mathematical or presentation letters), which look alike but are other characters; write "${text.normalize('NFKC')}"`;
}

/** Scripts a host name's letters are told apart by; a letter of another script counts as "another script". */
const HOST_SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Arabic',
  'Hebrew',
  'Armenian',
  'Georgian',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Thai',
  'Devanagari',
] as const;

/** Scripts whose letters pass for Latin ones, so a whole name in them can pass for a Latin name. */
const LOOK_LATIN: ReadonlySet<string> = new Set(['Cyrillic', 'Greek']);

/** The scripts of the letters of one label of a host name. */
function scriptsOf(label: string): Set<string> {
  const scripts = new Set<string>();
  for (const letter of label.match(/\p{L}/gu) ?? []) {
    const script = HOST_SCRIPTS.find((candidate) => new RegExp(`\\p{Script=${candidate}}`, 'u').test(letter)) ?? 'another script';
    // Japanese writes Han, Hiragana and Katakana side by side: one writing system.
    scripts.add(script === 'Hiragana' || script === 'Katakana' ? 'Han' : script);
  }
  return scripts;
}

/**
 * Why a URL's host could pass for another, or null: a label mixing scripts
 * ("аpple.com" with a Cyrillic "а"), or a name all in Cyrillic or Greek,
 * whose letters pass for Latin ones, before a top-level domain in another
 * script ("аррӏе.com"; "пример.рф" is fine, and so is "例え.jp"). Readers see
 * the host as written, so a homograph would show them the wrong site's name.
 * Hosts written in punycode are read as the letters they stand for.
 */
export function homographHostProblem(text: string, toUnicode: (host: string) => string): string | null {
  let host: string;
  try {
    host = toUnicode(new URL(text).hostname);
  } catch {
    return null; // Not a URL at all: the URL check says so.
  }
  const labels = host.split('.').filter(Boolean);
  const mixed = labels.find((label) => scriptsOf(label).size > 1);
  if (mixed)
    return `the host "${host}" mixes scripts in "${mixed}" (${[...scriptsOf(mixed)].join(' and ')}), so it could pass for another site's name; write the address as the publisher's own`;
  const tld = scriptsOf(labels.at(-1) ?? '');
  // Only alphabets whose letters pass for Latin ones can spell a Latin name in another script ("аррӏе" in Cyrillic).
  const unlike = labels
    .slice(0, -1)
    .find((label) => scriptsOf(label).size === 1 && [...scriptsOf(label)].every((script) => LOOK_LATIN.has(script) && !tld.has(script)));
  if (unlike)
    return `the host "${host}" is written in ${[...scriptsOf(unlike)][0]} letters before a ${[...tld][0]} top-level domain, so it could pass for another site's name; write the address as the publisher's own`;
  return null;
}
