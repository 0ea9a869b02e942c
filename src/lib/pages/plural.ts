/** Counting words: the one place that says "1 article" but "2 articles". */

/** The plural of a word, or its singular for one: `pluralWord(2, 'claim')` is "claims". Irregular plurals are passed in. */
export function pluralWord(count: number, singular: string, pluralForm = `${singular}s`): string {
  return count === 1 ? singular : pluralForm;
}

/** A count with its noun: `plural(1, 'article')` is "1 article", `plural(3, 'article')` "3 articles". */
export function plural(count: number, singular: string, pluralForm?: string): string {
  return `${count} ${pluralWord(count, singular, pluralForm)}`;
}
