/** Reference checks every collection shares: a listed topic or entity exists. */
import type { CheckContext, ContentProblem } from '../problems.ts';

/** A function that records one problem at a field of the entry being checked. */
export type Report = (where: string, message: string) => void;

/** Reports each id in `field` that names no topic. */
export function checkTopicIds(ids: readonly string[], field: string, context: CheckContext, report: Report): void {
  ids.forEach((id, index) => {
    if (!context.topicIds.has(id)) report(`${field}[${index}]`, `no topic "${id}" exists in content/topics/`);
  });
}

/** A reporter that appends problems about `file` to `problems`. */
export function reporterFor(problems: ContentProblem[], file: string): Report {
  return (where, message) => problems.push({ file, where, message });
}
