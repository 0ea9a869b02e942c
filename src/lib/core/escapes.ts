/**
 * The one HTML/XML escaper and the one regular-expression escaper. Markup
 * written as strings (the SVG maps and chart, search excerpts, open data
 * HTML, feed text) escapes the same five characters the same way, through
 * html-escaper (the escaper Astro itself uses), so no copy escapes fewer;
 * the architecture test keeps every other module from writing its own.
 */
import { escape } from 'html-escaper';

/** Text safe in HTML or XML text content and in quoted attribute values: `&`, `<`, `>`, `'` and `"` become references. */
export function escapeHtml(text: string): string {
  return escape(text);
}

/** Text matched literally inside a regular expression (JavaScript's or PCRE's): every special character behind a backslash. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
