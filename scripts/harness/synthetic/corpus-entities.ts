/**
 * The synthetic archive's entities (about 300 people, places and
 * organisations, each with the other spellings sources use) and its topics.
 * They do not depend on the number of articles, so every size of archive
 * shares one cast.
 */
import { foldName, keysOfName } from '../../../src/lib/search/name-fold.ts';
import {
  FOREIGN_FAMILY_NAMES,
  FOREIGN_GIVEN_NAMES,
  HEADLINES,
  LOCAL_GIVEN_NAMES,
  NAME_SYLLABLES,
  ORGANISATION_KINDS,
  PERSON_ROLES,
  PLACE_HEADS,
  SENTENCES,
  TOPICS,
} from './bank.ts';
import { createRandom, type Random } from './prng.ts';
import { slugify } from '../../lib/new-article/draft.ts';

/** What role an entity plays in the text: detention sites and towns are both places. */
export type EntityRole = 'site' | 'town' | 'person' | 'org';

/** One generated entity, ready to be written as `entities/<id>.yaml`. */
export interface SyntheticEntity {
  id: string;
  role: EntityRole;
  kind: 'person' | 'place' | 'organisation';
  name: string;
  aliases: string[];
  description: string;
  coordinates?: { lat: number; lon: number };
  /** The country a place lies in, as the world atlas names it. */
  country?: string;
}

/** One generated topic, written as `topics/<id>.yaml`. */
export interface SyntheticTopic {
  id: string;
  name: string;
  description: string;
}

/** How many entities of each role the cast has: 300 in all. */
const CAST = { camps: 15, prisons: 15, towns: 70, localPeople: 100, foreignPeople: 30, orgs: 70 } as const;

/**
 * Hands out names whose fold keys no other entity uses, since the site
 * refuses two entities sharing one (src/lib/content/checks/fold-keys.ts), and
 * invented stems that are not words of the sentence bank, so a name never
 * turns up in text by accident.
 */
class NameRegistry {
  /** Each fold key handed out, and the entity (by order of claiming) that has it. */
  readonly #usedKeys = new Map<string, number>();
  #current = 0;
  readonly #bankWords: Set<string>;
  readonly #random: Random;

  constructor(random: Random) {
    this.#random = random;
    this.#bankWords = new Set(
      [...SENTENCES, ...HEADLINES]
        .join(' ')
        .toLowerCase()
        .match(/[a-z]+/g) ?? [],
    );
  }

  /** A fresh invented stem such as "Badar", unused as a search key so far. */
  stem(): string {
    for (;;) {
      const syllables = this.#random.int(2, 3);
      let stem = '';
      for (let index = 0; index < syllables; index++) stem += this.#random.pick(NAME_SYLLABLES);
      const word = stem[0]!.toUpperCase() + stem.slice(1);
      if (!this.#bankWords.has(stem) && !this.#usedKeys.has(foldName(word))) {
        this.#usedKeys.set(foldName(word), -1);
        return word;
      }
    }
  }

  /** Claims a name and returns true, or returns false when another entity has it. */
  claim(name: string): boolean {
    const keys = keysOfName(name);
    // A stem is reserved (-1) for the entity built from it next.
    if (keys.some((key) => (this.#usedKeys.get(key) ?? -1) !== -1)) return false;
    this.#current += 1;
    for (const key of keys) this.#usedKeys.set(key, this.#current);
    return true;
  }

  /** Claims what it can of the aliases for the entity claimed last; keys of other entities are refused. */
  aliases(candidates: readonly string[]): string[] {
    return candidates.filter((alias) => {
      const keys = keysOfName(alias);
      if (keys.some((key) => ![undefined, -1, this.#current].includes(this.#usedKeys.get(key)))) return false;
      for (const key of keys) this.#usedKeys.set(key, this.#current);
      return true;
    });
  }
}

/** A second spelling of an invented stem, as transliterations differ: "Badar" → "Bedar". */
function variantSpelling(stem: string): string {
  return stem.replace(/a/, 'e');
}

/**
 * A point in northeast Syria (35.2–36.5°N, 38–40.8°E, a box wholly inside
 * Syria's outline), so every synthetic place passes the check that its
 * coordinates fall inside its country, Syria.
 */
function coordinatesIn(random: Random): { lat: number; lon: number } {
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return { lat: round(35.2 + random.next() * 1.3), lon: round(38 + random.next() * 2.8) };
}

/** Builds the whole cast, deterministically. */
export function createEntities(): SyntheticEntity[] {
  const random = createRandom('bench/entities');
  const names = new NameRegistry(random);
  const entities: SyntheticEntity[] = [];
  const add = (entity: Omit<SyntheticEntity, 'id'>) => entities.push({ id: slugify(entity.name, Infinity), ...entity });

  const towns: string[] = [];
  for (let index = 0; index < CAST.towns; index++) {
    const stem = names.stem();
    const heads = random.pick(PLACE_HEADS);
    const name = `${heads[0]} ${stem}`;
    names.claim(name);
    towns.push(name);
    add({
      role: 'town',
      kind: 'place',
      name,
      aliases: names.aliases([...heads.slice(1).map((head) => `${head} ${stem}`), `${heads[0]} ${variantSpelling(stem)}`]),
      description: `A town in northeast Syria, ${random.int(5, 120)} km from the nearest detention site.`,
      coordinates: coordinatesIn(random),
      country: 'Syria',
    });
  }
  for (let index = 0; index < CAST.camps; index++) {
    const stem = names.stem();
    const name = `al-${stem} camp`;
    names.claim(name);
    add({
      role: 'site',
      kind: 'place',
      name,
      aliases: names.aliases([`al-${stem}`, `al-${variantSpelling(stem)}`, `${stem} camp`]),
      description: `A camp near ${random.pick(towns)} holding families of Islamic State members.`,
      coordinates: coordinatesIn(random),
      country: 'Syria',
    });
  }
  for (let index = 0; index < CAST.prisons; index++) {
    const stem = names.stem();
    const name = `${stem} prison`;
    names.claim(name);
    add({
      role: 'site',
      kind: 'place',
      name,
      aliases: names.aliases([`${stem} jail`, `${stem} detention centre`]),
      description: `A prison near ${random.pick(towns)} holding men suspected of fighting for the Islamic State.`,
      coordinates: coordinatesIn(random),
      country: 'Syria',
    });
  }
  for (let index = 0; index < CAST.localPeople; index++) {
    const stem = names.stem();
    const given = random.pick(LOCAL_GIVEN_NAMES);
    const name = `${given[0]} al-${stem}`;
    names.claim(name);
    add({
      role: 'person',
      kind: 'person',
      name,
      aliases: names.aliases([...given.slice(1).map((other) => `${other} al-${stem}`), `al-${stem}`]),
      description: `${random.pick(PERSON_ROLES)} in ${random.pick(towns)}.`,
    });
  }
  for (const family of FOREIGN_FAMILY_NAMES.slice(0, CAST.foreignPeople)) {
    const name = `${random.pick(FOREIGN_GIVEN_NAMES)} ${family}`;
    if (!names.claim(name)) continue;
    add({
      role: 'person',
      kind: 'person',
      name,
      aliases: names.aliases([family]),
      description: `${random.pick(PERSON_ROLES)} from abroad.`,
    });
  }
  for (let index = 0; index < CAST.orgs; index++) {
    const stem = names.stem();
    const kind = random.pick(ORGANISATION_KINDS);
    const name = `${stem} ${kind.suffix}`;
    names.claim(name);
    const initials = name
      .split(' ')
      .map((word) => word[0])
      .join('');
    add({
      role: 'org',
      kind: 'organisation',
      name,
      aliases: names.aliases([...(initials.length >= 3 ? [initials] : []), `${variantSpelling(stem)} ${kind.suffix}`]),
      description: kind.description,
    });
  }
  return entities;
}

/** The archive's topics, with ids made from their names. */
export function createTopics(): SyntheticTopic[] {
  return TOPICS.map(([name, description]) => ({ id: slugify(name, Infinity), name, description }));
}
