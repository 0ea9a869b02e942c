/**
 * The pieces of the one content reader (`readContentFolder` in
 * `archive-from-disk.ts`) that look at a single file: which folders hold what,
 * file names as slugs of a sane length, UTF-8, the one front-matter splitter,
 * the one YAML reader (with the line an error is really on) and the schema
 * check, whose problems name the field and its line.
 */
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
export interface FolderRule {
  /** The file extensions the folder holds; its loader reads the first. */
  extensions: readonly string[];
  /**
   * Extensions of files kept byte for byte as saved (a saved web page may be
   * in any encoding its publisher used), so they are not checked as UTF-8.
   */
  asSaved?: readonly string[];
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
  articles: { extensions: ['.md'], name: SLUG, schema: articleSchema, markdown: true },
  topics: { extensions: ['.yaml'], name: SLUG, schema: topicSchema },
  entities: { extensions: ['.yaml'], name: SLUG, schema: entitySchema },
  events: { extensions: ['.yaml'], name: SLUG, schema: eventSchema },
  figures: { extensions: ['.yaml'], name: SLUG, schema: figureSchema },
  // Capture names come from the capture tool (e.g. 000_4d335b945d79b59c); a saved web page sits beside its text rendering.
  captures: { extensions: ['.txt', '.html', '.htm'], asSaved: ['.html', '.htm'], name: /^[a-z0-9][a-z0-9_-]*$/ },
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

/** The byte-order mark some editors write at the start of a UTF-8 file; YAML and Markdown read the text after it. */
const BYTE_ORDER_MARK = '\uFEFF';

/** A content file's text split into its front matter and body, as Astro's loader splits it. */
export interface SplitFile {
  /** The front matter's YAML, without its fences ('' when the file has none). */
  yaml: string;
  /** The file line the YAML starts on (1-based), to turn YAML lines into file lines. */
  firstLine: number;
  /** The Markdown body: everything after the closing fence's line (the whole text when there is no front matter). */
  body: string;
  /** How many lines of the file come before the body, to turn body lines into file lines. */
  bodyLineOffset: number;
}

/**
 * The one front-matter splitter. The fences are whole lines of three dashes
 * (trailing spaces allowed), so a YAML comment of dashes (`# ------`) or a
 * value containing `---` never ends the front matter; a byte-order mark
 * before the first fence and CRLF line ends are read as YAML and Markdown
 * read them. A file without a closing fence has no front matter.
 */
export function splitFrontMatter(fileText: string): SplitFile {
  const text = fileText.startsWith(BYTE_ORDER_MARK) ? fileText.slice(1) : fileText;
  const lines = text.split('\n');
  const isFence = (line: string | undefined) => line !== undefined && /^---[ \t]*\r?$/.test(line);
  if (isFence(lines[0])) {
    const closing = lines.findIndex((line, index) => index > 0 && isFence(line));
    if (closing > 0) {
      return {
        // The last YAML line's CR belongs to the fence's line end; alone, YAML would read it as content.
        yaml: lines.slice(1, closing).join('\n').replace(/\r$/, ''),
        firstLine: 2,
        body: lines.slice(closing + 1).join('\n'),
        bodyLineOffset: closing + 1,
      };
    }
  }
  // No front matter: validated as empty, so the schema names every required field.
  return { yaml: '', firstLine: 1, body: text, bodyLineOffset: 0 };
}

/** The data of a YAML text, or the problem that stops it being read, at its file line. */
type ParsedYaml = { data: unknown; doc: Document; lines: LineCounter } | { problem: { where: string; message: string } };

/** YAML's own limit on aliases, against a "billion laughs" file that expands without end. */
const MAX_ALIASES = 100;

/**
 * The one YAML reader of content files: `yaml` with YAML 1.1 timestamps and
 * merge keys, as Astro's loader (js-yaml) reads the same text, keeping every
 * node's position for messages. Every error, including one thrown while the
 * document is turned into data (too many aliases), becomes a problem at a line.
 */
function parseContentYaml(yaml: string, firstLine: number): ParsedYaml {
  const lines = new LineCounter();
  const toFileLine = (line: number | undefined) => (line ?? 1) + firstLine - 1;
  let doc: Document;
  try {
    doc = parseDocument(yaml, { lineCounter: lines, customTags: ['timestamp'], merge: true, uniqueKeys: true });
  } catch (error) {
    return { problem: { where: `line ${firstLine}`, message: `the YAML does not parse: ${firstLineOf(error)}` } };
  }
  if (doc.errors.length > 0) {
    // The first error is the cause; the rest follow from it.
    const first = doc.errors[0]!;
    return {
      problem: { where: `line ${toFileLine(first.linePos?.[0]?.line)}`, message: `the YAML does not parse: ${first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}` },
    };
  }
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIASES }), doc, lines };
  } catch (error) {
    const message = firstLineOf(error);
    const reason = /alias count/i.test(message) ? `more than ${MAX_ALIASES} aliases are expanded, which a content file never needs (${message})` : message;
    return { problem: { where: `line ${firstLine}`, message: `the YAML cannot be read: ${reason}` } };
  }
}

/** The first line of an error's message, for one-line problems. */
export function firstLineOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
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

/** What one entry file holds once read: its validated data, or the problems that stop it. */
export type CheckedEntry = { data: unknown; problems: [] } | { data?: undefined; problems: ContentProblem[] };

/**
 * Reads one entry's YAML (an article's front matter, or a data file) and
 * validates it with its collection's schema, once. Problems name the field
 * and its line; an exception from a parser or a schema rule becomes a
 * problem naming the file, never a crash.
 */
export function checkEntryYaml(file: string, yaml: string, firstLine: number, schema: ZodType): CheckedEntry {
  const parsed = parseContentYaml(yaml, firstLine);
  if ('problem' in parsed) return { problems: [{ file, ...parsed.problem }] };
  let result;
  try {
    result = schema.safeParse(parsed.data ?? {});
  } catch (error) {
    return { problems: [{ file, where: 'the file', message: `could not be checked: ${firstLineOf(error)}` }] };
  }
  if (result.success) return { data: result.data, problems: [] };
  return { problems: schemaProblems(file, result.error.issues, parsed.data, parsed.doc, parsed.lines, firstLine) };
}

/** The longest slug a file may be named: long enough for any headline's words, short enough for every file system and URL. */
const MAX_SLUG_LENGTH = 120;

/** Problems with a file's name within its folder: a slug, of a sane length. */
export function fileNameProblems(stem: string, rule: FolderRule): string[] {
  const problems: string[] = [];
  if (!rule.name.test(stem)) problems.push(`"${stem.slice(0, MAX_SLUG_LENGTH)}" is not a lowercase ASCII slug (letters a–z, digits, hyphens; no spaces, capitals or accents)`);
  if (stem.length > MAX_SLUG_LENGTH) problems.push(`the name is ${stem.length} characters long; at most ${MAX_SLUG_LENGTH} are allowed, as it becomes part of a URL and of file names`);
  return problems;
}
