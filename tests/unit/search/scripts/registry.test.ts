/**
 * The registry of scripts search folds: every registered script is a
 * complete, sound table, and no two claim a character (the first would
 * always win, and the second's rules would fold the first's text).
 */
import { describe, expect, it } from 'vitest';
import { SCRIPTS } from '../../../../src/lib/search/scripts/registry.ts';
import { foldScriptLetters, scriptOf, textLang } from '../../../../src/lib/search/scripts/fold.ts';
import { BMP, scriptTableProblems } from '../../../support/script-table.ts';

describe('every registered script', () => {
  it('registers at least one script, each once by name', () => {
    expect(SCRIPTS.length).toBeGreaterThan(0);
    expect(new Set(SCRIPTS.map((script) => script.name)).size).toBe(SCRIPTS.length);
  });

  it.for(SCRIPTS.map((script) => ({ name: script.name, script })))('$name has every field, each well formed', ({ script }) => {
    expect(scriptTableProblems(script)).toEqual([]);
  });

  it('shares no character with another script', () => {
    const claimed = BMP.filter((character) => SCRIPTS.filter((script) => script.letters.test(character)).length > 1);
    expect(claimed.map((character) => character.codePointAt(0)!.toString(16))).toEqual([]);
  });

  it.for(SCRIPTS.map((script) => ({ name: script.name, script })))('$name is what the folding code finds in its text', ({ script }) => {
    const word = script.genericNameWords[0] ?? script.rules.flatMap((rule) => rule.forms)[0]!;
    expect(scriptOf(word)).toBe(script);
    expect(textLang(word)).toBe(script.lang);
    expect(foldScriptLetters(`Latin ${word}`).startsWith('Latin ')).toBe(true);
  });
});
