import { z } from 'astro/zod';
import { comparePartialDates } from '../lib/core/dates.ts';
import { entryId, entryIdList, partialDate, plainText } from './shared.ts';

/** Where an event is drawn from: one paragraph of one archived article. */
const eventSourceSchema = z.strictObject({
  /** The id of the article (its file name in `content/articles/`, without `.md`). */
  article: entryId,
  /** The 1-based number of the paragraph in that article's body (its anchor is `#p-n`). */
  paragraph: z.number().int().positive(),
  /** Words the paragraph contains, exactly as published, that support the event. Checked at build. */
  quote: z.string().min(1),
});

/**
 * A dated happening for the timeline, one YAML file per event in
 * `content/events/`. Every event is traced to the sentences it comes from.
 */
export const eventSchema = z
  .strictObject({
    /** One line, in the archive's words, saying what happened. */
    title: plainText,
    /** When it happened (or began), at the precision known: "2019", "2019-10" or "2019-10-13". */
    date: partialDate,
    /** When it ended, for events that span time ("2010" to "2013"); omitted for single dates. */
    endDate: partialDate.optional(),
    /**
     * How the date was arrived at, in the archive's words, where it is not
     * printed in the source: e.g. "'last Sunday' in an article published 16 October 2019".
     */
    dateBasis: plainText.optional(),
    /** True when the date is uncertain or approximate; the page then says so. */
    approximate: z.boolean().default(false),
    /** Ids of the places where it happened (entities of kind place). */
    places: entryIdList,
    /** Ids of the people and organisations involved. */
    actors: entryIdList,
    /** Ids of the topics it belongs to. */
    topics: entryIdList,
    /** The article paragraphs it is drawn from; at least one. */
    sources: z.array(eventSourceSchema).min(1, 'an event needs at least one source paragraph'),
  })
  .superRefine((event, ctx) => {
    // A span that ends before it begins would be published as "13 October 2019–2010".
    if (event.endDate && comparePartialDates(event.endDate, event.date) < 0) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: `endDate (${event.endDate.iso}) is before date (${event.date.iso})` });
    }
  });

/** An event's data after validation. */
export type ArchiveEvent = z.infer<typeof eventSchema>;
