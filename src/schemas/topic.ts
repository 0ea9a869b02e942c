import { z } from 'astro/zod';
import { plainText } from './shared.ts';

/** A subject articles are filed under, one YAML file per topic in `content/topics/`. */
export const topicSchema = z.strictObject({
  /** The topic's name as shown in headings and lists, e.g. "Turkey's October 2019 offensive". */
  name: plainText,
  /** One or two sentences, in the archive's words, saying what the topic covers. */
  description: plainText,
  /**
   * Names the topic had before it was renamed. Search links that filter by
   * an old name (`/search/?topic=…`) keep working: the search page reads
   * them as the current name.
   */
  formerNames: z.array(plainText).optional(),
});

/** A topic's data after validation. */
export type Topic = z.infer<typeof topicSchema>;
