import { describe, expect, it } from 'vitest';
import { checkArchive } from '../../../src/lib/content/integrity.ts';
import { canonicalUrlKey } from '../../../src/lib/content/checks/source-urls.ts';
import { bodyLineOffset, ContentError, formatProblem, type ArchiveInput } from '../../../src/lib/content/problems.ts';
import { bodyParagraphs, parseMarkdown } from '../../../src/lib/content/paragraphs.ts';
import { loadArchiveFromDisk } from '../../../src/lib/content/archive-from-disk.ts';

/** A fresh, deep copy of the real archive to break in one way per test. */
function archive(): ArchiveInput {
  return structuredClone(loadArchiveFromDisk());
}

const problemsOf = (input: ArchiveInput) => checkArchive(input).map(formatProblem);
const ELMUNDO = 'content/articles/2019-10-16-el-mundo-ayn-issa-escape.md';

describe('checkArchive', () => {
  it('names the file and field of a topic that does not exist', () => {
    const input = archive();
    const { topics } = input.articles.find((a) => a.file === ELMUNDO)!.data;
    topics.push('no-such-topic');
    expect(problemsOf(input)).toEqual([`${ELMUNDO} › topics[${topics.length - 1}]: no topic "no-such-topic" exists in content/topics/`]);
  });

  it('names an entity that does not exist, and one listed but never mentioned', () => {
    const input = archive();
    const article = input.articles.find((a) => a.file === ELMUNDO)!;
    article.data.entities = ['no-such-entity', 'edwin-bakker'];
    expect(problemsOf(input)).toEqual([
      `${ELMUNDO} › entities[0]: no entity "no-such-entity" exists in content/entities/`,
      `${ELMUNDO} › entities[1]: "edwin-bakker" is listed, but neither "Edwin Bakker" nor any of its aliases appears in the text`,
    ]);
  });

  it('rejects two articles with the same original URL, however its case or trailing slash differ', () => {
    const input = archive();
    const [first, second] = input.articles;
    second!.data.originalUrl = first!.data.originalUrl.replace('https://www.', 'https://WWW.') + '/';
    expect(problemsOf(input)).toEqual([`${second!.file} › originalUrl: ${second!.data.originalUrl} is already archived by ${first!.file}`]);
  });

  it('rejects an empty body', () => {
    const input = archive();
    const article = input.articles.find((a) => a.file === ELMUNDO)!;
    article.body = '\n\n';
    article.tree = parseMarkdown(article.body);
    article.paragraphs = bodyParagraphs(article.tree);
    expect(problemsOf(input)).toContain(`${ELMUNDO} › body: the article has no text: the body after the front matter is empty`);
  });

  it('reports unsafe markup at its line in the file', () => {
    const input = archive();
    const article = input.articles.find((a) => a.file === ELMUNDO)!;
    article.body = 'Text.\n\n<script>alert(1)</script>\n';
    article.tree = parseMarkdown(article.body);
    article.paragraphs = bodyParagraphs(article.tree);
    article.bodyLineOffset = 70;
    expect(problemsOf(input)).toContain(
      `${ELMUNDO} › line 73: raw HTML element <script> could run code in a reader's browser; article bodies hold text and Markdown only`,
    );
  });

  it('checks that an event cites an existing paragraph that contains its quote', () => {
    const input = archive();
    const event = input.events.find((e) => e.id === '2019-10-13-ayn-issa-escape')!;
    event.data.sources = [
      { article: '2019-10-16-el-mundo-ayn-issa-escape', paragraph: 99, quote: 'x' },
      { article: '2019-10-16-el-mundo-ayn-issa-escape', paragraph: 3, quote: 'escape of 860 prisoners' },
      { article: 'no-such-article', paragraph: 1, quote: 'x' },
    ];
    const paragraphCount = input.articles.find((a) => a.id === '2019-10-16-el-mundo-ayn-issa-escape')!.paragraphs.length;
    expect(problemsOf(input)).toEqual([
      `${event.file} › sources[0].paragraph: 2019-10-16-el-mundo-ayn-issa-escape has ${paragraphCount} paragraphs, not 99`,
      `${event.file} › sources[1].quote: paragraph 3 of 2019-10-16-el-mundo-ayn-issa-escape does not contain "escape of 860 prisoners"`,
      `${event.file} › sources[2].article: no article "no-such-article" exists in content/articles/`,
    ]);
  });

  it("checks an event's quote as whole words, so part of a number does not pass for it", () => {
    const input = archive();
    const event = input.events.find((e) => e.id === '2019-10-13-ayn-issa-escape')!;
    // The first paragraph of any article holding a number of three or more digits; the quote drops its last digit.
    const [article, index, number] = input.articles
      .flatMap((a) => a.paragraphs.map((p, i) => [a.id, i + 1, /\b\d{3,}\b/.exec(p.text)?.[0]] as const))
      .find(([, , found]) => found !== undefined)!;
    const quote = number!.slice(0, -1);
    event.data.sources = [{ article, paragraph: index, quote }];
    expect(problemsOf(input)).toEqual([`${event.file} › sources[0].quote: paragraph ${index} of ${article} does not contain "${quote}"`]);
  });

  it('checks that an event names places as places and actors as people or organisations', () => {
    const input = archive();
    const event = input.events.find((e) => e.id === '2019-10-13-ayn-issa-escape')!;
    event.data.places = ['sdf'];
    event.data.actors = ['al-hol', 'nobody'];
    expect(problemsOf(input)).toEqual([
      `${event.file} › places[0]: "sdf" is of kind organisation, not a place`,
      `${event.file} › actors[0]: "al-hol" is of kind place, not a person or organisation`,
      `${event.file} › actors[1]: no entity "nobody" exists in content/entities/`,
    ]);
  });

  it('rejects an alias that two entities share', () => {
    const input = archive();
    input.entities.find((e) => e.id === 'raqqa')!.data.aliases.push('Al Hol');
    const problems = problemsOf(input);
    expect(problems).toContain(
      'content/entities/raqqa.yaml › aliases: the name "alhol" (as searched) also belongs to al-hol; a name must lead to one entity',
    );
    expect(problems).toContain(
      'content/entities/al-hol.yaml › aliases: the name "alhol" (as searched) also belongs to raqqa; a name must lead to one entity',
    );
  });
});

describe('ContentError', () => {
  it('lists every problem on its own line', () => {
    const error = new ContentError([
      { file: 'a.md', where: 'headline', message: 'x' },
      { file: 'b.yaml', where: 'kind', message: 'y' },
    ]);
    expect(error.message).toBe("The archive's content has 2 problems:\n  - a.md › headline: x\n  - b.yaml › kind: y");
  });
});

describe('helpers', () => {
  it('finds where the body starts in a file', () => {
    expect(bodyLineOffset('---\na: 1\n---\n\nBody.\n', '\nBody.\n')).toBe(3);
  });

  it('refuses a figure whose words the rules cannot read, whatever number it is normalised to', () => {
    const input = archive();
    const figure = input.figures.find((entry) => entry.file.endsWith('ayn-issa-escapees.yaml'))!;
    figure.data.claims[0]!.value = '1e9';
    figure.data.claims[0]!.normalised = { min: 7, max: 7, approximate: false };
    const problems = problemsOf(input).filter((problem) => problem.includes('claims[0].value'));
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/figures\/ayn-issa-escapees\.yaml › claims\[0\]\.value: "1e9" is not worded as the archive's rules read a number/,
      ),
      `${figure.file} › claims[0].value: paragraph 3 of 2019-10-16-el-mundo-ayn-issa-escape does not contain "1e9"`,
    ]);
  });

  it('refuses a language whose script the body is not written in, naming the field', () => {
    const input = archive();
    const article = input.articles.find((a) => a.file === ELMUNDO)!;
    article.data.language = 'ar';
    expect(problemsOf(input)).toEqual([
      expect.stringMatching(
        /^content\/articles\/2019-10-16-el-mundo-ayn-issa-escape\.md › language: "ar" is written in Arabic script, but the body is mostly in Latin letters/,
      ),
    ]);
  });

  it('treats URLs that differ in host case, fragment or trailing slash as one', () => {
    expect(canonicalUrlKey('https://WWW.Example.org/a/#x')).toBe(canonicalUrlKey('https://www.example.org/a'));
    expect(canonicalUrlKey('https://example.org/a?id=1')).not.toBe(canonicalUrlKey('https://example.org/a?id=2'));
  });
});
