/**
 * An article's language against its body's script. The texts are written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { languageScriptProblem, mainScript } from '../../../src/lib/content/checks/language-script.ts';

const ENGLISH = 'Families left the camp at night, and the guards said they had seen nobody go.';
const ARABIC = 'غادرت العائلات المخيم ليلاً، وقال الحراس إنهم لم يروا أحداً يخرج من البوابة الشمالية.';

describe('languageScriptProblem', () => {
  it('refuses a right-to-left language on a body in Latin letters, and the reverse', () => {
    expect(languageScriptProblem('ar', ENGLISH)).toBe(
      '"ar" is written in Arabic script, but the body is mostly in Latin letters; give the language of the text archived here (a translation\'s own language, not its original\'s)',
    );
    expect(languageScriptProblem('en-GB', ARABIC)).toMatch(/^"en-GB" is written in Latin script, but the body is mostly in Arabic letters/);
  });

  it('passes a language that matches, one of several scripts, an unknown one, and a body too short to say', () => {
    expect(languageScriptProblem('ar', ARABIC)).toBeNull();
    expect(languageScriptProblem('es', ENGLISH)).toBeNull();
    expect(languageScriptProblem('ku', ARABIC)).toBeNull();
    expect(languageScriptProblem('sr', ENGLISH)).toBeNull();
    expect(languageScriptProblem('ar', 'Short text.')).toBeNull();
    expect(languageScriptProblem(undefined, ENGLISH)).toBeNull();
  });

  it('reads the main script as the one most letters are in', () => {
    expect(mainScript(`${ENGLISH} الهول`)).toBe('Latin');
    expect(mainScript(`${ARABIC} al-Hol`)).toBe('Arabic');
  });
});
