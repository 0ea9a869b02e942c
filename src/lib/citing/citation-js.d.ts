/**
 * The parts of citation-js the archive uses (the packages ship no types):
 * a Cite built from CSL-JSON items or from a BibTeX or RIS text, its data
 * as CSL-JSON, and its output in a registered format.
 */
declare module '@citation-js/core' {
  /** A set of bibliographic items, held as CSL-JSON. */
  export class Cite {
    constructor(data: unknown);
    /** The items as CSL-JSON. */
    data: Record<string, unknown>[];
    /** The items in a registered output format ("bibtex", "ris", "data"), with that format's options. */
    format(format: string, options?: Record<string, unknown>): unknown;
  }
  /** The plugin registry: input parsing one step at a time, and each plugin's settings. */
  export const plugins: { input: { chainLink(data: unknown): unknown }; config: { get(plugin: string): unknown } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
