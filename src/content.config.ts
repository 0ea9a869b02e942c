/**
 * The archive's content collections. The data lives in `content/` at the
 * project root (or in ARCHIVE_CONTENT_DIR, which the tests point at fixtures);
 * the schemas live in `src/schemas/`, one per collection, so plain TypeScript
 * can use them too. Checks that span collections (references, citations,
 * duplicate URLs, unsafe markup, figures' quoted values) run in
 * `src/lib/pages/archive.ts`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { entitySchema } from './schemas/entity.ts';
import { eventSchema } from './schemas/event.ts';
import { figureSchema } from './schemas/figure.ts';
import { topicSchema } from './schemas/topic.ts';
import { idFromFileName } from './lib/content/entry-id.ts';
import { settings } from './settings.ts';

const loaderFor = (folder: string, pattern: string) =>
  glob({ base: `${settings().contentDir}/${folder}`, pattern, generateId: ({ entry }) => idFromFileName(entry) });

export const collections = {
  articles: defineCollection({ loader: loaderFor('articles', '*.md'), schema: articleSchema }),
  topics: defineCollection({ loader: loaderFor('topics', '*.yaml'), schema: topicSchema }),
  entities: defineCollection({ loader: loaderFor('entities', '*.yaml'), schema: entitySchema }),
  events: defineCollection({ loader: loaderFor('events', '*.yaml'), schema: eventSchema }),
  figures: defineCollection({ loader: loaderFor('figures', '*.yaml'), schema: figureSchema }),
};
