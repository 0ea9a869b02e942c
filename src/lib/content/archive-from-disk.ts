/**
 * The one reader of the archive's content files (`readFolderFiles`), under
 * the site's content loader (src/lib/content/loader/), `npm run
 * check-content`, the build's list of published articles, `npm run
 * new-article`, the benchmark and the tests. Every file is read once: its name, its bytes as UTF-8, its
 * front matter (one splitter) and YAML (one library) and its schema (once).
 * Bodies are parsed by the caller: the loader's `readArchive` on every core,
 * `readContentFolder` here in this thread. Every problem, and every exception
 * from a parser or the file system, becomes a message naming the file and the
 * field or line.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { PublishedArticle } from '../../schemas/article.ts';
import { publishedOnly } from './visibility.ts';
import { checkEntryYaml, CONTENT_FOLDERS, fieldPath as dataPath, fileNameProblems, firstLineOf, invalidUtf8Line, splitFrontMatter } from './checks/files.ts';
import { idFromFileName } from './entry-id.ts';
import { ContentError, type ArchiveInput, type ArticleInput, type ContentProblem, type EntryInput } from './problems.ts';
import { trimmedBody } from './body-facts.ts';
import { bodyParagraphs, parseMarkdown } from './paragraphs.ts';
import { tooDeeplyNested } from './unsafe-markup.ts';

/** The project's own content folder. */
export const CONTENT_DIR = join(import.meta.dirname, '../../../content');

/** An article as read from disk: what the checks need, plus the file's raw text. */
export type DiskArticle = ArticleInput & {
  /** The whole file as written, front matter included. */
  raw: string;
};

/** An entry as read from disk, with its file's text (the content loader's digest is a hash of it). */
type DiskEntry<T> = EntryInput<T> & {
  /** The whole file as written. */
  raw: string;
};

/** Every entry of a content folder that passed its schema, by collection. */
export type DiskArchive = { articles: DiskArticle[] } & {
  [Collection in Exclude<keyof ArchiveInput, 'articles'>]: DiskEntry<ArchiveInput[Collection][number]['data']>[];
};

/** An article whose file passed its checks, its body not parsed yet: what {@link readFolderFiles} gives. */
export type UnparsedArticle = Omit<DiskArticle, 'tree' | 'paragraphs' | 'unsafe' | 'links' | 'otherText'>;

/** What {@link readFolderFiles} found: every entry whose file and schema checks passed, articles unparsed, and the problems. */
export interface FolderFiles extends Omit<ContentFolder, 'entries'> {
  /** The entries, as in {@link ContentFolder}, but with each article's body not parsed yet. */
  entries: Omit<DiskArchive, 'articles'> & { articles: UnparsedArticle[] };
}

/** What {@link readContentFolder} found: the entries that validate, and the problems of those that do not. */
export interface ContentFolder {
  /** Every entry whose file and schema checks passed, ready for `checkArchive`. */
  entries: DiskArchive;
  /** Problems with the files: names, encoding, links, YAML, schemas, bodies; each naming the file and the field or line. */
  problems: ContentProblem[];
  /** Ids of the entries left out of `entries` because of those problems. */
  rejected: Set<string>;
}

/**
 * A zod issue path as the messages write fields: ["topics", 1] → "topics[1]",
 * ["capture", "file"] → "capture.file"; an issue about the whole entry is
 * named as such. The path format itself is the content-file check's.
 */
export function fieldPath(path: readonly PropertyKey[]): string {
  return dataPath(path) || '(the whole entry)';
}

/** The names in a folder, sorted, or the problem that stops it being read. */
function namesIn(dir: string): string[] | Error {
  try {
    return readdirSync(dir).sort();
  } catch (error) {
    return error as Error;
  }
}

/** The real path a folder leads to when that is outside the content folder, or null when it is inside (or cannot be resolved: reported elsewhere). */
function outsideOf(realContentDir: string, folderPath: string): string | null {
  try {
    const real = realpathSync(folderPath);
    return real.startsWith(realContentDir + sep) ? null : real;
  } catch {
    return null;
  }
}

/** A file system error in plain words, with its code ("ENAMETOOLONG") for searching. */
function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  return code ? `${firstLineOf(error)} [${code}]` : firstLineOf(error);
}

/** What the reader says of a name at the top of the content folder that is not one of its folders. */
const notAContentFolderMessage = `not a content folder; content/ holds only ${Object.keys(CONTENT_FOLDERS).join(', ')}`;

/** Why `folderPath`, named as a content folder, is not one of the content folder itself, or undefined when it is. */
function notAContentFolder(folderPath: string, realContentDir: string): string | undefined {
  let isFolder = false;
  try {
    isFolder = statSync(folderPath).isDirectory();
  } catch {
    // A dangling link: not a folder.
  }
  if (!isFolder) return notAContentFolderMessage;
  const outside = outsideOf(realContentDir, folderPath);
  // Whatever the link leads to would be published as the archive's own.
  if (outside) return `a symbolic link to ${outside}, outside the content folder; content folders must be in the folder itself`;
  return undefined;
}

/** Why `path` (in content folder `folder`) is not a file of the content folder itself, or undefined when it is one. */
function notAContentFile(path: string, folder: string, realContentDir: string): string | undefined {
  let stats;
  try {
    stats = lstatSync(path);
    if (stats.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(path);
      } catch {
        return 'a symbolic link to a file that does not exist; remove it or copy the file in';
      }
      if (!target.startsWith(realContentDir + sep)) {
        return `a symbolic link to ${target}, outside the content folder; content files must be in the folder itself`;
      }
      stats = statSync(path);
    }
  } catch (error) {
    return `cannot be read: ${describeFsError(error)}`;
  }
  if (stats.isDirectory()) return `a folder inside ${folder}/ is not read; put its files in ${folder}/ itself`;
  return undefined;
}

/**
 * Reads a content folder in this thread, every body parsed here and its tree
 * kept on the entry for checks that want it: for tools and tests. The
 * cross-collection checks are not run here: pass `entries` to `checkArchive`,
 * or call `readArchive` (src/lib/content/loader/read-archive.ts), which runs
 * every check as the site's loader does.
 */
export function readContentFolder(contentDir = CONTENT_DIR, from = process.cwd()): ContentFolder {
  const { entries, problems, rejected } = readFolderFiles(contentDir, from);
  const articles: DiskArticle[] = [];
  for (const article of entries.articles) {
    try {
      const tree = parseMarkdown(article.body);
      articles.push({ ...article, tree, paragraphs: bodyParagraphs(tree) });
    } catch (error) {
      problems.push({ file: article.file, where: 'body', message: `the Markdown cannot be read: ${firstLineOf(error)}` });
      rejected.add(article.id);
    }
  }
  return { entries: { ...entries, articles }, problems, rejected };
}

/**
 * The one reader: every file of a content folder checked (folders it may
 * hold, names, links, UTF-8, YAML, schema, nesting depth of a body) and
 * every problem collected rather than stopping at the first, so one run
 * shows all that needs fixing. Paths in messages are relative to `from`
 * (the working folder) when inside it. Bodies are not parsed here.
 */
export function readFolderFiles(contentDir = CONTENT_DIR, from = process.cwd()): FolderFiles {
  const problems: ContentProblem[] = [];
  const rejected = new Set<string>();
  const entries: FolderFiles['entries'] = { articles: [], topics: [], entities: [], events: [], figures: [] };
  // Inside the working folder a path is shown relative to it, outside it whole (as the loaders show it).
  const shown = (path: string) => {
    const inside = relative(from, path);
    return inside && !inside.startsWith('..') ? inside : path;
  };
  const top = namesIn(contentDir);
  if (top instanceof Error) {
    problems.push({ file: shown(contentDir), where: 'folder', message: `the content folder cannot be read: ${describeFsError(top)}` });
    return { entries, problems, rejected };
  }
  let realContentDir: string;
  try {
    realContentDir = realpathSync(contentDir);
  } catch {
    realContentDir = contentDir;
  }

  for (const folder of top) {
    if (folder.startsWith('.')) continue;
    const folderPath = join(contentDir, folder);
    const rule = CONTENT_FOLDERS[folder];
    const notAFolder = rule ? notAContentFolder(folderPath, realContentDir) : notAContentFolderMessage;
    if (notAFolder || !rule) {
      problems.push({ file: shown(folderPath), where: 'file name', message: notAFolder ?? notAContentFolderMessage });
      continue;
    }
    const names = namesIn(folderPath);
    if (names instanceof Error) {
      problems.push({ file: shown(folderPath), where: 'folder', message: `cannot be read: ${describeFsError(names)}` });
      continue;
    }
    const seen = new Map<string, string>();
    for (const name of names) {
      if (name.startsWith('.')) {
        // Hidden files are left alone (.DS_Store, .gitkeep), but one named as an entry is an entry the build would skip.
        if (rule.extensions.some((extension) => name.endsWith(extension))) {
          problems.push({ file: shown(join(folderPath, name)), where: 'file name', message: 'the name starts with a dot, so the file is hidden and the build would skip it; rename it without the dot, or remove it' });
        }
        continue;
      }
      const path = join(folderPath, name);
      const file = shown(path);
      const id = idFromFileName(name);
      const report = (where: string, message: string) => {
        problems.push({ file, where, message });
        rejected.add(id);
      };

      // What the name points at: a file of the folder itself, never a link out of the content folder.
      const notAFile = notAContentFile(path, folder, realContentDir);
      if (notAFile) {
        report('file name', notAFile);
        continue;
      }
      const extension = rule.extensions.find((candidate) => name.endsWith(candidate));
      if (extension === undefined) {
        report('file name', `${folder}/ holds only ${rule.extensions.join(', ')} files, so this one would be ignored`);
        continue;
      }
      const stem = name.slice(0, -extension.length);
      for (const message of fileNameProblems(stem, rule)) report('file name', message);
      // With its extension: a saved page and its text rendering share a stem.
      const folded = `${stem}${extension}`.toLowerCase();
      const twin = seen.get(folded);
      if (twin) report('file name', `differs only by case from ${twin}; ids must be unique regardless of case`);
      else seen.set(folded, file);
      // A saved page is read, byte for byte, only by the capture check.
      if (rule.asSaved?.includes(extension)) continue;

      let bytes: Buffer;
      try {
        bytes = readFileSync(path);
      } catch (error) {
        report('file name', `cannot be read: ${describeFsError(error)}`);
        continue;
      }
      const badLine = invalidUtf8Line(bytes);
      if (badLine !== null) {
        report(`line ${badLine}`, 'not valid UTF-8; save the file as UTF-8');
        continue;
      }
      if (!rule.schema) continue;
      const raw = bytes.toString('utf8');
      const split = rule.markdown ? splitFrontMatter(raw) : { ...splitFrontMatter(''), yaml: raw.replace(/^\uFEFF/, '') };
      const checked = checkEntryYaml(file, split.yaml, split.firstLine, rule.schema);
      if (checked.data === undefined) {
        problems.push(...checked.problems);
        rejected.add(id);
        continue;
      }
      if (rejected.has(id)) continue;
      if (folder === 'articles') {
        // Bounded before parsing: the Markdown parser takes time quadratic in nesting depth.
        const nested = tooDeeplyNested(split.body);
        if (nested) {
          report(`line ${nested.line + split.bodyLineOffset}`, nested.message);
          continue;
        }
        const data = checked.data as DiskArticle['data'];
        // Trimmed, as Astro's Markdown loader trims it, so line numbers and HTML are the ones Astro's would be.
        const body = trimmedBody(split.body);
        entries.articles.push({ id, file, data, body: body.text, bodyLineOffset: split.bodyLineOffset + body.leadingLines, raw });
      } else {
        (entries[folder as Exclude<keyof DiskArchive, 'articles'>] as DiskEntry<unknown>[]).push({ id, file, data: checked.data, raw });
      }
    }
  }
  return { entries, problems, rejected };
}

/** Loads the whole archive from a content folder; throws a ContentError naming each file and field that fails its schema. */
export function loadArchiveFromDisk(contentDir = CONTENT_DIR): DiskArchive {
  const { entries, problems } = readContentFolder(contentDir);
  if (problems.length > 0) throw new ContentError(problems);
  return entries;
}

/** Loads every article of a content folder (see {@link loadArchiveFromDisk}). */
export function loadArticles(contentDir = CONTENT_DIR): DiskArticle[] {
  return loadArchiveFromDisk(contentDir).articles;
}

/** An archive as the site publishes it: drafts left out, as `getArchive()` leaves them out (see `drafts.ts`). */
export type PublishedDiskArchive = Omit<ArchiveInput, 'articles'> & { articles: (DiskArticle & { data: PublishedArticle })[] };

/** Loads a content folder and keeps what the site publishes, for tests that compare the built site with the content. */
export function loadPublishedFromDisk(contentDir = CONTENT_DIR): PublishedDiskArchive {
  const archive = loadArchiveFromDisk(contentDir);
  return { ...archive, ...publishedOnly(archive) };
}
