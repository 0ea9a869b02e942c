/**
 * Checks that a Markdown body holds text only, by an allowlist: Markdown's
 * own constructs for text (paragraphs, emphasis, links to http(s) addresses
 * or within the archive, lists, block quotes, footnotes, tables, line breaks)
 * pass; everything else is named with its line. That rules out raw HTML of
 * any kind (the two real sources need none: no ids that could take a page's
 * own, no styles, no comments), images (none are supported, and one from
 * another site would tell it who reads what) and code blocks (not news copy;
 * they would also bring inline styles). Markup that could run code gets the
 * most specific message: the element, the event handler or the URL scheme.
 */
import type { FootnoteDefinition, Link, Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from './paragraphs.ts';

/** One construct outside the allowlist, located by its line in the Markdown body. */
export interface UnsafeMarkup {
  /** 1-based line within the Markdown body (after the front matter). */
  line: number;
  /** What was found, for the build error. */
  message: string;
}

/** Elements that run code or load another document. */
const DANGEROUS_ELEMENTS = /<\s*(script|iframe|frame|frameset|object|embed|applet|base|meta|link|form|svg|math)\b/i;

/** Inline event handlers such as onclick= or onerror=. */
const EVENT_HANDLER = /[\s"'/]on[a-z]+\s*=/i;

/** URL schemes that run code when followed. */
const DANGEROUS_SCHEME = /^(javascript|vbscript|data):/i;

/** Attributes that carry a URL inside raw HTML. */
const URL_ATTRIBUTE = /\b(?:href|src|action|formaction|xlink:href|srcdoc)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

/**
 * Decodes the character references an attacker might use to hide a scheme
 * (`jav&#x61;script:`) and drops the control characters and white space
 * browsers ignore inside a scheme.
 */
function revealUrl(url: string): string {
  return url
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, '')
    // eslint-disable-next-line no-control-regex -- browsers drop these characters from a URL, so must this check
    .replace(/[\u0000-\u0020\u007f]+/g, '');
}

/** True when following `url` would run code. */
export function isDangerousUrl(url: string): boolean {
  return DANGEROUS_SCHEME.test(revealUrl(url));
}

/** Reasons a fragment of raw HTML could run code; empty when it cannot. */
function unsafeHtmlReasons(html: string): string[] {
  const reasons: string[] = [];
  const element = DANGEROUS_ELEMENTS.exec(html);
  if (element) reasons.push(`raw HTML element <${element[1]!.toLowerCase()}>`);
  if (EVENT_HANDLER.test(html)) reasons.push('an inline event handler attribute (on…=)');
  for (const match of html.matchAll(URL_ATTRIBUTE)) {
    const url = match[1] ?? match[2] ?? match[3] ?? '';
    if (isDangerousUrl(url)) reasons.push(`a ${revealUrl(url).split(':')[0]!.toLowerCase()}: URL`);
  }
  return reasons;
}

/** Markdown node types a body may hold: text and its structure, nothing that loads, styles or runs anything. */
const ALLOWED_NODES: ReadonlySet<string> = new Set([
  'root', 'paragraph', 'text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'thematicBreak',
  'blockquote', 'list', 'listItem', 'table', 'tableRow', 'tableCell',
  'footnoteReference', 'footnoteDefinition', 'link', 'linkReference', 'definition',
]);

/** What a body is for, appended to every refusal. */
const TEXT_ONLY = 'article bodies hold text and Markdown only';

/** Why a link target is refused, or null for an http(s) address or one within the archive. */
export function linkTargetProblem(url: string): string | null {
  const revealed = revealUrl(url);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(revealed)?.[1]?.toLowerCase();
  if (scheme === undefined || scheme === 'http' || scheme === 'https') return null;
  if (isDangerousUrl(url)) return `a ${scheme}: URL could run code in a reader's browser`;
  return `a ${scheme}: URL; links go to http(s) addresses or within the archive`;
}

/** The refusal for one piece of raw HTML: the most specific reason first. */
function htmlProblem(html: string): string {
  const reasons = unsafeHtmlReasons(html);
  if (reasons.length > 0) return `${reasons.join(', ')} could run code in a reader's browser; ${TEXT_ONLY}`;
  if (/^\s*<!--/.test(html)) return `an HTML comment; ${TEXT_ONLY} (a note for readers is a footnote; one for editors goes in the front matter)`;
  const tag = /<\/?\s*([a-z][a-z0-9-]*)/i.exec(html)?.[1]?.toLowerCase();
  return `raw HTML${tag ? ` <${tag}>` : ''}; ${TEXT_ONLY}, so no elements, ids, styles or comments`;
}

/** The refusal for a node type outside the allowlist. */
function nodeProblem(node: Nodes): string {
  switch (node.type) {
    case 'image':
    case 'imageReference':
      return `an image; ${TEXT_ONLY}: images are not supported, and one from another site would tell it who reads the page`;
    case 'code':
      return `a code block; ${TEXT_ONLY}: news copy has none (indented text becomes one: remove the indent)`;
    case 'heading':
      // A heading's id could take a paragraph's (#p-2) or the page's own (#main), and a citation would land on it.
      return `a heading; ${TEXT_ONLY}: news copies need none, and a heading's id could collide with a paragraph's or the page's (write it as a paragraph, or remove the leading # or the underline)`;
    default:
      return `Markdown construct "${node.type}"; ${TEXT_ONLY}`;
  }
}

/**
 * Lists every construct in a Markdown body (or its parsed tree) that is not
 * on the allowlist, with its line. Returns an empty list for a text-only body.
 */
export function findUnsafeMarkup(body: string | Root): UnsafeMarkup[] {
  const found: UnsafeMarkup[] = [];
  const seen = new Set<string>();
  const add = (line: number, message: string) => {
    // <b …>x</b> is two HTML nodes on one line: say it once.
    const key = `${line}:${message}`;
    if (!seen.has(key)) found.push({ line, message });
    seen.add(key);
  };
  const tree = typeof body === 'string' ? parseMarkdown(body) : body;
  visit(tree, (node: Nodes) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'html') {
      // A closing tag adds nothing to what its opening tag said.
      if (!/^\s*<\//.test(node.value) || !found.some((item) => item.line === line)) add(line, htmlProblem(node.value));
    } else if (node.type === 'image' && isDangerousUrl(node.url)) {
      add(line, `an image to a ${revealUrl(node.url).split(':')[0]!.toLowerCase()}: URL could run code in a reader's browser; ${TEXT_ONLY}`);
    } else if (!ALLOWED_NODES.has(node.type)) {
      add(line, nodeProblem(node));
    } else if (node.type === 'link' && isPlainEmail(node)) {
      // An address written as text, which GFM turns into a mailto: link: a faithful copy may hold one.
    } else if (node.type === 'link' || node.type === 'definition') {
      const problem = linkTargetProblem(node.url);
      if (problem) add(line, `a ${node.type} to ${problem}`);
    }
  });
  for (const problem of footnoteProblems(tree)) add(problem.line, problem.message);
  return found.sort((a, b) => a.line - b.line);
}

/** True for the link GFM makes of an email address written as plain text (its text is the address itself). */
export function isPlainEmail(node: Link): boolean {
  return node.url.startsWith('mailto:') && node.children.length === 1 && node.children[0]!.type === 'text' && `mailto:${node.children[0]!.value}` === node.url;
}

/**
 * Footnote references and definitions that do not match one to one: a
 * reference with no definition (Markdown leaves it as the literal text
 * "[^x]"), a definition nothing refers to, and a second definition of one
 * note (labels differing only in case name the same note, and one would be
 * dropped).
 */
function footnoteProblems(tree: Root): UnsafeMarkup[] {
  const problems: UnsafeMarkup[] = [];
  const referenced = new Set<string>();
  const defined = new Map<string, FootnoteDefinition>();
  visit(tree, (node: Nodes) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'footnoteReference') referenced.add(node.identifier);
    else if (node.type === 'footnoteDefinition') {
      const first = defined.get(node.identifier);
      if (first) {
        problems.push({ line, message: `a second definition of note [^${node.label ?? node.identifier}] (the first, [^${first.label ?? first.identifier}], is on body line ${first.position?.start.line ?? '?'}; labels differing only in case are one note); give each note its own label` });
      } else defined.set(node.identifier, node);
    } else if (node.type === 'text') {
      // Markdown leaves a reference to a note nobody defined as its literal text.
      for (const match of node.value.matchAll(/\[\^([^\]\s]+)\]/g)) {
        problems.push({ line, message: `a reference to note [^${match[1]}], which has no definition ("[^${match[1]}]: …"); it would be shown as its literal text` });
      }
    }
  });
  for (const [identifier, definition] of defined) {
    if (!referenced.has(identifier)) problems.push({ line: definition.position?.start.line ?? 0, message: `note [^${definition.label ?? identifier}] is defined but nothing refers to it, so it would not be shown; refer to it in the text or remove it` });
  }
  return problems;
}

/** Container nesting a body may have: lists and quotes a few levels deep are news copy; hundreds make the Markdown parser take minutes. */
export const MAX_NESTING = 40;

/**
 * The first body line nested deeper than {@link MAX_NESTING} levels of lists
 * or quotes, counted without parsing (the parser is quadratic in nesting):
 * quote and list markers at the start of the line, and indentation (two
 * columns a level). Null when every line is within the limit.
 */
export function tooDeeplyNested(body: string): UnsafeMarkup | null {
  const lines = body.split('\n');
  for (const [index, text] of lines.entries()) {
    const indent = /^[ \t]*/.exec(text)![0].replace(/\t/g, '    ').length;
    let rest = text;
    let markers = 0;
    for (let match = /^[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))/.exec(rest); match && markers <= MAX_NESTING; match = /^[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))/.exec(rest)) {
      markers++;
      rest = rest.slice(match[0].length);
    }
    const depth = Math.floor(indent / 2) + markers;
    if (depth > MAX_NESTING) {
      return { line: index + 1, message: `lists or quotes nested about ${depth} levels deep; at most ${MAX_NESTING} are read (news copy needs a few), so flatten them` };
    }
  }
  return null;
}

