/** Checks across topics: no two share a name, or readers could not tell them apart in lists and filters. */
import type { ContentProblem, EntryInput } from '../problems.ts';
import type { Topic } from '../../../schemas/topic.ts';

/** Reports, on the second and later topic, every name (compared without case or extra spaces) another topic has already. */
export function checkTopics(topics: readonly EntryInput<Topic>[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const firstByName = new Map<string, EntryInput<Topic>>();
  for (const topic of topics) {
    const key = topic.data.name.normalize('NFC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
    const first = firstByName.get(key);
    if (first) problems.push({ file: topic.file, where: 'name', message: `"${topic.data.name}" is also the name of topic ${first.id} (${first.file}); two topics need two names` });
    else firstByName.set(key, topic);
  }
  return problems;
}
