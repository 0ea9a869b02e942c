import { describe, expect, it } from 'vitest';
import { findUnsafeMarkup, isDangerousUrl, linkTargetProblem } from '../../../src/lib/content/unsafe-markup.ts';

describe('findUnsafeMarkup', () => {
  it.each([
    ['<script>alert(1)</script>', /<script>/],
    ['Text\n\n<iframe src="https://example.org"></iframe>', /<iframe>/],
    ['<img src="x.png" onerror="alert(1)">', /event handler/],
    ['<a href="javascript:alert(1)">x</a>', /javascript: URL/],
    ['<a href="jav&#x61;script:alert(1)">x</a>', /javascript: URL/],
    ['[click](javascript:alert(1))', /link to a javascript: URL/],
    ['![x](vbscript:msgbox)', /image to a vbscript: URL/],
    // The allowlist: harmless-looking markup is refused too.
    ['<style>p { color: red }</style>', /raw HTML <style>/],
    ['Text <span style="color:red">red</span> text.', /raw HTML <span>/],
    ['<pre id="cite-apa" hidden>Fake citation</pre>', /raw HTML <pre>.*no elements, ids/],
    ['Text <sup>1</sup>.', /raw HTML <sup>/],
    ['<!-- editor: check this -->', /an HTML comment/],
    ['![pixel](https://tracker.example/p.gif)', /an image/],
    ['![local](figure.png)', /an image/],
    ['```js\nconst x = 1;\n```', /a code block/],
    ['    indented text', /a code block.*remove the indent/],
    ['[mail](mailto:someone@example.org)', /link to a mailto: URL; links go to http\(s\)/],
  ])('flags %s', (markdown, reason) => {
    const found = findUnsafeMarkup(markdown);
    expect(found.map((item) => item.message).join('; ')).toMatch(reason);
  });

  it('gives the line of the problem within the body', () => {
    expect(findUnsafeMarkup('One.\n\nTwo.\n\n<script>x</script>')[0]?.line).toBe(5);
  });

  it('accepts plain text, footnotes and ordinary links', () => {
    const safe = 'He said "on=guard" [his cells] online[^n].\n\n[the original](https://www.elmundo.es/)\n\n[^n]: A note.';
    expect(findUnsafeMarkup(safe)).toEqual([]);
  });

  it("accepts Markdown's own text constructs: emphasis, lists, quotes, tables, links within the archive", () => {
    const text = [
      '*Said* **he**, ~~not~~ `so`.',
      '',
      '> A quote.',
      '',
      '- one',
      '- two',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      '[another article](/articles/x/) and [a paragraph](#p-2) and [ref][r]',
      '',
      '[r]: https://example.org/',
      '',
      '---',
    ].join('\n');
    expect(findUnsafeMarkup(text)).toEqual([]);
  });

  it('names an element once, not once for its opening and once for its closing tag', () => {
    expect(findUnsafeMarkup('Text <span>x</span> text.')).toHaveLength(1);
  });

  it('allows links to http(s) and within the archive only', () => {
    expect(linkTargetProblem('https://example.org/')).toBeNull();
    expect(linkTargetProblem('/articles/x/')).toBeNull();
    expect(linkTargetProblem('ftp://example.org/')).toMatch(/ftp: URL/);
  });

  it('sees through case and spacing tricks in schemes', () => {
    expect(isDangerousUrl(' JavaScript:alert(1)')).toBe(true);
    expect(isDangerousUrl('java\tscript:alert(1)')).toBe(true);
    expect(isDangerousUrl('https://example.org/javascript:')).toBe(false);
  });
});
