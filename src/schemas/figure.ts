import { z } from 'astro/zod';
import { comparePartialDates } from '../lib/core/dates.ts';
import { entryId, entryIdList, partialDate, plainText } from './shared.ts';

/**
 * A number as the archive reads the words that give it: the least and the
 * most the words allow, and whether they hedge. The normalised form never
 * says more than the words do: a bound the words do not set is left out, and
 * vague words are read by the fixed rules in `READINGS` (src/lib/content/quantities.ts),
 * which the figures page shows to readers. In short:
 *
 *   "859", "two"                    → 859             (min = max)
 *   "some 62,000", "about 30 km",
 *   "It is estimated … 12,000"      → { min: 62000, max: 62000, approximate: true }
 *   "over 75,000", "well over N"    → { min: 75000 }  (no ceiling; "well" adds no number)
 *   "up to N", "fewer than N"       → { max: N }      (no floor)
 *   "hundreds", "thousands",
 *   "several thousands"             → { min: 200 } / { min: 2000 } (the plural rules out one;
 *                                                      "several" gets no number of its own)
 *   "Tens of thousands"             → { min: 20000 }
 *   "between X and Y"               → from X's floor to Y's ceiling
 *
 * Bounds are inclusive: "over 75,000" is read as at least 75,000, a weaker
 * statement than the words, never a stronger one. A bare number is shorthand
 * for an exact value.
 */
const quantitySchema = z.preprocess(
  (value) => (typeof value === 'number' ? { min: value, max: value } : value),
  z
    .strictObject({
      /** The least the words allow; omitted when they set no floor ("up to 300"). */
      min: z.number().optional(),
      /** The most the words allow; omitted when they set no ceiling ("over 75,000", "hundreds"). */
      max: z.number().optional(),
      /** True when the words hedge ("about", "some", "estimated"): the source gives an estimate, not a count. */
      approximate: z.boolean().default(false),
    })
    .superRefine((quantity, ctx) => {
      if (quantity.min === undefined && quantity.max === undefined) {
        ctx.addIssue({
          code: 'custom',
          message:
            'give min, max or both (or a bare number for an exact value); words that give no number at all ("huge numbers") are not recorded as figures',
        });
      } else if (quantity.min !== undefined && quantity.max !== undefined && quantity.min > quantity.max) {
        ctx.addIssue({ code: 'custom', path: ['max'], message: `max (${quantity.max}) is below min (${quantity.min})` });
      }
    }),
);

/** Who the article says gave a number. */
const attributionSchema = z.strictObject({
  /**
   * The attribution word for word as the cited paragraph gives it, e.g.
   * "Yalal Ayaf, head of the Ayn Isa camp" or "organizations such as War
   * Child UK". Checked at build against the paragraph.
   */
  words: z.string().min(1),
  /** The id of that person or organisation in `content/entities/`, when the archive has one. */
  entity: entryId.optional(),
});

/** The paragraph a claim is taken from. */
const claimSourceSchema = z.strictObject({
  /** The id of the article (its file name in `content/articles/`, without `.md`). */
  article: entryId,
  /** The 1-based number of the paragraph in that article's body (its anchor is `#p-n`). */
  paragraph: z.number().int().positive(),
});

/** One source's statement of a quantity: the words, how they are read, who gave them, when and where. */
const claimSchema = z
  .strictObject({
    /**
     * The number word for word as the paragraph gives it, hedges included and
     * the counted noun left out: "859", "over 75,000", "some 62,000",
     * "Tens of thousands". Checked at build: the paragraph must contain it as
     * whole words.
     */
    value: z.string().min(1),
    /** The number the words give, read as `quantitySchema` describes. */
    normalised: quantitySchema,
    /** Who the article says gave the number; omitted when the article states it in its own voice (shown as unattributed). */
    saidBy: attributionSchema.optional(),
    /**
     * The date (or first date of a span) at the precision known: the date the
     * number describes, or, for a number tied to no time such as a distance,
     * the date it was published. `dateKind` says which.
     */
    date: partialDate,
    /** The last date of a span the number covers ("2013" for "in 2012 and 2013"); omitted for a single date. */
    endDate: partialDate.optional(),
    /**
     * What `date` is: "as-of" when it is the date the number describes (the
     * day of an escape, the month a camp held so many); "stated" when the
     * number describes no particular time and the date is when the article
     * stated it.
     */
    dateKind: z.enum(['as-of', 'stated']),
    /** How the date was arrived at where the paragraph does not print it, in the archive's words. */
    dateBasis: plainText.optional(),
    /** The paragraph the claim is taken from. */
    source: claimSourceSchema,
    /** What a reader needs to weigh the claim (whose estimate it is, translation slips), in the archive's words. */
    note: plainText.optional(),
  })
  .superRefine((claim, ctx) => {
    if (claim.endDate && comparePartialDates(claim.endDate, claim.date) < 0) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: `endDate (${claim.endDate.iso}) is before date (${claim.date.iso})` });
    }
  });

/**
 * One quantity the articles give numbers for, one YAML file per quantity in
 * `content/figures/`, e.g. "People who escaped from the Ayn Issa camp,
 * 13 October 2019". Every source's number for it is a claim, so where the
 * sources disagree the claims stand side by side.
 */
export const figureSchema = z.strictObject({
  /** What is counted or measured, in the archive's words, with its place and time: shown as the heading. */
  label: plainText,
  /** What the numbers count or measure, as a column heading shows it: "people", "km". */
  unit: plainText,
  /** What the quantity covers and how the sources' wording differs, in the archive's words. */
  description: plainText.optional(),
  /** Ids of the people, places and organisations the quantity is about (files in `content/entities/`). */
  entities: entryIdList,
  /** Ids of the topics it belongs to (files in `content/topics/`). */
  topics: entryIdList,
  /** Every number the articles give for it, each traced to its paragraph; at least one. */
  claims: z.array(claimSchema).min(1, 'a figure needs at least one claim'),
});

/** A figure's data after validation. */
export type Figure = z.infer<typeof figureSchema>;

/** One claim of a figure after validation. */
type FigureClaim = Figure['claims'][number];

/** A normalised number after validation. */
export type Quantity = FigureClaim['normalised'];
