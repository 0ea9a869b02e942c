/**
 * The names the search page knows: every entity's name and aliases, its
 * page, and the fold keys that lead to it. Written at build time as a small
 * JSON file (/search/names.json) and read in the browser, where it turns a
 * query in any romanisation into the entity it names, and offers "did you
 * mean" when nothing matches.
 */
import { isAcronym, NameMatcher } from './aliases.ts';
import { foldCompact, foldName, nameKeys, wordKeys } from './name-fold.ts';
import type { EntityKind } from '../../schemas/entity.ts';
import { ENTITY_KINDS } from '../content/entity-kinds.ts';

/** One entity as the search page needs it. */
export interface NameRecord {
  /** Entry id, e.g. "al-hol". */
  id: string;
  /** "person", "place" or "organisation": with the id, it gives the entity's page (`entityUrl`). */
  kind: EntityKind;
  /** The canonical name first, then every alias. */
  names: string[];
}

/** What a query resolved to. */
export interface NameMatch {
  /** The entity. */
  entity: NameRecord;
  /** "name" when the whole query is one of its names in some romanisation, "word" when it is one word of one. */
  by: 'name' | 'word';
}

/** An entity suggested for a query that found nothing. */
export interface Suggestion {
  /** The entity. */
  entity: NameRecord;
  /** Edits between the query's fold key and the nearest of the entity's keys. */
  distance: number;
}

/**
 * The token that pages mentioning an entity carry in their search metadata:
 * its canonical name's fold key between "qx" marks ("qxholcampqx"). No word
 * of the text looks like it, Pagefind's stemmer leaves it whole, and no
 * token is the start of another, so it matches exactly its entity's pages.
 */
export function entityToken(names: readonly string[]): string {
  return `qx${foldName(names[0] ?? '')}qx`;
}

/** The entities' tokens for a page's metadata, space-separated, sorted and de-duplicated. */
export function entityTokens(namesOfEntities: readonly (readonly string[])[]): string {
  return [...new Set(namesOfEntities.map(entityToken))].sort().join(' ');
}

/** Names indexed for lookup by fold key. */
export class NameIndex {
  readonly #byKey = new Map<string, NameRecord>();
  readonly #byWord = new Map<string, NameRecord>();
  readonly #matchers = new Map<string, NameMatcher>();
  /** Keys that only short acronyms give ("is" from "IS", "si" from "SI"), with those acronyms as written. */
  readonly #shortAcronymKeys = new Map<string, Set<string>>();

  /** Every entity, as given. */
  readonly records: readonly NameRecord[];

  /** @param records every entity; fold keys are unique across them (the build checks it). */
  constructor(records: readonly NameRecord[]) {
    // A plain field, not a parameter property: scripts run this file with Node's type stripping.
    this.records = records;
    for (const record of records) {
      for (const key of nameKeys(record.names)) this.#byKey.set(key, record);
      const spelled = new Set(nameKeys(record.names.filter((name) => !isShortAcronym(name))));
      for (const acronym of record.names.filter(isShortAcronym)) {
        for (const key of nameKeys([acronym]).filter((key) => !spelled.has(key))) {
          this.#shortAcronymKeys.set(key, (this.#shortAcronymKeys.get(key) ?? new Set()).add(acronym));
        }
      }
    }
    // A word that two entities' names share stands for neither, nor does one that is another's whole name.
    const ambiguous = new Set<string>();
    for (const record of records) {
      for (const key of wordKeys(record.kind, record.names)) {
        const owner = this.#byWord.get(key);
        if (owner && owner !== record) ambiguous.add(key);
        else this.#byWord.set(key, record);
      }
    }
    for (const key of this.#byWord.keys()) {
      const whole = this.#byKey.get(key);
      if (ambiguous.has(key) || (whole && whole !== this.#byWord.get(key))) this.#byWord.delete(key);
    }
  }

  /** The entity a query names, as a whole name or as one word of one, in any romanisation; null when none. */
  resolve(query: string): NameMatch | null {
    const key = foldName(query);
    if (!key) return null;
    const named = this.#byKey.get(key) ?? this.#byKey.get(foldCompact(query));
    if (named) return { entity: named, by: 'name' };
    const singleWord = query.trim().split(/[\s\-\u2010-\u2015]+/u).length === 1;
    const worded = singleWord ? this.#byWord.get(key) : undefined;
    return worded ? { entity: worded, by: 'word' } : null;
  }

  /**
   * The entity that a run of words inside a longer query names: a whole name
   * in any spelling, or, for a run of one word, a word of a person's or
   * place's name ("Abyad"). An acronym of one or two letters counts only as
   * written ("IS", "SI"), since in lower case it is an ordinary word ("is",
   * "si"). Null when the run names nothing.
   */
  lookupRun(run: string): NameMatch | null {
    const key = foldName(run);
    if (!key) return null;
    const compact = foldCompact(run);
    const typed = run.trim().replace(/\./g, '');
    for (const candidate of [key, compact]) {
      const named = this.#byKey.get(candidate);
      if (!named) continue;
      const acronyms = this.#shortAcronymKeys.get(candidate);
      if (acronyms && ![...acronyms].some((acronym) => acronym.replace(/\./g, '') === typed)) continue;
      return { entity: named, by: 'name' };
    }
    const singleWord = run.trim().split(/[\s\-\u2010-\u2015]+/u).length === 1;
    const worded = singleWord ? this.#byWord.get(key) : undefined;
    return worded ? { entity: worded, by: 'word' } : null;
  }

  /**
   * Known names nearest a query that found nothing, compared on fold keys
   * (Latin keys with Latin, Arabic with Arabic, as the letters differ): at
   * most one edit for keys of up to seven letters, two for longer ones, so a
   * suggestion shares most of the query's letters ("Hasakah" is two edits
   * from "ar-Raqqah" and is not offered it). Keys of names typed run together
   * ("arraka") are not compared: they would bring an article's letters
   * closer. Nearest first, at most `limit` entities.
   */
  suggest(query: string, limit = 3): Suggestion[] {
    const key = foldName(query);
    if (key.length < 3) return [];
    const allowed = key.length <= 7 ? 1 : 2;
    const best = new Map<NameRecord, number>();
    const candidates = this.records.flatMap((record) =>
      [...new Set([...record.names.map(foldName), ...wordKeys(record.kind, record.names)].filter(Boolean))].map(
        (candidate) => [candidate, record] as const,
      ),
    );
    for (const [candidate, entity] of candidates) {
      if (Math.abs(candidate.length - key.length) > allowed) continue;
      const distance = editDistance(key, candidate);
      if (distance <= allowed && distance < (best.get(entity) ?? Infinity)) best.set(entity, distance);
    }
    return [...best]
      .map(([entity, distance]) => ({ entity, distance }))
      .sort((a, b) => a.distance - b.distance || a.entity.names[0]!.localeCompare(b.entity.names[0]!))
      .slice(0, limit);
  }

  /** A matcher for the entity's names as they may be written in a text (any separators, diacritics). */
  matcher(entity: NameRecord): NameMatcher {
    let matcher = this.#matchers.get(entity.id);
    if (!matcher) this.#matchers.set(entity.id, (matcher = new NameMatcher(entity.names)));
    return matcher;
  }
}

/** An acronym of at most two letters ("IS", "SI"): in lower case, an ordinary word of several languages. */
function isShortAcronym(name: string): boolean {
  return isAcronym(name) && name.replace(/[^\p{L}]/gu, '').length <= 2;
}

/** Edits (insert, delete, substitute, swap two neighbours) between two strings: optimal string alignment distance. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The JSON form of the records, one array per entity: [id, kind, name, ...aliases];
 * compact, as it is fetched with the first search. No URLs: the page derives
 * each from kind and id with the one URL helper, under its own base path.
 */
export type NamesFile = [string, EntityKind, string, ...string[]][];

/** Writes records as the names file. */
export function encodeNames(records: readonly NameRecord[]): NamesFile {
  return records.map((record) => [record.id, record.kind, ...(record.names as [string, ...string[]])]);
}

/** Reads the names file; throws on anything that is not its shape. */
export function decodeNames(file: unknown): NameRecord[] {
  if (!Array.isArray(file)) throw new Error('names file: expected an array');
  const kinds: readonly string[] = ENTITY_KINDS;
  return file.map((row, index) => {
    if (!Array.isArray(row) || row.length < 3 || !row.every((cell) => typeof cell === 'string') || !kinds.includes(row[1] as string)) {
      throw new Error(`names file: entry ${index} is not [id, kind, name, ...aliases] with kind one of ${ENTITY_KINDS.join(', ')}`);
    }
    const [id, kind, ...names] = row as string[];
    return { id: id!, kind: kind as EntityKind, names };
  });
}
