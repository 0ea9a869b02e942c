/**
 * Names in a draft's text: the archive's entities it mentions, recognised
 * exactly as the search page recognises them (`TextNames`: the same fold
 * keys and aliases, every script), and the
 * capitalised names it does not know yet, some of which look like a known
 * entity in another spelling ("Jelal Ayaf" for "Yalal Ayaf").
 */
import { searchKey } from '../../../src/lib/search/aliases.ts';
import { foldName } from '../../../src/lib/search/name-fold.ts';
import { TextNames } from '../../../src/lib/search/text-names.ts';
import type { EntityKind } from '../../../src/schemas/entity.ts';
import type { BodyParagraph } from '../../../src/lib/content/paragraphs.ts';
import { LANGUAGES, languageData } from './languages/index.ts';
import { alternatives, anyLanguage, everyLanguage } from './languages/patterns.ts';
import { withoutCredit } from './split-capture.ts';

/** An entity as the drafting sees it. */
export interface KnownEntity {
  /** Its id (file name in `content/entities/`). */
  id: string;
  /** person, place or organisation. */
  kind: EntityKind;
  /** The canonical name first, then every alias. */
  names: string[];
}

/** One name finder per list of entities: building the fold keys costs more than one text. */
const finders = new WeakMap<readonly KnownEntity[], TextNames>();

/** The archive's one name finder (`TextNames`) over these entities. */
function namesIn(entities: readonly KnownEntity[]): TextNames {
  let finder = finders.get(entities);
  if (!finder) finders.set(entities, (finder = new TextNames(entities)));
  return finder;
}

/** A known entity found in the text. */
export interface FoundEntity {
  /** The entity's id, as the draft lists it. */
  id: string;
  /** Its canonical name. */
  name: string;
  /** person, place or organisation. */
  kind: string;
  /** Each paragraph that mentions it, with its first mention there as the text spells it ("Qamichli", "AIN-ISSA"). */
  mentions: { paragraph: number; name: string }[];
}

/** Words around a name that make it a person's: "said", "spokesman", "porte-parole", "Sprecher", "المتحدث". */
const PERSON_CONTEXT = new RegExp(`(?:^|[^\\p{L}])${anyLanguage((language) => language.names.speakerWords)}(?:$|[^\\p{L}])`, 'iu');

/**
 * True when a mention at [start, end) is the end of a person's name rather
 * than the place: a capitalised word that is no sentence or title word stands
 * right before it ("Hassan Qamishlo"), and the words around say a person
 * speaks ("…, said", "spokesman").
 */
function insidePersonName(text: string, start: number, end: number): boolean {
  const before = /(\p{Lu}[\p{L}\p{M}'’-]+)\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
  if (!before || LEADING.has(before[1]!.toLowerCase()) || NOT_NAMES_ALONE.has(before[1]!.toLowerCase())) return false;
  const around = `${text.slice(Math.max(0, start - 60), start - before[0].length)} ${text.slice(end, end + 40).split(/[.;]/)[0]}`;
  return PERSON_CONTEXT.test(around);
}

/**
 * Every known entity the text mentions, with the paragraphs that mention it,
 * in entity-list order. The matching is the search page's (`TextNames`), so
 * what is found here is what search finds the article by and what
 * `check-content` accepts. A place's name that is part of a person's name
 * ("a spokesman, Hassan Qamishlo, said") does not count as the place.
 * `headline` counts as paragraph 0 when it is the publisher's.
 */
export function findKnownEntities(
  paragraphs: readonly BodyParagraph[],
  entities: readonly KnownEntity[],
  headline?: string,
): FoundEntity[] {
  const finder = namesIn(entities);
  const texts = [...(headline ? [{ number: 0, text: headline }] : []), ...paragraphs];
  const mentions = new Map<string, { paragraph: number; name: string }[]>();
  for (const paragraph of texts) {
    for (const found of finder.find(paragraph.text)) {
      if (found.entity.kind === 'place' && insidePersonName(paragraph.text, found.start, found.end)) continue;
      const list = mentions.get(found.entity.id) ?? [];
      const spelled = paragraph.text.slice(found.start, found.end);
      if (!list.some((mention) => mention.paragraph === paragraph.number)) list.push({ paragraph: paragraph.number, name: spelled });
      mentions.set(found.entity.id, list);
    }
  }
  return entities.flatMap((entity) => {
    const list = mentions.get(entity.id);
    return list ? [{ id: entity.id, name: entity.names[0] ?? entity.id, kind: entity.kind, mentions: list }] : [];
  });
}

/** A capitalised name the archive does not know. */
export interface UnknownName {
  /** The name as first written. */
  name: string;
  /** The paragraphs it appears in. */
  paragraphs: number[];
  /** A guess at what it names, from the words in and around it: "person", "place", "organisation" or null. */
  kindGuess: 'person' | 'place' | 'organisation' | null;
  /** A known entity it looks like in another spelling, with the alias to add. */
  lookalike?: { id: string; name: string };
  /** Why it is listed: what made it look like a name. */
  reason: string;
}

/** Lower-case words that may join the parts of one name: "Syrian Observatory for Human Rights", "Abu Bakr al Baghdadi". */
const CONNECTORS = new Set(everyLanguage((language) => language.names.connectors));

/** Capitalised words that open sentences or stand for titles, dropped from the front of a name: "The Syrian Observatory" → "Syrian Observatory". */
const LEADING = new Set(everyLanguage((language) => language.names.leading));

/** Capitalised words that are not names on their own: days, months and peoples ("Turkish", "Kurds"). */
const NOT_NAMES_ALONE = new Set(everyLanguage((language) => language.names.notNamesAlone));

/** How a language that capitalises every noun (German) tells its ordinary nouns from names. */
interface NounTest {
  /** Frequent nouns of news reports ("Frauen und Kinder", "nach Angaben"). */
  nouns: ReadonlySet<string>;
  /** Noun endings no Arabic, Kurdish or Turkish name has: -ung, -heit, -keit… */
  ending: RegExp;
  /** Words before a noun: articles, determiners, contractions, numbers and quantities. */
  determiner: RegExp;
}

/** The noun test of each language that has one, by tag. */
const NOUN_TESTS: ReadonlyMap<string, NounTest> = new Map(
  Object.values(LANGUAGES)
    .filter((language) => language.names.capitalisedNouns.nouns.length > 0)
    .map(({ tag, names: { capitalisedNouns } }) => [
      tag,
      {
        nouns: new Set(capitalisedNouns.nouns),
        ending: new RegExp(`${alternatives(capitalisedNouns.endings)}$`, 'u'),
        determiner: new RegExp(`(?:^|\\s)(?:${alternatives(capitalisedNouns.determiners)}|\\d[\\d.,]*)\\s$`, 'iu'),
      },
    ]),
);

/** True when a capitalised word is an ordinary noun rather than a name, in a language that capitalises nouns. */
function isCapitalisedNoun(test: NounTest, word: string, before: string): boolean {
  const lower = word.toLowerCase();
  return test.nouns.has(lower) || test.ending.test(lower) || test.determiner.test(before);
}

/** Words that mark an organisation's name (case as written). */
const ORGANISATION_WORDS = new RegExp(`\\b${anyLanguage((language) => language.names.organisationWords)}\\b`, 'u');
/** Words before a name that mark a place. */
const PLACE_BEFORE = new RegExp(`\\b${anyLanguage((language) => language.names.placeBefore)}\\s$`, 'iu');
/** Words before or after a name that mark a person. */
const PERSON_AROUND = new RegExp(`\\b${anyLanguage((language) => language.names.personAround)}\\b`, 'iu');

/** A word that starts with a capital letter, allowing an article joined by a hyphen before it ("al-Hawl", "el-Sisi"). */
const CAPITALISED = new RegExp(`^(?:${anyLanguage((language) => language.names.hyphenatedArticles)}[-‐‑])?\\p{Lu}`, 'u');

/** An elided word glued to a name ("d'Aïn Issa", "l'État"). */
const ELIDED = new RegExp(`^${anyLanguage((language) => language.names.elisions)}['’](?=\\p{Lu})`, 'iu');

/** An article written apart, in lower case, just before a name ("al Hawl"); group 1 is the article. */
const SPACED_ARTICLE = new RegExp(`(?:^|\\s)(${anyLanguage((language) => language.names.spacedArticles)})\\s$`, 'iu');

/** Levenshtein distance between two short strings. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** How many letters two search keys may differ by and still look like one name: none for short names, up to two for long ones. */
const allowedDistance = (key: string) => (key.length >= 8 ? 2 : key.length >= 5 ? 1 : 0);

/** A word or punctuation mark of a paragraph, and where it starts. */
interface Token {
  0: string;
  index: number;
}

/**
 * The words and punctuation marks of a text. Two words run together where a
 * line break was lost ("SyrieLe") are two words, and a lower-case part after
 * a hyphen ("Turkey-backed", "Kurdish-led") is not part of a name.
 */
function wordTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+(?:['’‐‑-][\p{L}\p{M}\p{N}]+)*|\S/gu)) {
    let word = match[0];
    let index = match.index;
    // French and Italian elision: "d'Aïn Issa", "l'État" are "d'" before a name.
    const elided = ELIDED.exec(word)?.[0];
    if (elided) {
      tokens.push({ 0: elided, index });
      word = word.slice(elided.length);
      index += elided.length;
    }
    if (/^\p{Lu}/u.test(word)) word = word.replace(/(?:[‐‑-]\p{Ll}[\p{Ll}\p{M}]*)+$/u, '');
    for (const part of word.split(/(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll})/u)) {
      tokens.push({ 0: part, index });
      index += part.length;
    }
  }
  return tokens;
}

/** The capitalised word sequences of a paragraph, each with the text just before it and whether it opens a sentence. */
function capitalisedRuns(text: string): { name: string; before: string; after: string; sentenceStart: boolean }[] {
  const tokens = wordTokens(text);
  const runs: { name: string; before: string; after: string; sentenceStart: boolean }[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]![0];
    if (!CAPITALISED.test(token)) {
      index += 1;
      continue;
    }
    const start = index;
    let end = index; // last capitalised token of the run
    let cursor = index + 1;
    for (;;) {
      let look = cursor;
      while (look < tokens.length && CONNECTORS.has(tokens[look]![0])) look += 1;
      // Tokens must follow each other with a single space between: punctuation ends a name.
      if (look < tokens.length && CAPITALISED.test(tokens[look]![0]) && adjacent(text, tokens, end, look)) {
        end = look;
        cursor = look + 1;
      } else break;
    }
    const from = tokens[start]!.index;
    const to = tokens[end]!.index + tokens[end]![0].length;
    const previous = tokens[start - 1]?.[0];
    runs.push({
      name: text.slice(from, to).replace(/['’]s$/u, ''),
      before: text.slice(Math.max(0, from - 20), from),
      after: text.slice(to, to + 25),
      sentenceStart: previous === undefined || /^[.!?:;"“”«»'‘’(—–-]$/u.test(previous),
    });
    index = end + 1;
  }
  return runs;
}

/** True when the tokens from `a` to `b` are separated only by single spaces (and connectors). */
function adjacent(text: string, tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i += 1) {
    const gapStart = tokens[i]!.index! + tokens[i]![0].length;
    const gap = text.slice(gapStart, tokens[i + 1]!.index);
    if (gap !== ' ') return false;
  }
  return true;
}

/** Drops title and sentence words from the front of a run: "The Syrian Observatory" → "Syrian Observatory". */
function trimRun(name: string): string {
  const words = name.split(' ');
  while (words.length > 0 && LEADING.has(words[0]!.toLowerCase())) words.shift();
  while (words.length > 0 && CONNECTORS.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/** Guesses the kind of an unknown name from its words and what surrounds it. */
function guessKind(name: string, before: string, after: string): UnknownName['kindGuess'] {
  if (ORGANISATION_WORDS.test(name) || /^\p{Lu}{2,}$/u.test(name)) return 'organisation';
  if (PLACE_BEFORE.test(before)) return 'place';
  if (name.includes(' ') && (PERSON_AROUND.test(before) || PERSON_AROUND.test(after.split(/[.;]/)[0] ?? ''))) return 'person';
  return null;
}

/** Splits a run at its ordinary nouns, in a language that capitalises them (German): "Grenzstadt Tel Abjad" → "Tel Abjad"; "Hunderte Frauen" → nothing. */
function nameParts(test: NounTest, run: { name: string; before: string }): string[] {
  const parts: string[] = [];
  let current: string[] = [];
  let before = run.before;
  for (const word of run.name.split(' ')) {
    if (/^\p{Lu}/u.test(word) && isCapitalisedNoun(test, word, before)) {
      if (current.length > 0) parts.push(current.join(' '));
      current = [];
    } else current.push(word);
    before = `${before}${word} `;
  }
  if (current.length > 0) parts.push(current.join(' '));
  return parts;
}

/**
 * The capitalised names of the text that no known entity's name matches, in
 * order of first appearance, one per search key, each with why it is listed.
 * A name that opens a sentence counts only when it has several words or is
 * capitalised elsewhere mid-sentence too ("Chaos took over…" is not a name);
 * days, months, peoples and compass points alone are no names; in German
 * text (a language whose data lists capitalised nouns), ordinary nouns are dropped. A name whose
 * search key or fold key (`foldName`, every romanisation) is within a letter
 * or two of a known name's is marked as its lookalike, across languages
 * ("Tel Abjad" for Tel Abyad).
 */
export function findUnknownNames(paragraphs: readonly BodyParagraph[], entities: readonly KnownEntity[], language = 'en'): UnknownName[] {
  const nounTest = NOUN_TESTS.get(languageData(language)?.tag ?? '');
  const finder = namesIn(entities);
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const knownKeys = entities.flatMap((entity) =>
    entity.names.map((name) => ({ entity, name, key: searchKey(name), fold: foldName(name) })),
  );
  const midSentence = new Set<string>();
  const candidates: { name: string; whole: string; paragraph: number; before: string; after: string; sentenceStart: boolean }[] = [];
  for (const paragraph of paragraphs) {
    // A closing agency credit ("(APA/AFP/Reuters)") names who sent the text, not who is in it.
    for (const run of capitalisedRuns(withoutCredit(paragraph.text))) {
      const parts = nounTest ? nameParts(nounTest, run) : [run.name];
      for (const part of parts) {
        const name = trimRun(part);
        if (name === '' || name.length < 2) continue;
        // Only the part that opens the run opens the sentence; a title or sentence word trimmed off means it did not.
        const sentenceStart = run.sentenceStart && run.name.startsWith(part) && name === part.replace(/['’]s$/u, '');
        if (!sentenceStart) midSentence.add(searchKey(name));
        // "al Hawl" is written with a lower-case, spaced article; the known-name check needs it back.
        const article = SPACED_ARTICLE.exec(run.before)?.[1];
        candidates.push({
          name,
          whole: article && part === run.name ? `${article} ${run.name}` : part,
          paragraph: paragraph.number,
          before: run.before,
          after: run.after,
          sentenceStart,
        });
      }
    }
  }

  const byKey = new Map<string, UnknownName>();
  for (const candidate of candidates) {
    const key = searchKey(candidate.name);
    const words = candidate.name.split(' ');
    if (candidate.sentenceStart && words.length === 1 && !midSentence.has(key)) continue;
    // "Turkish", "Kurdish-Arab", "Sunday", "North": peoples, days and compass points are capitalised but name no entity.
    const capitalisedParts = candidate.name.split(/[-‐‑ ]/).filter((part) => /^\p{Lu}/u.test(part));
    if (capitalisedParts.every((part) => NOT_NAMES_ALONE.has(part.toLowerCase()) || LEADING.has(part.toLowerCase()))) continue;
    // A name that holds a known one ("Turkish Defence Minister Hulusi Akar", "Le Parisien") is the known one,
    // unless it is a person named after a known place ("Hassan Qamishlo, said").
    const kindGuess = guessKind(candidate.name, candidate.before, candidate.after);
    const holdsKnown = [...finder.entityIds(candidate.whole)].map((id) => byId.get(id)!);
    if (holdsKnown.length > 0 && !(kindGuess === 'person' && holdsKnown.every((entity) => entity.kind === 'place'))) continue;
    const existing = byKey.get(key);
    if (existing) {
      if (!existing.paragraphs.includes(candidate.paragraph)) existing.paragraphs.push(candidate.paragraph);
      continue;
    }
    const fold = foldName(candidate.name);
    const lookalike = knownKeys
      .map((known) => ({
        known,
        distance: Math.min(editDistance(key, known.key), fold && known.fold ? editDistance(fold, known.fold) : Infinity),
      }))
      .filter(({ known, distance }) => distance <= allowedDistance(known.key) && distance <= allowedDistance(key))
      .sort((a, b) => a.distance - b.distance)[0]?.known;
    const reason = /^\p{Lu}{2,}$/u.test(candidate.name)
      ? 'an acronym'
      : words.length > 1
        ? `${words.length} capitalised words together`
        : candidate.sentenceStart
          ? 'capitalised here and mid-sentence elsewhere'
          : 'capitalised mid-sentence';
    byKey.set(key, {
      name: candidate.name,
      paragraphs: [candidate.paragraph],
      kindGuess,
      ...(lookalike ? { lookalike: { id: lookalike.entity.id, name: lookalike.name } } : {}),
      reason:
        lookalike && foldName(lookalike.name) === fold ? `${reason}; the same name as "${lookalike.name}" in another romanisation` : reason,
    });
  }
  return [...byKey.values()];
}
