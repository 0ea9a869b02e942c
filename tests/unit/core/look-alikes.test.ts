/**
 * Names and hosts that look like others: a name in fullwidth or mathematical
 * letters beside the ordinary one, and a host whose letters pass for
 * another site's. The names and hosts here are made up for these tests.
 */
import { domainToUnicode } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compatibilityFormsProblem, homographHostProblem } from '../../../src/lib/core/plain-text.ts';
import { entitySchema } from '../../../src/schemas/entity.ts';
import { webUrl } from '../../../src/schemas/shared.ts';

const host = (url: string) => homographHostProblem(url, domainToUnicode);

describe('compatibilityFormsProblem', () => {
  it('names fullwidth and mathematical letters and says what to write instead', () => {
    expect(compatibilityFormsProblem('Ｈｏｌ')).toBe(
      '"Ｈ" (U+FF28), "ｏ" (U+FF4F), "ｌ" (U+FF4C) are compatibility forms of "H", "o", "l" (fullwidth, mathematical or presentation letters), which look alike but are other characters; write "Hol"',
    );
    expect(compatibilityFormsProblem('al-\u{1D407}ol')).toMatch(/^"𝐇" \(U\+1D407\) is a compatibility form of "H"/);
  });

  it('passes ordinary letters in any script, accents and Arabic included', () => {
    for (const name of ['al-Hol', 'Erdoğan', 'Kamışlı', 'الهول', 'Ayn Issa', 'Girê Spî'])
      expect(compatibilityFormsProblem(name), name).toBeNull();
  });

  it('is applied to entity names and aliases by the schema, naming the field', () => {
    const result = entitySchema.safeParse({
      kind: 'place',
      name: 'Test camp',
      aliases: ['Ｈｏｌ'],
      description: 'A place in these tests.',
      coordinates: { lat: 36, lon: 41 },
      country: 'Syria',
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['aliases.0']);
  });
});

describe('homographHostProblem', () => {
  it('refuses a host label that mixes scripts', () => {
    expect(host('https://www.exаmple.com/news/1')).toBe(
      'the host "www.exаmple.com" mixes scripts in "exаmple" (Latin and Cyrillic), so it could pass for another site\u2019s name; write the address as the publisher\u2019s own'.replaceAll(
        '\u2019',
        "'",
      ),
    );
  });

  it('refuses a name all in Cyrillic or Greek before a Latin top-level domain, written in Unicode or in punycode', () => {
    expect(host('https://аррӏе.com/')).toMatch(/^the host "аррӏе\.com" is written in Cyrillic letters before a Latin top-level domain/);
    expect(host(`https://${new URL('https://аррӏе.com/').hostname}/`)).toMatch(
      /is written in Cyrillic letters before a Latin top-level domain/,
    );
  });

  it('passes hosts in one script with a top-level domain of that script, and ASCII hosts', () => {
    for (const url of [
      'https://www.elmundo.es/internacional/',
      'https://пример.рф/',
      'https://例え.jp/',
      'https://موقع.com/',
      'https://xn--e1afmkfd.xn--p1ai/',
      'https://127.0.0.1/',
    ])
      expect(host(url), url).toBeNull();
  });

  it('is applied to every web URL field by the schema', () => {
    expect(webUrl.safeParse('https://аррӏе.com/').success).toBe(false);
    expect(webUrl.safeParse('https://www.elmundo.es/').success).toBe(true);
  });
});
