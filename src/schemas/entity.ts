import { z } from 'astro/zod';
import { compatibilityFormsProblem } from '../lib/core/plain-text.ts';
import { plainText } from './shared.ts';

/**
 * A name or alias: plain text with at least one letter or digit, as names
 * are matched by their words ("—" or "..." would match nothing, or
 * everything), in ordinary letters: a fullwidth or mathematical "Ｈｏｌ"
 * would sit beside al-Hol as another name that looks the same.
 */
const nameText = plainText
  .refine((text) => /[\p{L}\p{N}]/u.test(text), 'a name needs at least one letter or digit; punctuation alone names nothing')
  .refine((text) => !compatibilityFormsProblem(text), { error: (issue) => compatibilityFormsProblem(String(issue.input)) ?? '' });

/** A point on the map in WGS84 degrees. */
const coordinatesSchema = z.strictObject({
  /** Latitude in degrees, north positive. */
  lat: z.number().min(-90).max(90),
  /** Longitude in degrees, east positive. */
  lon: z.number().min(-180).max(180),
});

/**
 * The kinds of entity the archive records. The one list of them: the
 * `EntityKind` type comes from it, and `src/lib/content/entity-kinds.ts` gives each
 * its URL segment and labels.
 */
export const entityKindSchema = z.enum(['person', 'place', 'organisation']);

/** "person", "place" or "organisation". */
export type EntityKind = z.infer<typeof entityKindSchema>;

/**
 * A person, place or organisation the articles mention, one YAML file per
 * entity in `content/entities/`. The aliases make it findable in any spelling.
 */
export const entitySchema = z
  .strictObject({
    /** What the entity is; decides its URL (/people/, /places/, /organisations/) and whether it needs coordinates. */
    kind: entityKindSchema,
    /** The canonical name the archive uses in headings, e.g. "al-Hol camp". */
    name: nameText,
    /**
     * Every other spelling: those the sources use (they are how mentions are
     * found in the text) and those readers type ("al-Hawl", "Daesh", "ISIS").
     * Aliases written wholly in capitals ("IS", "SDS") match case-sensitively.
     * A common word ("camp", "the") is refused, as it would claim unrelated
     * articles (src/lib/content/checks/common-aliases.ts).
     */
    aliases: z.array(nameText).default([]),
    /** One line, in the archive's words, saying who or what this is. */
    description: plainText,
    /** Approximate position; required for places, absent for people and organisations. */
    coordinates: coordinatesSchema.optional(),
    /**
     * The country a place lies in, by its Natural Earth name as the world
     * atlas spells it ("Syria", "Turkey", "Iraq"); required for places, whose
     * coordinates are checked to fall inside it.
     */
    country: plainText.optional(),
  })
  .superRefine((entity, ctx) => {
    if (entity.kind === 'place' && !entity.coordinates) {
      ctx.addIssue({ code: 'custom', path: ['coordinates'], message: 'a place needs coordinates: { lat, lon }' });
    }
    if (entity.kind === 'place' && !entity.country) {
      ctx.addIssue({ code: 'custom', path: ['country'], message: 'a place needs its country, e.g. country: Syria' });
    }
    if (entity.kind !== 'place' && entity.country) {
      ctx.addIssue({ code: 'custom', path: ['country'], message: `only places have a country, not a ${entity.kind}` });
    }
    if (entity.kind !== 'place' && entity.coordinates) {
      ctx.addIssue({ code: 'custom', path: ['coordinates'], message: `only places have coordinates, not a ${entity.kind}` });
    }
  });

/** An entity's data after validation. */
export type Entity = z.infer<typeof entitySchema>;
