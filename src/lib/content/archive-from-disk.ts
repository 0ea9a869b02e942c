/**
 * The one reader of the archive's content files, shared by the build's
 * pre-check, `npm run check-content`, `npm run new-article`, the benchmark
 * and the tests (`readContentFolder`). Every file is read once: its name, its
 * bytes as UTF-8, its front matter (one splitter) and YAML (one library), its
 * schema (once) and, for an article, its Markdown body (parsed once; the tree
 * and its paragraphs are shared with the cross-collection checks). Every
 * problem, and every exception from a parser or the file system, becomes a
 * message naming the file and the field or line.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { PublishedArticle } from '../../schemas/article.ts';
import { publishedOnly } from './visibility.ts';
import { checkEntryYaml, CONTENT_FOLDERS, fieldPath as dataPath, fileNameProblems, firstLineOf, invalidUtf8Line, splitFrontMatter } from './checks/files.ts';
import { idFromFileName } from './entry-id.ts';
import { ContentError, type ArchiveInput, type ArticleInput, type ContentProblem, type EntryInput } from './problems.ts';
import { deriveBodyFacts, trimmedBody, type BodyFacts } from './body-facts.ts';
import type { DerivedCache } from './derived-cache.ts';
import { bodyParagraphs, parseMarkdown } from './paragraphs.ts';
import { tooDeeplyNested } from './unsafe-markup.ts';

/** The project's own content folder. */
export const CONTENT_DIR = join(import.meta.dirname, '../../../content');

/** An article as read from disk: what the checks need, plus the file's raw text. */
export type DiskArticle = ArticleInput & {
  /** The whole file as written, front matter included. */
  raw: string;
};

/** Every entry of a content folder that passed its schema, by collection. */
export type DiskArchive = ArchiveInput & { articles: DiskArticle[] };

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

/** Options for {@link readContentFolder}. */
export interface ReadOptions {
  /**
   * Where body facts are kept between runs (the build's pre-check passes the
   * build's derived-data cache). Without it every body is parsed, and its
   * tree is kept on the entry for checks that want it.
   */
  bodyCache?: DerivedCache<BodyFacts>;
}

/**
 * Reads a content folder: every file checked (folders it may hold, names,
 * links, UTF-8, YAML, schema, body) and every problem collected rather than
 * stopping at the first, so one run shows all that needs fixing. Paths in
 * messages are relative to `from` (the working folder) when inside it. The
 * cross-collection checks are not run here: pass `entries` to `checkArchive`
 * (`checkContent` in check-content.ts does both).
 */
export function readContentFolder(contentDir = CONTENT_DIR, from = process.cwd(), options: ReadOptions = {}): ContentFolder {
  const problems: ContentProblem[] = [];
  const rejected = new Set<string>();
  const entries: DiskArchive = { articles: [], topics: [], entities: [], events: [], figures: [] };
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
    let isFolder = false;
    try {
      isFolder = statSync(folderPath).isDirectory();
    } catch {
      // A dangling link: not a folder, reported below.
    }
    if (!rule || !isFolder) {
      problems.push({ file: shown(folderPath), where: 'file name', message: `not a content folder; content/ holds only ${Object.keys(CONTENT_FOLDERS).join(', ')}` });
      continue;
    }
    const outside = outsideOf(realContentDir, folderPath);
    if (outside) {
      // Whatever the link leads to would be published as the archive's own.
      problems.push({ file: shown(folderPath), where: 'file name', message: `a symbolic link to ${outside}, outside the content folder; content folders must be in the folder itself` });
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
      let stats;
      try {
        stats = lstatSync(path);
        if (stats.isSymbolicLink()) {
          let target: string;
          try {
            target = realpathSync(path);
          } catch {
            report('file name', 'a symbolic link to a file that does not exist; remove it or copy the file in');
            continue;
          }
          if (!target.startsWith(realContentDir + sep)) {
            report('file name', `a symbolic link to ${target}, outside the content folder; content files must be in the folder itself`);
            continue;
          }
          stats = statSync(path);
        }
      } catch (error) {
        report('file name', `cannot be read: ${describeFsError(error)}`);
        continue;
      }
      if (stats.isDirectory()) {
        report('file name', `a folder inside ${folder}/ is not read; put its files in ${folder}/ itself`);
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
        // The body as the site's pages get it (trimmed by Astro's loader), so cached facts are shared.
        const body = trimmedBody(split.body);
        const common = { id, file, data, body: body.text, bodyLineOffset: split.bodyLineOffset + body.leadingLines, raw };
        try {
          if (options.bodyCache) {
            // Only the derived facts are kept: no tree per article in memory.
            entries.articles.push({ ...common, ...options.bodyCache.get(body.text, () => deriveBodyFacts(body.text)) });
          } else {
            const tree = parseMarkdown(body.text);
            entries.articles.push({ ...common, tree, paragraphs: bodyParagraphs(tree) });
          }
        } catch (error) {
          report('body', `the Markdown cannot be read: ${firstLineOf(error)}`);
          continue;
        }
      } else {
        (entries[folder as Exclude<keyof DiskArchive, 'articles'>] as EntryInput<unknown>[]).push({ id, file, data: checked.data });
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
