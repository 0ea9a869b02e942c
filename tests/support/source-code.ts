/**
 * Reading the project's own source for the architecture test, with the
 * TypeScript compiler's parser rather than regular expressions over text, so
 * comments are never mistaken for code: the literals a module spells and the
 * length of its functions. An .astro file is read as its front matter (code)
 * plus its template, whose quoted attribute values and `{…}` expressions are
 * code too; its comments are dropped.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** A literal in a module: the text it spells (a template's substitutions as "*"), and its line. */
export interface SpelledLiteral {
  /** The literal's text: a string's value, a template with each `${…}` as "*", a regular expression's source. */
  text: string;
  /** 1-based line of the literal. */
  line: number;
  /** A regular expression's source, or a string (plain, template or JSX text). */
  kind: 'string' | 'regexp';
}

/** Parses already made, by file: the architecture test reads every module several times. */
const parsed = new Map<string, ts.SourceFile>();

/** The TypeScript parse of a file; an .astro file's front matter and template are parsed as TSX. */
function parse(file: string): ts.SourceFile {
  const known = parsed.get(file);
  if (known) return known;
  const text = readFileSync(file, 'utf8');
  const source = file.endsWith('.astro')
    ? ts.createSourceFile(`${file}.tsx`, astroAsTsx(text), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
    : ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  parsed.set(file, source);
  return source;
}

/**
 * An .astro file as TSX, line for line: the front matter as code, the
 * template wrapped in a fragment (Astro's templates are JSX-like), HTML
 * comments blanked. Good enough to find literals and functions; not a
 * compiler.
 */
function astroAsTsx(text: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  const frontMatter = match ? match[1]! : '';
  const template = (match ? text.slice(match[0].length) : text)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, blank);
  return `${frontMatter}\n;const __template = <>\n${template}\n</>;\n`;
}

/** Every string, template and regular-expression literal in a module, and every JSX attribute string. */
export function spelledLiterals(file: string): SpelledLiteral[] {
  const source = parse(file);
  const found: SpelledLiteral[] = [];
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isJsxText(node)) {
      found.push({ text: node.text, line: lineOf(node), kind: 'string' });
    } else if (ts.isTemplateExpression(node)) {
      found.push({
        text: [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('*'),
        line: lineOf(node),
        kind: 'string',
      });
    } else if (ts.isRegularExpressionLiteral(node)) {
      found.push({ text: node.text.slice(1, node.text.lastIndexOf('/')).replace(/\\\//g, '/'), line: lineOf(node), kind: 'regexp' });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
/** A function in a module, and how many lines it spans. */
export interface FunctionLength {
  /** Its name, or "(anonymous)" with what holds it where it has none. */
  name: string;
  /** 1-based line where it starts. */
  line: number;
  /** Lines from its first to its last, both counted. */
  lines: number;
}

/** The name a reader would look for: the function's own, or the variable, property or call holding it. */
function functionName(node: ts.FunctionLikeDeclaration): string {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && parent.name) return parent.name.getText();
  if (ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText().slice(0, 40)})`;
  return '(anonymous)';
}

/** Every function, method, arrow function and accessor in a module, with its length in lines. */
export function functionLengths(file: string): FunctionLength[] {
  const source = parse(file);
  const found: FunctionLength[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const declaration = node as ts.FunctionLikeDeclaration;
      const start = source.getLineAndCharacterOfPosition(declaration.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(declaration.getEnd()).line;
      found.push({ name: functionName(declaration), line: start + 1, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A comment in a module: its text and the line it starts on. */
export interface Comment {
  /** The comment as written, markers included. */
  text: string;
  /** 1-based line where it starts. */
  line: number;
}

/**
 * Every comment in a module, found from TypeScript's parse (so a "//" inside
 * a string or a regular expression is not one); in an .astro or CSS file, by
 * pattern: its script comments and HTML comments.
 */
export function commentsOf(file: string): Comment[] {
  const text = readFileSync(file, 'utf8');
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  if (file.endsWith('.astro') || file.endsWith('.css')) {
    const pattern = file.endsWith('.css') ? /\/\*[\s\S]*?\*\//g : /\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->|(?<![:\w])\/\/.*$/gm;
    return [...text.matchAll(pattern)].map((match) => ({ text: match[0], line: lineAt(match.index) }));
  }
  // Comments sit before or after tokens; asking at every node's edges finds each (the set drops repeats).
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const seen = new Map<number, Comment>();
  const collect = (ranges: ts.CommentRange[] | undefined) => {
    for (const range of ranges ?? []) seen.set(range.pos, { text: text.slice(range.pos, range.end), line: lineAt(range.pos) });
  };
  const visit = (node: ts.Node) => {
    collect(ts.getLeadingCommentRanges(text, node.pos));
    collect(ts.getTrailingCommentRanges(text, node.end));
    ts.forEachChild(node, visit);
  };
  visit(source);
  collect(ts.getLeadingCommentRanges(text, source.endOfFileToken.pos));
  const comments = [...seen.values()].sort((a, b) => a.line - b.line);
  return comments;
}
