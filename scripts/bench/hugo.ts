/**
 * The reference the archive's build time is compared with: Hugo rendering
 * the same Markdown articles with a bare layout, then the Pagefind CLI
 * indexing Hugo's output. It is the least a static site with search can do
 * with this corpus; the archive does more (entity, topic and event pages,
 * maps, integrity checks), and the ratio says what that costs.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../harness/build.ts';
import { runMeasured, tail } from './measure.ts';

/** Time and memory of Hugo and of Pagefind on its output. */
export interface HugoFigures {
  version: string;
  hugoMs: number;
  pagefindMs: number;
  /** CPU time of Hugo and Pagefind together, or null without GNU time. */
  cpuMs: number | null;
  pagesIndexed: number;
  peakRssBytes: number;
}

/** Hugo's version line, or null when Hugo is not installed. */
export function hugoVersion(): string | null {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** How to get Hugo, printed when it is missing. */
export const HUGO_INSTALL_HINT = 'Hugo is not installed, so the Hugo + Pagefind reference is skipped. On Debian: apt-get install -y hugo';

/**
 * Hugo's configuration. The articles' `published` field is one of Hugo's
 * own names for the publication date, and a month-only date ("2019-10")
 * would stop Hugo, so the date fields are mapped to names the archive does
 * not use. Taxonomies, feeds and the sitemap are off: the layout is bare.
 */
const CONFIG = `baseURL = "http://127.0.0.1/"
languageCode = "en"
title = "Archive reference"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[frontmatter]
  date = ["date"]
  publishDate = ["publishDate"]
  lastmod = ["lastmod"]
  expiryDate = ["expiryDate"]
`;

/** Templates: a page per article with its headline and text, and list pages of links. */
const LAYOUTS: Record<string, string> = {
  '_default/single.html':
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Params.headline }}</title></head>' +
    '<body><main><h1>{{ .Params.headline }}</h1>{{ .Content }}</main></body></html>\n',
  '_default/list.html':
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>' +
    '<body><main><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Params.headline }}</a></li>{{ end }}</ul></main></body></html>\n',
  'index.html':
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Site.Title }}</title></head>' +
    '<body><main><ul>{{ range .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Params.headline }}</a></li>{{ end }}</ul></main></body></html>\n',
};

/** Writes a Hugo site into `siteDir` around a copy of the articles in `articlesDir`. */
function writeHugoSite(siteDir: string, articlesDir: string): void {
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(siteDir, { recursive: true });
  writeFileSync(join(siteDir, 'hugo.toml'), CONFIG);
  for (const [path, template] of Object.entries(LAYOUTS)) {
    mkdirSync(join(siteDir, 'layouts', path, '..'), { recursive: true });
    writeFileSync(join(siteDir, 'layouts', path), template);
  }
  cpSync(articlesDir, join(siteDir, 'content/articles'), { recursive: true });
}

/** Builds the reference site in `siteDir` from the articles in `articlesDir`, timing Hugo and Pagefind separately. */
export async function measureHugoAndPagefind(siteDir: string, articlesDir: string, version: string): Promise<HugoFigures> {
  writeHugoSite(siteDir, articlesDir);
  const env = { ...process.env };
  const hugo = await runMeasured('hugo', ['--quiet', '--cacheDir', join(siteDir, '.cache'), '--destination', 'public'], {
    cwd: siteDir,
    env,
  });
  if (hugo.status !== 0) throw new Error(`Hugo failed:\n${tail(hugo)}`);
  // The CLI from node_modules, the same Pagefind version the archive's integration uses.
  const pagefindCli = realpathSync(join(ROOT, 'node_modules/.bin/pagefind'));
  const pagefind = await runMeasured(process.execPath, [pagefindCli, '--site', 'public'], { cwd: siteDir, env });
  if (pagefind.status !== 0) throw new Error(`Pagefind failed on Hugo's output:\n${tail(pagefind)}`);
  const indexed = pagefind.lines.map((line) => /Indexed (\d+) pages?/.exec(line.text)).find(Boolean);
  return {
    version,
    hugoMs: hugo.wallMs,
    pagefindMs: pagefind.wallMs,
    cpuMs: hugo.cpuMs === null || pagefind.cpuMs === null ? null : hugo.cpuMs + pagefind.cpuMs,
    pagesIndexed: Number(indexed?.[1] ?? 0),
    peakRssBytes: Math.max(hugo.peakTreeRssBytes, pagefind.peakTreeRssBytes),
  };
}
