/**
 * Helpers the languages' relative-date rules are written with: a weekday
 * group of a pattern, and the meaning of the weekday a match names.
 */
import type { DateMeaning } from './types.ts';

/** A language's weekday names as one capturing group of a pattern. */
export const weekdayGroup = (names: readonly string[]) => `(${names.join('|')})`;

/** A rule's meaning for a weekday named in match group `group`, or null when the word is not one of `names` (Sunday first). */
export const weekdayMeaning =
  (names: readonly string[], group: number, direction: 'before' | 'on-or-before' | 'after') =>
  (match: RegExpExecArray): DateMeaning | null => {
    const index = names.indexOf((match[group] ?? '').toLowerCase());
    return index < 0 ? null : { weekday: index, direction };
  };
