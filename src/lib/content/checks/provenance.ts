/**
 * Checks on an article's dates that its schema cannot make alone: it cannot
 * have been published after the archive copied it, and neither date can lie
 * in the future (a typo such as 2091 for 2019 reads as a real date).
 */
import type { ArticleInput, ContentProblem, EntryInput } from '../problems.ts';
import type { ArchiveEvent } from '../../../schemas/event.ts';
import type { PartialDate } from '../../core/dates.ts';
import { reporterFor } from './references.ts';

/** The first day a partial date allows, as YYYY-MM-DD: "2019-10" → "2019-10-01". */
export function earliestDay(date: PartialDate): string {
  return date.precision === 'day' ? date.iso : date.precision === 'month' ? `${date.iso}-01` : `${date.iso}-01-01`;
}

/** Today's date in UTC as YYYY-MM-DD. */
function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Reports each article published after it was archived, or dated after
 * `today` (YYYY-MM-DD; the build's own day by default). A date known to the
 * month or year is late only if even its first day is.
 */
export function checkArticleDates(articles: readonly Pick<ArticleInput, 'file' | 'data'>[], today: string = todayUtc()): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { file, data } of articles) {
    const report = reporterFor(problems, file);
    // A draft may not know its publication date yet; the schema asks for it before publishing.
    const published = data.published && earliestDay(data.published);
    const archived = earliestDay(data.archived);
    if (published && published > today) report('published', `${data.published!.iso} is in the future (today is ${today})`);
    if (archived > today) report('archived', `${data.archived.iso} is in the future (today is ${today})`);
    if (published && published > archived) report('published', `${data.published!.iso} is after the day the archive copied it (archived: ${data.archived.iso})`);
  }
  return problems;
}

/**
 * Reports each event dated after `today` (its date or its end): the archive
 * records what happened, and a typo such as 2091 would get a timeline page
 * of its own. A date known to the month or year is late only if even its
 * first day is.
 */
export function checkEventDates(events: readonly Pick<EntryInput<ArchiveEvent>, 'file' | 'data'>[], today: string = todayUtc()): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { file, data } of events) {
    const report = reporterFor(problems, file);
    if (earliestDay(data.date) > today) report('date', `${data.date.iso} is in the future (today is ${today})`);
    if (data.endDate && earliestDay(data.endDate) > today) report('endDate', `${data.endDate.iso} is in the future (today is ${today})`);
  }
  return problems;
}
