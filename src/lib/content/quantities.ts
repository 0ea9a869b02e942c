/**
 * Numbers as the sources give them, read honestly. Sources rarely count:
 * they say "some 62,000", "over 75,000", "Tens of thousands". The archive
 * keeps those words and, beside them, a normalised quantity (the least and
 * the most the words allow, and whether they hedge; see
 * src/schemas/figure.ts). This module says how vague words are read, puts a
 * normalised quantity back into words, and measures how far apart the claims
 * about one quantity are, without claiming more than the words do.
 */
import type { Quantity } from '../../schemas/figure.ts';

/** One rule for reading a kind of wording, as the figures page shows it. */
export interface Reading {
  /** The kind of wording, with examples from the sources. */
  words: string;
  /** How the archive records it. */
  readAs: string;
  /** Why, when it is not obvious. */
  why?: string;
}

/**
 * How the archive reads each kind of wording. Every rule gives the weakest
 * reading the words allow, so a normalised number never claims more
 * precision than the source.
 */
export const READINGS: readonly Reading[] = [
  { words: 'A number: "859", "12,000", "two"', readAs: 'exactly that number' },
  {
    words: 'A hedged number: "about 30 km", "some 62,000", "It is estimated that there are 12,000"',
    readAs: 'that number, marked as an estimate',
  },
  {
    words: 'A floor: "over 75,000", "well over ten thousand"',
    readAs: 'at least that number, with no ceiling',
    why: '"over" is read as "at least", which says less than the words, never more; "well" adds no number of its own.',
  },
  { words: 'A ceiling: "up to 300", "fewer than 50"', readAs: 'at most that number, with no floor' },
  {
    words: 'A plural of a round number: "hundreds", "thousands", "several thousands", "Tens of thousands"',
    readAs: 'at least two of it (200, 2,000, 20,000), with no ceiling',
    why: 'The plural rules out one hundred or one thousand. "Several" is given no number of its own, and no ceiling is read into the word, though a writer would usually say "thousands" before "hundreds" ran past a thousand.',
  },
  {
    words: 'A range: "between several thousands and well over ten thousand"',
    readAs: "from the first end's floor to the second end's ceiling",
    why: 'Here that is at least 2,000, with no ceiling.',
  },
  {
    words: 'Any other wording: "1e9", "huge numbers"',
    readAs: 'not recorded as a figure',
    why: 'A number the rules cannot read from its words cannot be checked against them, so the archive refuses the claim rather than trust it.',
  },
];

/** Formats a number for readers in British style: "12,000", "2.5". Never rounds a source's number. */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 20 });
}

/** A normalised quantity in words: "859", "about 62,000", "at least 75,000", "2,000 to 10,000". */
export function describeQuantity(quantity: Quantity): string {
  const { min, max, approximate } = quantity;
  if (min !== undefined && max !== undefined) {
    if (min === max) return approximate ? `about ${formatNumber(min)}` : formatNumber(min);
    return `${approximate ? 'about ' : ''}${formatNumber(min)} to ${formatNumber(max)}`;
  }
  if (min !== undefined) return approximate ? `about ${formatNumber(min)} or more` : `at least ${formatNumber(min)}`;
  if (max !== undefined) return approximate ? `up to about ${formatNumber(max)}` : `at most ${formatNumber(max)}`;
  throw new RangeError('A quantity needs min, max or both');
}

/** The values every claim allows at once; a missing bound is open. */
interface CommonRange {
  /** The highest floor of all the claims; absent when none sets one. */
  min?: number;
  /** The lowest ceiling of all the claims; absent when none sets one. */
  max?: number;
}

/** How far apart the claims about one quantity are. */
export interface Comparison {
  /** How many claims were compared. */
  count: number;
  /** The lowest number any claim is read as (its floor, or its ceiling when it has no floor). */
  lowest: number;
  /** The highest number any claim is read as (its ceiling, or its floor when it has no ceiling). */
  highest: number;
  /** How many claims set no ceiling, and so allow numbers above `highest`. */
  openAbove: number;
  /** How many claims set no floor, and so allow numbers below `lowest`. */
  openBelow: number;
  /** True when every claim reads as the same range: the sources agree. */
  same: boolean;
  /** The numbers every claim allows; null when the claims cannot all be true at once. */
  common: CommonRange | null;
  /** When the claims cannot all be true: the lowest ceiling among them and the highest floor, the closest they come. */
  gap: { ceiling: number; floor: number } | null;
  /** True when any claim is an estimate. */
  approximate: boolean;
}

/** Compares the normalised claims about one quantity; needs at least one claim. */
export function compareQuantities(quantities: readonly Quantity[]): Comparison {
  if (quantities.length === 0) throw new RangeError('Nothing to compare: no claims');
  const named = quantities.map((quantity) => ({ low: quantity.min ?? quantity.max!, high: quantity.max ?? quantity.min! }));
  const floor = Math.max(...quantities.map((quantity) => quantity.min ?? -Infinity));
  const ceiling = Math.min(...quantities.map((quantity) => quantity.max ?? Infinity));
  const first = quantities[0]!;
  const compatible = floor <= ceiling;
  return {
    count: quantities.length,
    lowest: Math.min(...named.map((range) => range.low)),
    highest: Math.max(...named.map((range) => range.high)),
    openAbove: quantities.filter((quantity) => quantity.max === undefined).length,
    openBelow: quantities.filter((quantity) => quantity.min === undefined).length,
    same: quantities.every((quantity) => quantity.min === first.min && quantity.max === first.max),
    common: compatible
      ? { ...(Number.isFinite(floor) ? { min: floor } : {}), ...(Number.isFinite(ceiling) ? { max: ceiling } : {}) }
      : null,
    gap: compatible ? null : { ceiling, floor },
    approximate: quantities.some((quantity) => quantity.approximate),
  };
}

/** How much larger `high` is than `low`, in words: "6 times the lowest (500% more)" or "12% more". Null when `low` is not positive. */
export function howMuchMore(low: number, high: number): { times: string | null; percent: string } | null {
  if (low <= 0) return null;
  const ratio = high / low;
  const percent = (ratio - 1) * 100;
  // Whole percentages read best; below 10% two significant digits keep 859 against 860 from reading as "0%".
  const shownPercent = percent >= 10 ? Math.round(percent) : Number(percent.toPrecision(2));
  return {
    times: ratio >= 2 ? formatNumber(ratio >= 10 ? Math.round(ratio) : Number(ratio.toFixed(1))) : null,
    percent: `${formatNumber(shownPercent)}%`,
  };
}

/** "One claim sets" / "2 claims set", for sentences about open bounds. */
function claimsSet(count: number): string {
  return count === 1 ? 'One claim sets' : `${count} claims set`;
}

/** The numbers every claim allows, in words: "12,000", "75,000 or more", "any number from 10 to 20". */
function describeCommon(common: CommonRange): string {
  const { min, max } = common;
  if (min !== undefined && max !== undefined) {
    return min === max ? formatNumber(min) : `any number from ${formatNumber(min)} to ${formatNumber(max)}`;
  }
  if (min !== undefined) return `${formatNumber(min)} or more`;
  if (max !== undefined) return `${formatNumber(max)} or less`;
  return 'any number';
}

/**
 * The comparison in plain sentences for the figures page: the range the
 * claims are read as and how many times the lowest the highest is, which
 * claims leave an end open (so that range is not the whole story), and
 * whether the claims can all be true at once or, if not, how far apart the
 * closest of them are.
 */
export function describeComparison(comparison: Comparison, unit: string): string {
  if (comparison.count === 1) return 'Only one claim: there is nothing to compare it with.';
  if (comparison.same) {
    // Claims that read as one range share it as their common range too.
    const { min, max } = comparison.common!;
    return `The claims agree: ${describeQuantity({ min, max, approximate: comparison.approximate })} ${unit}.`;
  }
  const sentences: string[] = [];
  const spread = howMuchMore(comparison.lowest, comparison.highest);
  const range = `Read as numbers, the claims run from ${formatNumber(comparison.lowest)} to ${formatNumber(comparison.highest)} ${unit}`;
  if (!spread) sentences.push(`${range}.`);
  else if (spread.times) sentences.push(`${range}: the highest is ${spread.times} times the lowest (${spread.percent} more).`);
  else sentences.push(`${range}: the highest is ${spread.percent} more than the lowest.`);
  if (comparison.openAbove > 0) sentences.push(`${claimsSet(comparison.openAbove)} no upper limit.`);
  if (comparison.openBelow > 0) sentences.push(`${claimsSet(comparison.openBelow)} no lower limit.`);
  if (comparison.common) {
    sentences.push(`The claims can all be true at once: every one of them allows ${describeCommon(comparison.common)}.`);
  } else {
    const { ceiling, floor } = comparison.gap!;
    const apart = howMuchMore(ceiling, floor);
    sentences.push(
      `As stated, the claims cannot all be true at once: one allows at most ${formatNumber(ceiling)}, another at least ${formatNumber(floor)}` +
        (apart ? ` (${apart.percent} more).` : '.'),
    );
    if (comparison.approximate) sentences.push('Some of them are estimates, so the real gap may be smaller.');
  }
  return sentences.join(' ');
}

/**
 * What the claims about one quantity say, in a few words with the unit, for
 * the figures page's summary: the one value when they agree ("859 people",
 * "at least 75,000 people"), else the range from the lowest to the highest
 * number they are read as, saying when some claim leaves an end open
 * ("2,000 to 10,000 people, some say more").
 */
export function summariseClaims(quantities: readonly Quantity[], unit: string): string {
  const comparison = compareQuantities(quantities);
  if (comparison.same) return `${describeQuantity(quantities[0]!)} ${unit}`;
  const open = [comparison.openBelow > 0 && 'some say fewer', comparison.openAbove > 0 && 'some say more'].filter(Boolean).join(', ');
  const range = `${comparison.approximate ? 'about ' : ''}${formatNumber(comparison.lowest)} to ${formatNumber(comparison.highest)} ${unit}`;
  return open ? `${range}, ${open}` : range;
}

/** Number words and their values, for reading words such as "two" or "ten thousand". */
const UNITS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Words that multiply what comes before them. */
const MULTIPLIERS: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000, million: 1_000_000 };
/** Plurals of round numbers, read as at least two of them ("hundreds" → 200), per READINGS. */
const PLURALS: Readonly<Record<string, number>> = { dozens: 12, tens: 10, hundreds: 100, thousands: 1000, millions: 1_000_000 };

/** Words that hedge: the number is an estimate. */
const HEDGES = ['it is estimated that there are', 'it is estimated that there were', 'it is estimated that', 'an estimated', 'estimated', 'approximately', 'roughly', 'around', 'about', 'some'];
/** Words that set a floor and no ceiling ("well" adds no number of its own). */
const FLOORS = ['well over', 'well above', 'more than', 'upwards of', 'at least', 'over', 'above'];
/** Words that set a ceiling and no floor. */
const CEILINGS = ['no more than', 'fewer than', 'less than', 'at most', 'up to'];

/** A number in digits ("12,000", "859", "2.5") or words ("two", "ten thousand"), or null. */
function readExact(words: string): number | null {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(words)) return Number(words.replaceAll(',', ''));
  let total = 0;
  let current = 0;
  let any = false;
  for (const word of words.split(/[ -]+/)) {
    if (word === 'and' && any) continue;
    if (UNITS[word] !== undefined) current += UNITS[word]!;
    else if (MULTIPLIERS[word] !== undefined) {
      current = (current || 1) * MULTIPLIERS[word]!;
      if (MULTIPLIERS[word]! >= 1000) {
        total += current;
        current = 0;
      }
    } else return null;
    any = true;
  }
  return any ? total + current : null;
}

/** A plural of a round number ("thousands", "tens of thousands", "several hundred"), as its least reading. */
function readPlural(words: string): number | null {
  const parts = words.replace(/^several /, '').split(' of ');
  let value = 1;
  for (const [index, part] of parts.entries()) {
    const plural = PLURALS[part] ?? (index === 0 && words.startsWith('several ') ? MULTIPLIERS[part] : undefined);
    if (plural === undefined) return null;
    value *= plural;
  }
  // The plural rules out one of the first word's unit: at least two of it.
  return 2 * value;
}

/** An amount without hedges or bounds: exact ({ min = max }) or a plural's floor ({ min }). */
function readAmount(words: string): { min?: number; max?: number } | null {
  const exact = readExact(words);
  if (exact !== null) return { min: exact, max: exact };
  const plural = readPlural(words);
  return plural === null ? null : { min: plural };
}

/** `words` without the first of `prefixes` it starts with, and whether one was there. */
function strip(words: string, prefixes: readonly string[]): [string, boolean] {
  const prefix = prefixes.find((candidate) => words.startsWith(`${candidate} `));
  return prefix ? [words.slice(prefix.length + 1), true] : [words, false];
}

/**
 * Reads a claim's words by the rules in {@link READINGS}: "859" → 859,
 * "some 62,000" → about 62,000, "over 75,000" → at least 75,000, "up to 300"
 * → at most 300, "Tens of thousands" → at least 20,000, "between X and Y" →
 * X's floor to Y's ceiling; a unit after the number ("about 30 km") is
 * left out. Null for wording these rules do not cover, which the archive
 * then cannot check.
 */
export function readQuantity(value: string): Quantity | null {
  const words = value.toLowerCase().replace(/\s+/g, ' ').trim().replace(/[.,;:]$/, '');
  const between = /^between (.+) and (.+)$/.exec(words);
  if (between) {
    const low = readQuantity(between[1]!);
    const high = readQuantity(between[2]!);
    if (!low || !high) return null;
    return { ...(low.min !== undefined && { min: low.min }), ...(high.max !== undefined && { max: high.max }), approximate: low.approximate || high.approximate };
  }
  const [unhedged, approximate] = strip(words, HEDGES);
  const [floorless, floor] = strip(unhedged, FLOORS);
  const [bare, ceiling] = strip(floorless, CEILINGS);
  // A unit after the number ("30 km", "12,000 people") says what is counted, not how many.
  const amount = readAmount(bare) ?? (bare.includes(' ') ? readAmount(bare.slice(0, bare.lastIndexOf(' '))) : null);
  if (!amount || (floor && ceiling)) return null;
  if (floor) return { min: amount.min!, approximate };
  if (ceiling) return { max: amount.max ?? amount.min!, approximate };
  return { ...amount, approximate };
}

/**
 * Whether a normalised quantity is what the words read as: the same floor
 * and the same ceiling, and hedged if the words hedge. It may be hedged when
 * the words alone are not, as the hedge can stand before them in the
 * paragraph ("It is estimated that there are 12,000").
 */
export function matchesWords(normalised: Quantity, read: Quantity): boolean {
  return normalised.min === read.min && normalised.max === read.max && (normalised.approximate || !read.approximate);
}
