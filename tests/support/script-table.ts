/**
 * What makes a script table (src/lib/search/scripts/types.ts) complete and
 * sound, as one list of problems: the registry test runs it on every
 * registered script, and the second-script test on its own table.
 */
import type { Script, ScriptFoldRule } from '../../src/lib/search/scripts/types.ts';

/** Every field of a `Script`; the type below fails to compile when the interface gains one this list lacks. */
const SCRIPT_FIELDS = [
  'name',
  'lang',
  'letters',
  'compatibilityForms',
  'rules',
  'joinedArticle',
  'genericNameWords',
  'wordKeyLength',
] as const;

/** True only when SCRIPT_FIELDS names every key of Script. */
type Listed = [Exclude<keyof Script, (typeof SCRIPT_FIELDS)[number]>] extends [never] ? true : false;
const listed: Listed = true;
void listed;

/** Every character of the Basic Multilingual Plane: the scripts' tables are checked against each. */
export const BMP: readonly string[] = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter(
  (character) => !/\p{Cs}/u.test(character),
);

/** What is wrong with one rule of a script. */
function ruleProblems(script: Script, rule: ScriptFoldRule, inScript: (text: string) => boolean): string[] {
  const problems: string[] = [];
  const at = `${script.name} rule "${rule.covers}"`;
  if (!rule.covers) problems.push(`${at}: covers is empty`);
  if (rule.at !== 'anywhere' && rule.at !== 'end') problems.push(`${at}: at is "${String(rule.at)}"`);
  if (!(rule.pattern instanceof RegExp) || !rule.pattern.global || !rule.pattern.unicode)
    problems.push(`${at}: pattern needs the g and u flags`);
  if (typeof rule.to !== 'string' || [...rule.to].length > 1) problems.push(`${at}: to must be one character or none`);
  if (!Array.isArray(rule.forms)) return [...problems, `${at}: forms is not a list`];
  if (rule.forms.length === 0 && rule.to !== '') problems.push(`${at}: no forms, so it removes: to must be ""`);
  if (rule.forms.length > 0 && rule.forms.at(-1) !== rule.to)
    problems.push(`${at}: the last form must be the one folded to ("${rule.to}")`);
  for (const form of rule.forms) {
    if (!inScript(form)) problems.push(`${at}: form "${form}" is not in the script's letters`);
    else if (form !== rule.to && form.replace(rule.pattern, rule.to) !== rule.to)
      problems.push(`${at}: form "${form}" does not fold to "${rule.to}"`);
  }
  return problems;
}

/** Everything wrong with a script table: missing or malformed fields, rules that change a character into more than one. */
export function scriptTableProblems(script: Script): string[] {
  const name = typeof script.name === 'string' && script.name ? script.name : '(no name)';
  const problems = SCRIPT_FIELDS.filter((field) => !Object.hasOwn(script, field) || script[field] === undefined).map(
    (field) => `${name}: ${field} is missing`,
  );
  if (problems.length > 0) return problems;
  const extra = Object.keys(script).filter((key) => !(SCRIPT_FIELDS as readonly string[]).includes(key));
  problems.push(...extra.map((key) => `${name}: ${key} is not a field of Script`));
  try {
    new RegExp(`\\p{Script=${script.name}}`, 'u');
  } catch {
    problems.push(`${name}: name is not a Unicode script name`);
  }
  try {
    Intl.getCanonicalLocales(script.lang);
  } catch {
    problems.push(`${name}: lang "${script.lang}" is not a language tag`);
  }
  // test() on a pattern with g or y starts where the last match ended: a second call would miss.
  for (const field of ['letters', 'compatibilityForms'] as const) {
    const pattern = script[field];
    if (pattern !== null && (!(pattern instanceof RegExp) || pattern.global || pattern.sticky))
      problems.push(`${name}: ${field} must be a pattern without g or y`);
  }
  if (problems.length > 0) return problems;
  const inScript = (text: string) => [...text].every((character) => script.letters.test(character));
  if (script.compatibilityForms && !BMP.filter((character) => script.compatibilityForms!.test(character)).every(inScript))
    problems.push(`${name}: compatibilityForms holds characters outside letters`);
  if (!Array.isArray(script.rules) || script.rules.length === 0) problems.push(`${name}: rules is empty`);
  else problems.push(...script.rules.flatMap((rule) => ruleProblems(script, rule, inScript)));
  const grown = BMP.filter(inScript).filter(
    (character) => script.rules.reduce((text, rule) => text.replace(rule.pattern, rule.to), character).length > 1,
  );
  if (grown.length > 0) problems.push(`${name}: rules turn ${grown.slice(0, 3).join(', ')} into more than one character`);
  if (
    script.joinedArticle !== null &&
    (typeof script.joinedArticle !== 'string' || !script.joinedArticle || !inScript(script.joinedArticle))
  )
    problems.push(`${name}: joinedArticle must be null or a word of the script`);
  if (
    !Array.isArray(script.genericNameWords) ||
    !script.genericNameWords.every((word) => typeof word === 'string' && word && inScript(word))
  )
    problems.push(`${name}: genericNameWords must be words of the script`);
  if (!Number.isInteger(script.wordKeyLength) || script.wordKeyLength < 1)
    problems.push(`${name}: wordKeyLength must be a whole number of letters`);
  return problems;
}
