/** Spellings of names that nobody listed, made by applying the fold rules (src/lib/search/name-fold.ts) backwards. */
import { FOLD_RULES, TELL_FORMS } from '../../src/lib/search/name-fold.ts';
import { ARABIC } from '../../src/lib/search/scripts/arabic.ts';

/**
 * Spellings of a name made by applying the rules backwards: each form a rule
 * makes equal swapped for each other form, one change at a time; articles
 * and "tell" swapped for their other spellings; a letter doubled; a final h
 * added after a final vowel.
 */
export function variantsOf(name: string): string[] {
  const lower = name.toLowerCase();
  const variants = new Set<string>();
  for (const rule of FOLD_RULES) {
    if (rule.forms.length === 0 || rule.covers === 'a final h after a vowel') continue;
    for (const from of rule.forms) {
      for (const to of rule.forms) {
        if (from === to) continue;
        const pattern = rule.at === 'end' ? new RegExp(`${from}(?=$|[\\s-])`, 'g') : new RegExp(from, 'g');
        for (const match of lower.matchAll(pattern))
          variants.add(lower.slice(0, match.index) + to + lower.slice(match.index + from.length));
      }
    }
  }
  for (const match of lower.matchAll(/\b(al|el|ar|as|at|ad|an|ash|az|ez|es|ed|et)[-\s](?=\p{L})/gu)) {
    for (const other of ['al-', 'el ', 'ad-', ''])
      variants.add(lower.slice(0, match.index) + other + lower.slice(match.index + match[0].length));
  }
  for (const match of lower.matchAll(/\b(tel|tal|tell|tall)\b/g)) {
    for (const other of TELL_FORMS) variants.add(lower.slice(0, match.index) + other + lower.slice(match.index + match[0].length));
  }
  // Doubling a letter, except a final e (a final "ee" is the long i) and h (which ends sh, gh, ch).
  for (const match of lower.matchAll(/[b-df-gj-z]|[aeiou](?![\s-]|$)/g))
    variants.add(lower.slice(0, match.index + 1) + lower.slice(match.index));
  for (const match of lower.matchAll(/[aeiou](?=$|[\s-])/g))
    variants.add(`${lower.slice(0, match.index + 1)}h${lower.slice(match.index + 1)}`);
  variants.delete(lower);
  return [...variants];
}

/** Spellings of real names as they appear in English, French, Spanish, Dutch and Turkish news, and the entity each names. */
export const NEWS_SPELLINGS: readonly [string, string][] = [
  ['Hawl', 'al-hol'],
  ['El Hol', 'al-hol'],
  ['Al-Houl', 'al-hol'],
  ['Kamishli', 'qamishli'],
  ['Kamichli', 'qamishli'],
  ['Qamishly', 'qamishli'],
  ['Raqa', 'raqqa'],
  ['er-Rakka', 'raqqa'],
  ['ain isa', 'ayn-issa'],
  ['Aïn Issa', 'ayn-issa'],
  ['Erdoghan', 'erdogan'],
  ['Daech', 'islamic-state'],
  ['Tall Abyad', 'tel-abyad'],
  ['Abu Bakr el-Baghdadi', 'abu-bakr-al-baghdadi'],
  ['Abou Bakr al-Baghdadi', 'abu-bakr-al-baghdadi'],
  ['Abu Layla', 'abu-laila'],
];

/** Words that look like a name but are not it, and the entity they must not find. */
export const NEAR_MISSES: readonly [string, string][] = [
  ['Holland', 'al-hol'],
  ['Hollande', 'al-hol'],
  ['Iraq', 'raqqa'],
  ['Iraqi', 'raqqa'],
  ['Issa', 'ayn-issa'],
  ['Ayn', 'ayn-issa'],
  ['Trumpet', 'donald-trump'],
  ['Baker Street', 'edwin-bakker'],
  ['Akara', 'hulusi-akar'],
  ['Islam', 'islamic-state'],
  ['this', 'islamic-state'],
  ['Spain', 'tel-abyad'],
];

/**
 * Spellings of an Arabic-script name made by the Arabic rules backwards
 * (src/lib/search/scripts/arabic.ts): each letter a rule makes equal swapped for
 * each other form, one change at a time; a vowel mark, a shadda or a tatweel
 * added after a letter; the article ال added to or taken from each word.
 */
export function arabicVariantsOf(name: string): string[] {
  const variants = new Set<string>();
  for (const rule of ARABIC.rules) {
    for (const from of rule.forms) {
      for (const to of rule.forms) {
        if (from === to) continue;
        const pattern = rule.at === 'end' ? new RegExp(`${from}(?=$|\\s)`, 'gu') : new RegExp(from, 'gu');
        for (const match of name.matchAll(pattern)) variants.add(name.slice(0, match.index) + to + name.slice(match.index + from.length));
      }
    }
  }
  // Marks and tatweel after the second letter of each word: fatha, shadda, sukun, tatweel.
  for (const mark of ['\u064E', '\u0651', '\u0652', '\u0640']) {
    for (const match of name.matchAll(/(?<=(?:^|\s)\p{L})\p{L}/gu))
      variants.add(name.slice(0, match.index + 1) + mark + name.slice(match.index + 1));
  }
  for (const match of name.matchAll(/(?<=^|\s)(\p{L}+)/gu)) {
    const word = match[1]!;
    const other = word.startsWith('ال') ? word.slice(2) : `ال${word}`;
    if (other.length >= 2) variants.add(name.slice(0, match.index) + other + name.slice(match.index + word.length));
  }
  variants.delete(name);
  return [...variants];
}

/** Arabic spellings seen in Arabic media that no entity lists, and the entity each names. */
export const ARABIC_NEWS_SPELLINGS: readonly [string, string][] = [
  ['الرقّة', 'raqqa'],
  ['الرقه', 'raqqa'],
  ['إردوغان', 'erdogan'],
  ['أبوبكر البغدادي', 'abu-bakr-al-baghdadi'],
  ['ابو بكر البغدادي', 'abu-bakr-al-baghdadi'],
  ['الدولة الاسلامية', 'islamic-state'],
  ['مخيّم الهَول', 'al-hol'],
];
