/**
 * Writes a synthetic archive of N articles to a content folder with the
 * layout of the project's `content/` (articles/*.md, topics/*.yaml,
 * entities/*.yaml, events/*.yaml, captures/*.txt), which the site builds
 * when ARCHIVE_CONTENT_DIR points at it.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { sha256Of } from '../../../src/lib/content/capture-check.ts';
import { castByRole, createArticle, type SyntheticArticle } from './corpus-articles.ts';
import { createEntities, createTopics } from './corpus-entities.ts';
import { createEvents } from './corpus-events.ts';

/** What was written, and what the benchmark needs to know about it. */
export interface GeneratedArchive {
  contentDir: string;
  articles: number;
  events: number;
  entities: number;
  topics: number;
  /** A place name to search for: the camp the most articles mention. */
  query: string;
  /** The article the rebuild measurement edits: one no event cites, so the edit cannot break a quote. */
  articleToEdit: string;
}

/**
 * YAML as the archive's editors would write it: block style, long lines left
 * unfolded, dates in quotes (YAML 1.1 rules make the writer quote any string
 * a reader could take for a timestamp; the schemas refuse unquoted dates).
 */
function toYaml(data: unknown): string {
  return stringify(data, { lineWidth: 0, version: '1.1' });
}

/** The Markdown file of an article: front matter, then one line per paragraph. */
function articleFile(article: SyntheticArticle): string {
  return `---\n${toYaml(article.frontMatter)}---\n\n${article.paragraphs.map((sentences) => sentences.join(' ')).join('\n\n')}\n`;
}

/** The raw capture an article claims to come from: furniture around the text, as a page capture has. */
function captureFile(article: SyntheticArticle): string {
  const furniture = (article.frontMatter['capture'] as { furniture: string[] }).furniture;
  return (
    [...furniture.slice(0, 1), ...article.paragraphs.map((sentences) => sentences.join(' ')), ...furniture.slice(1)].join('\n\n') + '\n'
  );
}

/** Writes an article and its capture, with the capture's fixity as new-article records it (a published article needs it). */
function writeArticle(contentDir: string, article: SyntheticArticle): void {
  const capture = captureFile(article);
  const { file, ...rest } = article.frontMatter['capture'] as { file: string; furniture: string[] };
  article.frontMatter['capture'] = { file, sha256: sha256Of(Buffer.from(capture)), ...rest };
  writeFileSync(join(contentDir, 'articles', `${article.id}.md`), articleFile(article));
  writeFileSync(join(contentDir, 'captures', `${article.id}.txt`), capture);
}

/**
 * Generates an archive of `articleCount` articles into `contentDir`
 * (emptied first): the fixed cast of entities and topics, the articles and
 * about one event per ten articles.
 */
export function generateArchive(contentDir: string, articleCount: number): GeneratedArchive {
  rmSync(contentDir, { recursive: true, force: true });
  // figures/ stays empty: synthetic text has no claims to check, but the collection's folder must exist.
  for (const folder of ['articles', 'topics', 'entities', 'events', 'figures', 'captures'])
    mkdirSync(join(contentDir, folder), { recursive: true });

  const entities = createEntities();
  const topics = createTopics();
  const cast = castByRole(entities);
  const articles = Array.from({ length: articleCount }, (_, index) => createArticle(index, cast, topics));
  const events = createEvents(Math.max(1, Math.round(articleCount / 10)), articles);

  for (const { id, ...data } of topics) writeFileSync(join(contentDir, 'topics', `${id}.yaml`), toYaml(data));
  for (const { id, role: _role, ...data } of entities) writeFileSync(join(contentDir, 'entities', `${id}.yaml`), toYaml(data));
  for (const event of events) writeFileSync(join(contentDir, 'events', `${event.id}.yaml`), toYaml(event.data));
  for (const article of articles) writeArticle(contentDir, article);

  const cited = new Set(events.flatMap((event) => (event.data['sources'] as { article: string }[]).map((source) => source.article)));
  const middle = Math.floor(articles.length / 2);
  const articleToEdit = [...articles.slice(middle), ...articles.slice(0, middle)].find((article) => !cited.has(article.id));
  if (!articleToEdit) throw new Error('every article is cited by an event; none can be edited safely');
  return {
    contentDir,
    articles: articles.length,
    events: events.length,
    entities: entities.length,
    topics: topics.length,
    query: cast.site[0]!.name,
    articleToEdit: articleToEdit.id,
  };
}

/**
 * Changes one word of an article's body ("the" → "this", the last one), the
 * smallest edit an editor makes; its entity mentions stay intact because no
 * entity's name contains "the". The same line of its capture changes too, as
 * when an archivist corrects a copy against a fresh capture: the build checks
 * every copy against its capture word for word.
 */
export function editOneWord(contentDir: string, articleId: string): void {
  const file = join(contentDir, 'articles', `${articleId}.md`);
  const text = readFileSync(file, 'utf8');
  const at = text.lastIndexOf(' the ');
  const bodyStart = text.indexOf('\n---\n') + 5;
  if (at < bodyStart) throw new Error(`${file} has no "the" in its body to change`);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
  const before = text.slice(lineStart, lineEnd);
  const after = `${text.slice(lineStart, at)} this ${text.slice(at + ' the '.length, lineEnd)}`;
  const captureFile = join(contentDir, 'captures', `${articleId}.txt`);
  const capture = readFileSync(captureFile, 'utf8');
  const lines = capture.split('\n');
  const index = lines.indexOf(before);
  if (index < 0) throw new Error(`${captureFile} has no line "${before.slice(0, 60)}…" to change with its copy`);
  lines[index] = after;
  const fresh = lines.join('\n');
  writeFileSync(captureFile, fresh);
  // A fresh capture has a fresh hash.
  const edited = `${text.slice(0, lineStart)}${after}${text.slice(lineEnd)}`.replace(
    /^ {2}sha256: [0-9a-f]{64}$/m,
    `  sha256: ${sha256Of(Buffer.from(fresh))}`,
  );
  writeFileSync(file, edited);
}

/**
 * Adds the article an archive of `articleCount` articles would have next
 * (the same generator, index `articleCount`), as an archivist adds one
 * report to a built archive: no event cites it yet, so nothing else
 * changes on disk. Returns its id.
 */
export function addOneArticle(contentDir: string, articleCount: number): string {
  const topics = createTopics();
  const article = createArticle(articleCount, castByRole(createEntities()), topics);
  writeArticle(contentDir, article);
  return article.id;
}
