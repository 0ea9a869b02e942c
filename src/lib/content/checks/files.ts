/**
 * Checks on the content files themselves, run before Astro loads them (by
 * `npm run build` and `npm run check-content`): every file is valid UTF-8,
 * named as a lowercase ASCII slug, unique regardless of case, of a kind its
 * folder holds, parses as YAML (with the line the error is really on), and
 * fits its collection's schema. Every broken file is named in one run, with
 * the field and its line, where Astro's loader would stop at the first.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { ZodType, core } from 'zod';

/** One issue zod reports. */
type SchemaIssue = core.$ZodIssue;
import type { ContentProblem } from '../problems.ts';
import { articleSchema } from '../../../schemas/article.ts';
import { entitySchema } from '../../../schemas/entity.ts';
import { eventSchema } from '../../../schemas/event.ts';
import { figureSchema } from '../../../schemas/figure.ts';
import { topicSchema } from '../../../schemas/topic.ts';

/** What one content folder holds. */
interface FolderRule {
  /** The one file extension the folder's loader reads. */
  extension: string;
  /** How a file name (without extension) must look. */
  name: RegExp;
  /** The schema of its entries; none for raw captures. */
  schema?: ZodType;
  /** Whether entries are Markdown with front matter (else YAML). */
  markdown?: boolean;
}

/** A lowercase ASCII slug: the entry's id and URL segment. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every folder of `content/` and what it may hold. */
export const CONTENT_FOLDERS: Readonly<Record<string, FolderRule>> = {
  articles: { extension: '.md', name: SLUG, schema: articleSchema, markdown: true },
  topics: { extension: '.yaml', name: SLUG, schema: topicSchema },
  entities: { extension: '.yaml', name: SLUG, schema: entitySchema },
  events: { extension: '.yaml', name: SLUG, schema: eventSchema },
  figures: { extension: '.yaml', name: SLUG, schema: figureSchema },
  // Capture names come from the capture tool (e.g. 000_4d335b945d79b59c).
  captures: { extension: '.txt', name: /^[a-z0-9][a-z0-9_-]*$/ },
};

/** A path in the data as editors read it: `publisher.name`, `sources[1].quote`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

/** The 1-based line of the first byte that is not valid UTF-8, or null when the bytes are valid. */
export function invalidUtf8Line(bytes: Uint8Array): number | null {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return null;
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    // The first replacement character marks the first bad byte (a genuine U+FFFD before it would be valid UTF-8 anyway).
    const at = text.indexOf('\uFFFD');
    return text.slice(0, Math.max(at, 0)).split('\n').length;
  }
}

/** Splits a Markdown file into its front matter and the line the front matter starts on. */
export function frontMatterOf(text: string): { yaml: string; firstLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/.exec(text);
  // No front matter: validated as empty, so the schema names every required field.
  return match ? { yaml: match[1]!, firstLine: 2 } : { yaml: '', firstLine: 1 };
}

/** The line a field's value starts on, if the document has it. */
function lineOf(doc: Document, lines: LineCounter, path: readonly PropertyKey[], firstLine: number): number | null {
  let node: unknown = doc.contents;
  let last: unknown = node;
  for (const key of path) {
    if (isMap(node)) node = node.items.find((pair) => (pair.key as { value?: unknown })?.value === key)?.value;
    else if (isSeq(node) && typeof key === 'number') node = node.items[key];
    else break;
    if (node) last = node;
  }
  const range = (last as { range?: [number, number, number] } | undefined)?.range;
  return range ? lines.linePos(range[0]).line + firstLine - 1 : null;
}

/** The value at a path in parsed data (undefined when a step is missing). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** Plain sentences for a schema's issues, one problem per field. */
function schemaProblems(file: string, issues: readonly SchemaIssue[], data: unknown, doc: Document, lines: LineCounter, firstLine: number): ContentProblem[] {
  const at = (path: readonly PropertyKey[]) => {
    // A field that is not there has no line of its own (its parent's would mislead).
    const line = valueAt(data, path) === undefined ? null : lineOf(doc, lines, path, firstLine);
    return `${fieldPath(path) || 'the file'}${line ? ` (line ${line})` : ''}`;
  };
  return issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ file, where: at([...issue.path, key]), message: 'unknown field (is it misspelt?)' }));
    }
    if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) {
      return [{ file, where: fieldPath(issue.path), message: 'missing: this field is required' }];
    }
    return [{ file, where: at(issue.path), message: issue.message }];
  });
}

/** Problems with one entry file's text: YAML syntax (at its real line) and its schema. */
export function checkEntryText(file: string, text: string, rule: FolderRule): ContentProblem[] {
  if (!rule.schema) return [];
  const { yaml, firstLine } = rule.markdown ? frontMatterOf(text) : { yaml: text, firstLine: 1 };
  // The fast path reads the YAML with js-yaml, as Astro's loader does, so the
  // data (an unquoted date becomes a timestamp) is exactly what the build
  // would see. Only a broken file is parsed again, by \`yaml\`, which keeps
  // every node's position for the messages.
  let data: unknown;
  try {
    data = loadYaml(yaml);
  } catch (error) {
    const located = locatedDocument(yaml);
    if (located.doc.errors.length > 0) {
      // The first error is the cause; the rest follow from it.
      const first = located.doc.errors[0]!;
      const line = (first.linePos?.[0]?.line ?? 1) + firstLine - 1;
      return [{ file, where: `line ${line}`, message: `the YAML does not parse: ${first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}` }];
    }
    const mark = (error as { mark?: { line: number }; reason?: string }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return [{ file, where: `line ${(mark?.line ?? 0) + firstLine}`, message: `the YAML does not parse: ${reason}` }];
  }
  const result = rule.schema.safeParse(data ?? {});
  if (result.success) return [];
  const { doc, lines } = locatedDocument(yaml);
  return schemaProblems(file, result.error.issues, data, doc, lines, firstLine);
}

/** The YAML parsed with node positions (YAML 1.2 with timestamps, as js-yaml reads it). */
function locatedDocument(yaml: string): { doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  return { doc: parseDocument(yaml, { lineCounter: lines, customTags: ['timestamp'] }), lines };
}

/**
 * Every problem with the files of a content folder, each naming the file
 * (relative to `from`, the working folder by default) and the field or line.
 * Dot files (.DS_Store, .gitkeep) are ignored.
 */
export function checkContentFiles(contentDir: string, from = process.cwd()): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // Inside the working folder a path is shown relative to it, outside it whole (as the loaders show it).
  const shown = (path: string) => {
    const inside = relative(from, path);
    return inside && !inside.startsWith('..') ? inside : path;
  };
  for (const name of readdirSync(contentDir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(contentDir, name);
    const rule = CONTENT_FOLDERS[name];
    if (!rule || !statSync(path).isDirectory()) {
      problems.push({ file: shown(path), where: 'file name', message: `not a content folder; content/ holds only ${Object.keys(CONTENT_FOLDERS).join(', ')}` });
      continue;
    }
    const seen = new Map<string, string>();
    for (const entry of readdirSync(path).sort()) {
      if (entry.startsWith('.')) continue;
      const filePath = join(path, entry);
      const file = shown(filePath);
      if (statSync(filePath).isDirectory()) {
        problems.push({ file, where: 'file name', message: `a folder inside ${name}/ is not read; put its files in ${name}/ itself` });
        continue;
      }
      if (!entry.endsWith(rule.extension)) {
        problems.push({ file, where: 'file name', message: `${name}/ holds only ${rule.extension} files, so this one would be ignored` });
        continue;
      }
      const stem = entry.slice(0, -rule.extension.length);
      if (!rule.name.test(stem)) {
        problems.push({ file, where: 'file name', message: `"${stem}" is not a lowercase ASCII slug (letters a–z, digits, hyphens; no spaces, capitals or accents)` });
      }
      const folded = stem.toLowerCase();
      const twin = seen.get(folded);
      if (twin) problems.push({ file, where: 'file name', message: `differs only by case from ${twin}; ids must be unique regardless of case` });
      else seen.set(folded, file);

      const bytes = readFileSync(filePath);
      const badLine = invalidUtf8Line(bytes);
      if (badLine !== null) {
        problems.push({ file, where: `line ${badLine}`, message: 'not valid UTF-8; save the file as UTF-8' });
        continue;
      }
      problems.push(...checkEntryText(file, bytes.toString('utf8'), rule));
    }
  }
  return problems;
}
