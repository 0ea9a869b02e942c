/**
 * Where the archive's content lives: `content/` at the project root, unless
 * ARCHIVE_CONTENT_DIR names another folder (the build tests point it at
 * broken fixtures; a second archive could use it too).
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return (env.ARCHIVE_CONTENT_DIR ?? './content').replace(/\/+$/, '');
}
