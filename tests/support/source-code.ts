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
}

/** The TypeScript parse of a file; an .astro file's front matter and template are parsed as TSX. */
function parse(file: string): ts.SourceFile {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  return ts.createSourceFile(`${file}.tsx`, astroAsTsx(text), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
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
      found.push({ text: node.text, line: lineOf(node) });
    } else if (ts.isTemplateExpression(node)) {
      found.push({ text: [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('*'), line: lineOf(node) });
    } else if (ts.isRegularExpressionLiteral(node)) {
      found.push({ text: node.text.slice(1, node.text.lastIndexOf('/')).replace(/\\\//g, '/'), line: lineOf(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
