/** Names for the kinds of entity, as readers see them. */
import type { EntityKind } from './urls.ts';

/** Every kind, in the order the index lists them. */
export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'place', 'organisation'];

const SINGULAR: Record<EntityKind, string> = { person: 'Person', place: 'Place', organisation: 'Organisation' };
const PLURAL: Record<EntityKind, string> = { person: 'People', place: 'Places', organisation: 'Organisations' };

/** "Person", "Place" or "Organisation": the label on an entity page and its search filter value. */
export function kindLabel(kind: EntityKind): string {
  return SINGULAR[kind];
}

/** "People", "Places" or "Organisations": headings in the index. */
export function kindPluralLabel(kind: EntityKind): string {
  return PLURAL[kind];
}
