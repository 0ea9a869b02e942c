/**
 * No two entities may share a fold key (src/lib/search/name-fold.ts, `keysOfName`): a spelling
 * that folds to a key of two entities could not say which one a reader
 * means, and search would list pages about the wrong one.
 */
import type { Entity } from '../../../schemas/entity.ts';
import type { ContentProblem, EntryInput } from '../problems.ts';
import { keysOfName } from '../../search/name-fold.ts';

/** One fold key that two or more entities' names give, and which of their names give it. */
export interface SharedFoldKey {
  /** The fold key, e.g. "hol". */
  key: string;
  /** The entities that claim it, each with its names that fold to it. */
  owners: { id: string; names: string[] }[];
}

/** Finds every fold key that names of more than one entity give. */
export function findSharedFoldKeys(entities: readonly { id: string; names: readonly string[] }[]): SharedFoldKey[] {
  const owners = new Map<string, Map<string, string[]>>();
  for (const entity of entities) {
    for (const name of entity.names) {
      for (const key of keysOfName(name)) {
        const byId = owners.get(key) ?? new Map<string, string[]>();
        owners.set(key, byId);
        byId.set(entity.id, [...new Set([...(byId.get(entity.id) ?? []), name])]);
      }
    }
  }
  return [...owners]
    .filter(([, byId]) => byId.size > 1)
    .map(([key, byId]) => ({ key, owners: [...byId].map(([id, names]) => ({ id, names })).sort((a, b) => a.id.localeCompare(b.id)) }));
}

/** One problem per entity whose name shares a fold key with another entity's, naming both names. */
export function checkFoldKeys(entities: readonly EntryInput<Entity>[]): ContentProblem[] {
  const fileOf = new Map(entities.map((entity) => [entity.id, entity.file]));
  return findSharedFoldKeys(entities.map((entity) => ({ id: entity.id, names: [entity.data.name, ...entity.data.aliases] }))).flatMap(
    ({ key, owners }) =>
      owners.map(({ id, names }) => ({
        file: fileOf.get(id)!,
        where: 'aliases',
        message: `"${names[0]}" reads as "${key}" once romanisation variants are folded, like ${owners
          .filter((other) => other.id !== id)
          .map((other) => `"${other.names[0]}" of ${other.id}`)
          .join(', ')}; a spelling must lead to one entity (rename one, or drop the alias)`,
      })),
  );
}
