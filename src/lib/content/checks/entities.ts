/** Checks across entities: no name, as searched, leads to two of them. */
import { findSharedAliases } from '../../search/aliases.ts';
import type { CheckContext, ContentProblem } from '../problems.ts';

/** Reports, on each entity involved, every search key two entities share. */
export function checkEntities(context: CheckContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const entities = [...context.entitiesById.values()];
  for (const { key, ids } of findSharedAliases(entities.map((entity) => ({ id: entity.id, names: [entity.data.name, ...entity.data.aliases] })))) {
    for (const id of ids) {
      problems.push({
        file: context.entitiesById.get(id)!.file,
        where: 'aliases',
        message: `the name "${key}" (as searched) also belongs to ${ids.filter((other) => other !== id).join(', ')}; a name must lead to one entity`,
      });
    }
  }
  return problems;
}
