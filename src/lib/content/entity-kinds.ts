/**
 * The one table of entity kinds: for each kind its URL segment, the labels
 * readers see and its schema.org type. The kinds themselves come from the
 * schema's enum (`entityKindSchema`); the `Record` type makes this table
 * name every one of them.
 */
import type { EntityKind } from '../../schemas/entity.ts';
import { segmentOf } from '../urls/page-kinds.ts';

/** What the site says and writes for one kind of entity. */
export interface EntityKindInfo {
  /** The URL segment of its pages, plural as readers expect (/people/<id>/), from the page-kinds table. */
  segment: string;
  /** "Person": the label on an entity page and its search filter value. */
  singular: string;
  /** "People": headings in the index. */
  plural: string;
  /** The schema.org type of its JSON-LD. */
  schemaType: 'Person' | 'Place' | 'Organization';
}

/** Every kind, in the order the index lists them. */
export const ENTITY_KIND_TABLE: Readonly<Record<EntityKind, EntityKindInfo>> = {
  person: { segment: segmentOf('people'), singular: 'Person', plural: 'People', schemaType: 'Person' },
  place: { segment: segmentOf('places'), singular: 'Place', plural: 'Places', schemaType: 'Place' },
  organisation: { segment: segmentOf('organisations'), singular: 'Organisation', plural: 'Organisations', schemaType: 'Organization' },
};

/** Every kind, in the order the index lists them. */
export const ENTITY_KINDS = Object.keys(ENTITY_KIND_TABLE) as readonly EntityKind[];

/** "Person", "Place" or "Organisation": the label on an entity page and its search filter value. */
export function kindLabel(kind: EntityKind): string {
  return ENTITY_KIND_TABLE[kind].singular;
}

/** "People", "Places" or "Organisations": headings in the index. */
export function kindPluralLabel(kind: EntityKind): string {
  return ENTITY_KIND_TABLE[kind].plural;
}

/** The URL segment of a kind's pages: "people", "places" or "organisations". */
export function kindSegment(kind: EntityKind): string {
  return ENTITY_KIND_TABLE[kind].segment;
}
