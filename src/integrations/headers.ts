/**
 * Writes `_headers` (Netlify, Cloudflare Pages) at the end of the build, with
 * the Content-Security-Policy taken from the built pages themselves, so the
 * header and the <meta> tag cannot drift apart. Every page must carry the same
 * policy; if one does not, the build fails naming it.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspFromHtml, renderHeadersFile } from '../lib/headers.ts';

/** Every .html file under a folder. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name)).sort();
}

/** Astro integration that writes `<outDir>/_headers`. */
export default function headersFile(): AstroIntegration {
  let base = '/';
  return {
    name: 'archive:headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        let policy: string | null = null;
        for (const file of await htmlFiles(siteDir)) {
          const pagePolicy = cspFromHtml(await readFile(file, 'utf8'));
          const name = relative(siteDir, file);
          if (!pagePolicy) throw new Error(`${name} has no Content-Security-Policy <meta> tag`);
          policy ??= pagePolicy;
          if (pagePolicy !== policy) throw new Error(`${name} has a Content-Security-Policy unlike the other pages':\n  ${pagePolicy}\n  ${policy}`);
        }
        if (!policy) throw new Error('no pages were built, so there is no policy for _headers');
        await writeFile(join(siteDir, '_headers'), renderHeadersFile(policy, base));
        logger.info('wrote _headers');
      },
    },
  };
}
