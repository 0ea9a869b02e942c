/**
 * The archive's content collections. The data lives in `content/` at the
 * project root (or in ARCHIVE_CONTENT_DIR, which the tests point at fixtures);
 * the schemas live in `src/schemas/`, one per collection, so plain TypeScript
 * can use them too. Every collection is filled by the archive's one loader
 * (src/lib/content/loader/archive-loader.ts), which reads every file once,
 * runs every check (the schemas and the checks that span collections) and
 * stores each article with its rendered HTML.
 */
import { defineCollection } from 'astro:content';
import { articleSchema } from './schemas/article.ts';
import { entitySchema } from './schemas/entity.ts';
import { eventSchema } from './schemas/event.ts';
import { figureSchema } from './schemas/figure.ts';
import { topicSchema } from './schemas/topic.ts';
import { archiveLoader } from './lib/content/loader/archive-loader.ts';

// The schemas here give the collections their types; the loader has validated every entry with them already.
export const collections = {
  articles: defineCollection({ loader: archiveLoader('articles'), schema: articleSchema }),
  topics: defineCollection({ loader: archiveLoader('topics'), schema: topicSchema }),
  entities: defineCollection({ loader: archiveLoader('entities'), schema: entitySchema }),
  events: defineCollection({ loader: archiveLoader('events'), schema: eventSchema }),
  figures: defineCollection({ loader: archiveLoader('figures'), schema: figureSchema }),
};
