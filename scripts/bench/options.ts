/** The benchmark's command-line values that need more checking than parseArgs gives. */

/**
 * Reads `--sizes`: positive whole numbers separated by commas, written out
 * in digits ("1000,10000"). Anything else ("0", "-5", "1.5", "1e4", "",
 * "10k") stops the run before anything is generated, naming the bad value.
 */
export function parseSizes(text: string): number[] {
  const parts = text.split(',').map((part) => part.trim());
  const bad = parts.find((part) => !/^\d+$/.test(part) || Number(part) < 1);
  if (bad !== undefined)
    throw new Error(`--sizes takes positive whole numbers separated by commas, e.g. 1000,10000; "${bad}" is not one (got "${text}")`);
  return [...new Set(parts.map(Number))].sort((a, b) => a - b);
}
