/**
 * The review list as plain text for the terminal: one group per kind of
 * thing to check, each item led by its paragraph number (¶n, the n of the
 * article's `#p-n` anchors), so the archivist can go through the draft in
 * order.
 */
import type { Draft } from './draft.ts';
import { OUTSIDE_ARTICLE } from './saved-page/body.ts';

/** "¶1, ¶3". */
const where = (paragraphs: readonly number[]) => paragraphs.map((number) => (number === 0 ? 'headline' : `¶${number}`)).join(', ');

/** What a kind guess reads as. */
const kindWords = { person: 'probably a person', place: 'probably a place', organisation: 'probably an organisation' } as const;

/** A line's text shortened for the list. */
const short = (text: string) => (text.length > 70 ? `${text.slice(0, 67)}…` : text);

/**
 * The lines kept out of the body, one item each, except that three or more
 * consecutive lines outside a saved page's article are one item naming the
 * first and last, so a page's menus do not bury the captions and bylines.
 */
export function outsideItems(lines: Draft['review']['outside']): string[] {
  const items: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    let end = index;
    while (
      end + 1 < lines.length &&
      line.reason === OUTSIDE_ARTICLE &&
      lines[end + 1]!.reason === OUTSIDE_ARTICLE &&
      lines[end + 1]!.line === lines[end]!.line + 1
    )
      end += 1;
    if (end - index >= 2) {
      items.push(
        `lines ${line.line}–${lines[end]!.line}: "${short(line.text)}" … "${short(lines[end]!.text)}" (${end - index + 1} lines ${OUTSIDE_ARTICLE})`,
      );
      index = end;
    } else items.push(`line ${line.line}: "${short(line.text)}" (${line.kind === 'headline' ? 'headline' : line.reason})`);
  }
  return items;
}

/** Formats a draft's review list; `articlePath` is how to name the article file (e.g. "content/articles/x.md"). */
export function formatReview(draft: Draft, articlePath: string): string {
  const { review } = draft;
  const out: string[] = [`Review list for ${articlePath} (a draft: it is checked but not published until you remove draft: true)`];
  const group = (title: string, items: string[], empty: string) => {
    out.push('', title);
    out.push(...(items.length > 0 ? items.map((item) => `  ${item}`) : [`  (${empty})`]));
  };

  out.push(
    '',
    `File name (it becomes the article's permanent URL, /articles/${draft.id}/, and must not change once published): ${draft.id}.md`,
  );
  out.push(...review.fileName.parts.map((part) => `  ${part}`));
  out.push(
    `  Not right? Remove ${draft.pageFile ? 'the three files' : 'both files'} and run again with --slug (the subject part), --publisher or --headline.`,
  );

  group(
    draft.pageFile ? 'Read from the saved page (check each; where it was read is in brackets)' : 'Read from the capture (check each)',
    review.readings.map((reading) => `${reading.field}: ${reading.how}`),
    'nothing',
  );

  group(
    'Kept out of the body (the headline, and every line in capture.furniture)',
    outsideItems(review.outside),
    'every line is article text',
  );

  group(
    'Known entities found (listed in entities)',
    review.entities.map((entity) => {
      const spellings = [...new Set(entity.mentions.map((mention) => mention.name))].filter((name) => name !== entity.name);
      return `${where(entity.mentions.map((mention) => mention.paragraph))}  ${entity.id} (${entity.name})${spellings.length > 0 ? `, found as ${spellings.map((name) => `"${name}"`).join(', ')}` : ''}`;
    }),
    'none',
  );

  group(
    'Names that look like a known entity in another spelling: add the alias',
    review.lookalikes.map(
      (name) =>
        `${where(name.paragraphs)}  "${name.name}" looks like "${name.lookalike!.name}" (${name.lookalike!.id}): add "${name.name}" to aliases in content/entities/${name.lookalike!.id}.yaml, then to entities here`,
    ),
    'none',
  );

  group(
    'Names the archive does not know yet: add an entity (person, place or organisation) if it matters',
    [
      ...(review.namesUnreadable ? [`cannot be listed: ${review.namesUnreadable}`] : []),
      ...review.unknown.map(
        (name) => `${where(name.paragraphs)}  "${name.name}"${name.kindGuess ? ` (${kindWords[name.kindGuess]})` : ''}: ${name.reason}`,
      ),
    ],
    'none',
  );

  group(
    'In furniture lines that read like prose (if they are article text, move them to the body)',
    review.furnitureProse.flatMap((prose) => [
      ...prose.names.map(
        (name) =>
          `line ${prose.line}  name "${name.name}"${name.lookalike ? ` looks like "${name.lookalike.name}" (${name.lookalike.id})` : ''}: ${name.reason}`,
      ),
      ...prose.numbers
        .filter((number) => !number.notFigure)
        .map((number) => `line ${prose.line}  number ${number.words}: "${number.context}"`),
    ]),
    'none',
  );

  group(
    'Numbers: add each to a figure in content/figures/ as a claim, or a new figure',
    review.numbers.map((number) => {
      const reading = number.notFigure
        ? `not a figure: ${number.notFigure}`
        : number.figure
          ? `${number.figure.sure} ${number.figure.id} (${number.figure.label}; ${number.figure.why.join('; ')})`
          : 'new figure? (no figure counts the same thing)';
      return `¶${number.paragraph}  ${number.words}: "${number.context}": ${reading}`;
    }),
    'none',
  );

  group(
    'Relative dates, resolved from the publication date (for events and figures)',
    review.dates.map((date) => `¶${date.paragraph}  "${date.words}" → ${date.resolved}${date.conflict ? `; but ${date.conflict}` : ''}`),
    'none',
  );

  group(
    'Topics to consider (from existing articles that share its entities)',
    review.topics.map(
      (topic) => `${topic.id}: ${topic.score} shared entit${topic.score === 1 ? 'y' : 'ies'} in ${topic.articles.join(', ')}`,
    ),
    'no existing article shares its entities',
  );

  group(
    'Fields still to write',
    review.toWrite.map((item) => `${item.field}: ${item.what}`),
    'none',
  );
  return `${out.join('\n')}\n`;
}
