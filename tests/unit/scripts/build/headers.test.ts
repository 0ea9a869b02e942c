import { describe, expect, it } from 'vitest';
import { cspDirectives, cspFromHtml, headerCsp, renderHeadersFile } from '../../../../scripts/lib/build/headers.ts';

const policy = "default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval'";

describe('the security headers', () => {
  it('read the policy from a page, decoding entities', () => {
    expect(cspFromHtml(`<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;">`)).toBe("default-src 'self'");
    expect(cspFromHtml('<meta charset="utf-8">')).toBeNull();
  });

  it('add frame-ancestors, which a <meta> policy cannot carry, to the header', () => {
    expect(cspDirectives(headerCsp(policy))).toEqual([...cspDirectives(policy), "frame-ancestors 'none'"]);
  });

  it('scope every rule to the base path and cache hashed assets for a year', () => {
    const file = renderHeadersFile(policy, '/some/base/');
    const rules = file.split('\n').filter((line) => line.startsWith('/'));
    expect(rules[0]).toBe('/some/base/*');
    expect(rules.every((rule) => rule.startsWith('/some/base/'))).toBe(true);
    expect(file).toContain('/some/base/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });
});
