/**
 * Finds markup in a Markdown body that could run code in a reader's browser:
 * script-bearing elements, event-handler attributes and `javascript:` style
 * URLs, in raw HTML or in Markdown links and images. Archive copies are plain
 * text with notes; anything that could run code is a mistake or an attack, and
 * the build stops on it.
 */
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from './paragraphs.ts';

/** One piece of unsafe markup, located by its line in the Markdown body. */
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
    .replace(/[\u0000-\u0020\u007f]+/g, '');
}

/** True when following `url` would run code. */
export function isDangerousUrl(url: string): boolean {
  return DANGEROUS_SCHEME.test(revealUrl(url));
}

/** Reasons a fragment of raw HTML could run code; empty when it cannot. */
export function unsafeHtmlReasons(html: string): string[] {
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

/**
 * Lists every piece of unsafe markup in a Markdown body (or its parsed tree),
 * with its line. Returns an empty list for a safe body.
 */
export function findUnsafeMarkup(body: string | Root): UnsafeMarkup[] {
  const found: UnsafeMarkup[] = [];
  visit(typeof body === 'string' ? parseMarkdown(body) : body, (node: Nodes) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'html') {
      for (const reason of unsafeHtmlReasons(node.value)) found.push({ line, message: `${reason}` });
    } else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && isDangerousUrl(node.url)) {
      found.push({ line, message: `a ${node.type} to a ${revealUrl(node.url).split(':')[0]!.toLowerCase()}: URL` });
    }
  });
  return found;
}
