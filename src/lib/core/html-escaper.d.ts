/** The part of html-escaper the archive uses (the package ships no types). */
declare module 'html-escaper' {
  /** `&`, `<`, `>`, `'` and `"` as character references (`&amp;`, `&lt;`, `&gt;`, `&#39;`, `&quot;`). */
  export function escape(text: string): string;
}
