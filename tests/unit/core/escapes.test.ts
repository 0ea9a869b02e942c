import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeRegExp } from '../../../src/lib/core/escapes.ts';

describe('escapeHtml', () => {
  it('writes the five characters markup gives meaning to as references, and nothing else', () => {
    expect(escapeHtml(`Tal Abyad & "Ayn Issa" <b>camp's</b> ‘x’`)).toBe(
      'Tal Abyad &amp; &quot;Ayn Issa&quot; &lt;b&gt;camp&#39;s&lt;/b&gt; ‘x’',
    );
  });

  it('escapes an ampersand once, so an existing reference shows as written', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});

describe('escapeRegExp', () => {
  it('makes every special character match itself', () => {
    const text = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false);
  });
});
