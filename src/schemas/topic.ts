import { z } from 'astro/zod';

/** A subject articles are filed under, one YAML file per topic in `content/topics/`. */
export const topicSchema = z.strictObject({
  /** The topic's name as shown in headings and lists, e.g. "Turkey's October 2019 offensive". */
  name: z.string().min(1),
  /** One or two sentences, in the archive's words, saying what the topic covers. */
  description: z.string().min(1),
});

/** A topic's data after validation. */
export type Topic = z.infer<typeof topicSchema>;
