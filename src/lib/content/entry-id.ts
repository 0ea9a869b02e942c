/**
 * The rule that turns a content file's name into its entry id, shared by the
 * content collections (`src/content.config.ts`) and the loader that reads
 * content straight from disk (`src/lib/content/archive-from-disk.ts`), so the two can
 * never disagree about which id a file has.
 */

/** The extensions of content files: Markdown articles and YAML data entries. */
const CONTENT_EXTENSION = /\.(md|ya?ml)$/;

/**
 * An entry's id is its file name without the extension, and nothing else:
 * "2019-10-16-el-mundo-ayn-issa-escape.md" → "2019-10-16-el-mundo-ayn-issa-escape".
 * Astro's default would let a `slug` field in front matter override it, so
 * two files could silently claim one id and one of them would be lost.
 * A path keeps its folders ("sub/x.md" → "sub/x"), as Astro's glob loader passes them.
 */
export function idFromFileName(fileName: string): string {
  return fileName.replace(CONTENT_EXTENSION, '');
}
