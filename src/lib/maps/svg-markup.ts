/**
 * Small helpers for writing SVG markup as strings at build time, shared by the
 * maps and the timeline chart (text in it is escaped by src/lib/core/escapes.ts). Output must be byte-identical for identical
 * input, so numbers are always written through {@link svgNumber}.
 */

/**
 * Writes a coordinate or length for SVG markup with at most `digits` decimals and no redundant characters
 * ("12", "12.5", "-0.5" becomes "-.5"), so markup stays small and stable.
 */
export function svgNumber(value: number, digits = 1): string {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  // Avoid "-0", which is legal but differs textually from "0".
  if (Object.is(rounded, -0) || rounded === 0) return '0';
  return String(rounded).replace(/^(-?)0\./, '$1.');
}
