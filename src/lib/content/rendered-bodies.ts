/**
 * Article bodies rendered to HTML before Astro starts, kept in the build's
 * cache folder, one file a body: the build's parsing workers render each
 * body in the same pass that derives its facts (one parse), and Astro's
 * content layer takes the HTML from here instead of parsing the body again
 * (src/markdown/cached-processor.ts). A body's file is named by a hash of
 * the body and of everything else its HTML depends on (the rendering code
 * and the base path), so a file found is always the HTML the current code
 * renders; anything else is rendered by Astro as before.
 */
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Raised when the files' layout changes, so no build reads files of another layout. */
const RENDERED_FORMAT = 1;

/** What a body renders to: Astro's HTML and the headings Astro collected from it. */
export interface RenderedBody {
  /** The body's HTML, as Astro's Markdown processor returns it. */
  html: string;
  /** The body's headings, for `render(entry).headings`. */
  headings: MarkdownHeading[];
}

/** The rendered bodies of one configuration of the site, in one folder. */
export class RenderedBodies {
  readonly #folder: string;
  readonly #prefix: string;

  /**
   * Bodies rendered for `fingerprint` (a string naming everything besides the
   * body that the HTML depends on; see {@link renderedBodiesFor}) in `folder`;
   * nothing is read or written until a body is asked for.
   */
  constructor(folder: string, fingerprint: string) {
    this.#folder = folder;
    this.#prefix = `${RENDERED_FORMAT}:${fingerprint}:`;
  }

  /** The name of the file that holds `body`'s rendering. */
  #name(body: string): string {
    return `${createHash('sha256').update(this.#prefix).update(body).digest('base64url')}.json`;
  }

  /** True when `body` has been rendered for this configuration. */
  has(body: string): boolean {
    return existsSync(join(this.#folder, this.#name(body)));
  }

  /** `body`'s rendering, or undefined when there is none (or it cannot be read: a cache is never worth failing a build for). */
  get(body: string): RenderedBody | undefined {
    try {
      const value = JSON.parse(readFileSync(join(this.#folder, this.#name(body)), 'utf8')) as Partial<RenderedBody>;
      return typeof value.html === 'string' && Array.isArray(value.headings) ? { html: value.html, headings: value.headings } : undefined;
    } catch {
      return undefined;
    }
  }

  /** Keeps `rendered` as `body`'s rendering; written to a temporary file and renamed, so a reader never sees half a file. */
  set(body: string, rendered: RenderedBody): void {
    mkdirSync(this.#folder, { recursive: true });
    const file = join(this.#folder, this.#name(body));
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(rendered));
    renameSync(temporary, file);
  }

  /**
   * Removes every file but those of `bodies` (the archive's current bodies),
   * so the folder never holds more than one archive's worth; returns how
   * many it removed.
   */
  keepOnly(bodies: Iterable<string>): number {
    let names: string[];
    try {
      names = readdirSync(this.#folder);
    } catch {
      return 0;
    }
    const kept = new Set([...bodies].map((body) => this.#name(body)));
    const stale = names.filter((name) => !kept.has(name));
    for (const name of stale) rmSync(join(this.#folder, name), { force: true });
    return stale.length;
  }
}

/**
 * The rendered bodies of a build of the site at `base`, with code fingerprint
 * `code` (see `derivedCodeVersion`), kept under `cacheDir`: everything besides
 * the body that its HTML depends on is in the fingerprint.
 */
export function renderedBodiesFor(cacheDir: string, code: string, base: string): RenderedBodies {
  return new RenderedBodies(join(cacheDir, 'archive-rendered'), JSON.stringify([code, base]));
}
