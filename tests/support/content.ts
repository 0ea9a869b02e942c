/**
 * Reads the archive's content straight from disk and validates it with the
 * same schemas the site uses, for tests that need no build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { articleSchema } from '../../src/schemas/article.ts';
import { entitySchema } from '../../src/schemas/entity.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { figureSchema } from '../../src/schemas/figure.ts';
import { topicSchema } from '../../src/schemas/topic.ts';
import { bodyLineOffset, type ArchiveInput, type ArticleInput, type EntryInput } from '../../src/lib/integrity.ts';
import { bodyParagraphs, parseMarkdown } from '../../src/lib/paragraphs.ts';

/** The project's real content folder. */
export const CONTENT_DIR = join(import.meta.dirname, '../../content');

/** Files in one collection folder with the given extension, sorted. */
function filesIn(dir: string, extension: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith(extension)).sort().map((name) => join(dir, name));
}

/** Parses data with a schema, throwing an error that names the file on failure. */
function validate<S extends z.ZodType>(schema: S, data: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`${file}: ${result.error.message}`);
  return result.data;
}

/** Loads every YAML entry of a data collection. */
function loadYaml<S extends z.ZodType>(contentDir: string, folder: string, schema: S): EntryInput<z.infer<S>>[] {
  return filesIn(join(contentDir, folder), '.yaml').map((path) => ({
    id: path.split('/').pop()!.replace(/\.yaml$/, ''),
    file: relative(process.cwd(), path),
    data: validate(schema, parseYaml(readFileSync(path, 'utf8')), path),
  }));
}

/** Loads every article: validated front matter, Markdown body and raw file text. */
export function loadArticles(contentDir = CONTENT_DIR): (ArticleInput & { raw: string })[] {
  return filesIn(join(contentDir, 'articles'), '.md').map((path) => {
    const raw = readFileSync(path, 'utf8');
    const { frontmatter, content } = parseFrontmatter(raw);
    return {
      id: path.split('/').pop()!.replace(/\.md$/, ''),
      file: relative(process.cwd(), path),
      data: validate(articleSchema, frontmatter, path),
      body: content,
      bodyLineOffset: bodyLineOffset(raw, content),
      tree: parseMarkdown(content),
      paragraphs: bodyParagraphs(content),
      raw,
    };
  });
}

/** Loads the whole archive from a content folder, validated by the site's schemas. */
export function loadArchiveFromDisk(contentDir = CONTENT_DIR): ArchiveInput {
  return {
    articles: loadArticles(contentDir),
    topics: loadYaml(contentDir, 'topics', topicSchema),
    entities: loadYaml(contentDir, 'entities', entitySchema),
    events: loadYaml(contentDir, 'events', eventSchema),
    figures: loadYaml(contentDir, 'figures', figureSchema),
  };
}
