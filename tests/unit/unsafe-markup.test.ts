import { describe, expect, it } from 'vitest';
import { findUnsafeMarkup, isDangerousUrl } from '../../src/lib/unsafe-markup.ts';

describe('findUnsafeMarkup', () => {
  it.each([
    ['<script>alert(1)</script>', /<script>/],
    ['Text\n\n<iframe src="https://example.org"></iframe>', /<iframe>/],
    ['<img src="x.png" onerror="alert(1)">', /event handler/],
    ['<a href="javascript:alert(1)">x</a>', /javascript: URL/],
    ['<a href="jav&#x61;script:alert(1)">x</a>', /javascript: URL/],
    ['[click](javascript:alert(1))', /link to a javascript: URL/],
    ['![x](vbscript:msgbox)', /image to a vbscript: URL/],
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

  it('sees through case and spacing tricks in schemes', () => {
    expect(isDangerousUrl(' JavaScript:alert(1)')).toBe(true);
    expect(isDangerousUrl('java\tscript:alert(1)')).toBe(true);
    expect(isDangerousUrl('https://example.org/javascript:')).toBe(false);
  });
});
