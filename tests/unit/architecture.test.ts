import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_KINDS } from '../../src/lib/urls/page-kinds.ts';
import { functionLengths, spelledLiterals } from '../support/source-code.ts';

/** Every .ts, .mjs and .astro file under a folder. */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs|astro)$/.test(name) ? [resolve(path)] : [];
  });
}

/** The files a module imports or re-exports by relative path, resolved. */
function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"`;]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\s+['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) =>
    resolve(dirname(file), match[1] ?? match[2]!),
  );
}

/** Import cycles in a set of files, each as the list of files around it. */
function findCycles(files: readonly string[]): string[][] {
  const graph = new Map(files.map((file) => [file, relativeImports(file).filter((target) => files.includes(target))]));
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  const visit = (file: string, stack: string[]) => {
    state.set(file, 'open');
    stack.push(file);
    for (const target of graph.get(file)!) {
      if (state.get(target) === 'open') cycles.push([...stack.slice(stack.indexOf(target)), target]);
      else if (!state.has(target)) visit(target, stack);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file, []);
  return cycles.map((cycle) => cycle.map((file) => relative(process.cwd(), file)));
}

describe('module structure', () => {
  it('has no import cycle among the modules in src/', () => {
    expect(findCycles(sourceFiles('src'))).toEqual([]);
  });

  it('never imports tests/ from src/ or scripts/', () => {
    const tests = resolve('tests');
    const product = [...sourceFiles('src'), ...sourceFiles('scripts')];
    const offenders = product.filter((file) => relativeImports(file).some((target) => target.startsWith(`${tests}/`)));
    expect(offenders.map((file) => relative(process.cwd(), file))).toEqual([]);
  });

  it('never imports scripts/ from src/: command-line, build and harness code stays out of the site', () => {
    const scripts = resolve('scripts');
    const offenders = sourceFiles('src').filter((file) => relativeImports(file).some((target) => target.startsWith(`${scripts}/`)));
    expect(offenders.map((file) => relative(process.cwd(), file))).toEqual([]);
  });

  it('reads the environment only in src/settings.ts (the test and benchmark harness set it up for the programs they start)', () => {
    const product = [...sourceFiles('src'), ...sourceFiles('scripts'), resolve('astro.config.mjs')];
    const allowed = [resolve('src/settings.ts'), resolve('scripts/harness'), resolve('scripts/bench')];
    const offenders = product.filter(
      (file) =>
        !allowed.some((path) => file === path || file.startsWith(`${path}/`)) && /\bprocess\.env\b/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders.map((file) => relative(process.cwd(), file))).toEqual([]);
  });

  it('gives pages and components their data from src/lib/pages, never by calling getArchive() themselves', () => {
    const views = [...sourceFiles('src/pages'), ...sourceFiles('src/components'), ...sourceFiles('src/layouts')];
    const offenders = views.filter((file) => /\bgetArchive\b|\bgetCollection\b/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(process.cwd(), file))).toEqual([]);
  });

  it('keeps urls.ts out of astro.config.mjs and everything it imports (its base path would be lost)', () => {
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const target of relativeImports(file)) if (/\.(ts|mjs)$/.test(target)) visit(target);
    };
    visit(resolve('astro.config.mjs'));
    expect([...reached].map((file) => relative(process.cwd(), file))).not.toContain('src/lib/urls/urls.ts');
    expect([...reached].map((file) => relative(process.cwd(), file))).toContain('src/settings.ts');
  });

  it('keeps imports one way: src/schemas and src/settings.ts reach into src/lib only for the leaf helpers in src/lib/core', () => {
    const lib = resolve('src/lib');
    const core = resolve('src/lib/core');
    const upper = [...sourceFiles('src/schemas'), resolve('src/settings.ts')];
    const offenders = upper.flatMap((file) =>
      relativeImports(file)
        .filter((target) => target.startsWith(`${lib}/`) && !target.startsWith(`${core}/`))
        .map((target) => `${relative(process.cwd(), file)} → ${relative(process.cwd(), target)}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps src/lib/core a leaf: its modules import nothing from src/ outside it', () => {
    const src = resolve('src');
    const core = resolve('src/lib/core');
    const offenders = sourceFiles('src/lib/core').flatMap((file) =>
      relativeImports(file)
        .filter((target) => target.startsWith(`${src}/`) && !target.startsWith(`${core}/`))
        .map((target) => `${relative(process.cwd(), file)} → ${relative(process.cwd(), target)}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps at most 20 modules side by side in any folder of src/lib', () => {
    const crowded = (folder: string): string[] => {
      const names = readdirSync(folder);
      const modules = names.filter((name) => /\.(ts|mjs)$/.test(name));
      const folders = names.map((name) => join(folder, name)).filter((path) => statSync(path).isDirectory());
      return [...(modules.length > 20 ? [`${folder}: ${modules.length}`] : []), ...folders.flatMap(crowded)];
    };
    expect(crowded('src/lib')).toEqual([]);
  });
});

describe('unit tests mirror src/lib', () => {
  const folders = (parent: string) => readdirSync(parent).filter((name) => statSync(join(parent, name)).isDirectory());

  /** Folders of tests/unit that are not a folder of src/lib, and what they mirror instead. */
  const elsewhere: Record<string, string> = {
    scripts: "scripts/'s own modules: build/ (scripts/lib/build), bench/, harness/",
    drafting: 'scripts/lib/new-article (the drafting code)',
  };

  it('has a folder of tests/unit only for a folder of src/lib (or scripts/ and drafting/)', () => {
    const lib = folders('src/lib');
    expect(folders('tests/unit').filter((name) => !lib.includes(name) && !Object.hasOwn(elsewhere, name))).toEqual([]);
  });

  it('puts each test in the folder of the src/lib folder it tests', () => {
    const misplaced = folders('src/lib').flatMap((folder) => {
      const tests = join('tests/unit', folder);
      if (!existsSync(tests)) return [];
      const subject = `${resolve('src/lib', folder)}/`;
      return sourceFiles(tests)
        .filter((file) => !relativeImports(file).some((target) => target.startsWith(subject)))
        .map((file) => relative(process.cwd(), file));
    });
    expect(misplaced).toEqual([]);
  });
});

describe('one content reader', () => {
  it('parses YAML and splits front matter in one module: src/lib/content/checks/files.ts', () => {
    const reader = resolve('src/lib/content/checks/files.ts');
    const readers = [...sourceFiles('src'), ...sourceFiles('scripts')].filter((file) => {
      const text = readFileSync(file, 'utf8');
      return (
        /from ['"](?:yaml|js-yaml)['"]/.test(text) &&
        /\b(?:parse|parseDocument|parseAllDocuments|load)\b[^;]*from ['"](?:js-)?yaml['"]/.test(text)
      );
    });
    expect(readers).toEqual([reader]);
  });

  it('fills every collection with the one loader, the only module of the site that reads the content folder', () => {
    const config = readFileSync('src/content.config.ts', 'utf8');
    const collections = [...config.matchAll(/(\w+): defineCollection\(\{ loader: (\w+)\(/g)].map((match) => [match[1], match[2]]);
    expect(collections.map(([name]) => name).sort()).toEqual(['articles', 'entities', 'events', 'figures', 'topics']);
    expect(new Set(collections.map(([, loader]) => loader))).toEqual(new Set(['archiveLoader']));
    // No other loader (glob, file) anywhere in the site: Astro would read the files a second time.
    const otherLoaders = sourceFiles('src').filter((file) =>
      /import\s+(?!type\b)[^;]*from ['"]astro\/loaders['"]/.test(readFileSync(file, 'utf8')),
    );
    expect(otherLoaders.map((file) => relative(process.cwd(), file))).toEqual([]);
    // The one reader is reached in the site only through the loader's read (and the loader's own types).
    const reader = resolve('src/lib/content/archive-from-disk.ts');
    const loaderFolder = resolve('src/lib/content/loader');
    const readersInSite = [...sourceFiles('src'), resolve('astro.config.mjs')].filter((file) => relativeImports(file).includes(reader));
    expect(
      readersInSite.map((file) => relative(process.cwd(), file)).filter((file) => !resolve(file).startsWith(`${loaderFolder}/`)),
    ).toEqual([]);
    // And nothing else in the site opens the content folder by its name. The one exception, the
    // fixity file (open data), hashes the files' bytes; it is to take the hashes from the loader.
    const named = sourceFiles('src').filter((file) => /\bcontentDir\b|\bCONTENT_DIR\b/.test(readFileSync(file, 'utf8')));
    expect(named.map((file) => relative(process.cwd(), file)).sort()).toEqual([
      'src/lib/content/archive-from-disk.ts',
      'src/lib/content/loader/archive-loader.ts',
      'src/lib/content/loader/read-archive.ts',
      'src/lib/pages/fixity-file.ts',
      'src/settings.ts',
    ]);
  });
});

describe('page kinds in one table', { timeout: 30_000 }, () => {
  const table = resolve('src/lib/urls/page-kinds.ts');
  const segments = Object.values(PAGE_KINDS)
    .map((kind) => kind.segment)
    .filter((segment) => segment !== '');

  /**
   * A literal spells a page segment when it holds one as the start of a site
   * path ("topics/", "/topics/x/", "…/articles/*"), a search glob's
   * alternative ("{articles,events}") or a regular expression's path; a
   * path under another folder ("content/articles/") is not one, nor a data
   * or content file named after a collection ("articles/*.md").
   */
  const segmentPatterns = segments.flatMap((segment) => [
    new RegExp(`(?:^|[^\\w./-])/?${segment}/(?!\\S*\\.(?:json|md|yaml|txt)\\b)`),
    new RegExp(`[{,]${segment}[,}]`),
  ]);
  const spellsSegment = (text: string) => segmentPatterns.some((pattern) => pattern.test(text));

  /** Where a segment may still be spelled, and why. */
  const allowed: Record<string, string> = {
    // The command that writes a draft prints the article's future URL; the drafting code is another branch's to change.
    'scripts/lib/new-article/review.ts': 'the draft review names the article URL it will have',
    // The content folder's own subfolders, named like the collections: not a URL.
    'scripts/new-article.ts': 'checks a content folder has articles/',
  };

  it('has no module outside src/lib/urls/page-kinds.ts spell a page segment', () => {
    const product = [...sourceFiles('src'), ...sourceFiles('scripts')].filter((file) => file !== table);
    const offenders = product.flatMap((file) => {
      const path = relative(process.cwd(), file);
      if (Object.hasOwn(allowed, path)) return [];
      return spelledLiterals(file)
        .filter((literal) => spellsSegment(literal.text))
        .map((literal) => `${path}:${literal.line}: ${JSON.stringify(literal.text)}`);
    });
    expect(offenders).toEqual([]);
    const stale = Object.keys(allowed).filter((path) => !spelledLiterals(resolve(path)).some((literal) => spellsSegment(literal.text)));
    expect(stale, 'allowed files that no longer spell a segment').toEqual([]);
  });

  it('has a route folder under src/pages/ for every segment, and a segment for every route folder', () => {
    const folders = readdirSync('src/pages').filter((name) => statSync(join('src/pages', name)).isDirectory());
    expect(folders.sort()).toEqual([...segments].sort());
  });
});

describe('one of each', { timeout: 30_000 }, () => {
  const escapes = resolve('src/lib/core/escapes.ts');
  const product = () => [...sourceFiles('src'), ...sourceFiles('scripts')];

  it('escapes HTML and XML in one module (src/lib/core/escapes.ts, through html-escaper): no other writes a character reference', () => {
    const writers = product().flatMap((file) =>
      spelledLiterals(file)
        .filter((literal) => literal.kind === 'string' && /&(?:amp|lt|gt|quot|apos|#39|#34);/.test(literal.text))
        .map((literal) => `${relative(process.cwd(), file)}:${literal.line}: ${JSON.stringify(literal.text)}`),
    );
    expect(writers).toEqual([]);
    const importers = product().filter((file) => /from ['"]html-escaper['"]/.test(readFileSync(file, 'utf8')));
    expect(importers).toEqual([escapes]);
  });

  it('escapes regular expressions in one module (src/lib/core/escapes.ts)', () => {
    const escapers = product().filter((file) =>
      spelledLiterals(file).some((literal) => literal.kind === 'regexp' && literal.text.includes('.*+?^${}()|[\\]\\\\')),
    );
    expect(escapers).toEqual([escapes]);
  });

  it('defines normaliseBase and slugify once each', () => {
    const definers = (name: string) =>
      product()
        .filter((file) => new RegExp(`function ${name}\\b|const ${name}\\s*=`).test(readFileSync(file, 'utf8')))
        .map((file) => relative(process.cwd(), file));
    expect(definers('normaliseBase')).toEqual(['src/lib/core/base-path.ts']);
    expect(definers('slugify')).toEqual(['scripts/lib/new-article/draft.ts']);
  });

  /** Lines a function may span, so it can be read and held in mind at once. */
  const MAX_FUNCTION_LINES = 120;

  /**
   * Functions still longer, in files another branch is rewriting (the content
   * loader, the drafting code); each must still be over the limit, so the
   * entry goes when the function is split.
   */
  const knownLong: Record<string, string> = {};

  it(`has no function longer than ${MAX_FUNCTION_LINES} lines in src/ or scripts/`, () => {
    const long = product().flatMap((file) =>
      functionLengths(file)
        .filter((fn) => fn.lines > MAX_FUNCTION_LINES)
        .map((fn) => ({
          key: `${relative(process.cwd(), file)} ${fn.name}`,
          where: `${relative(process.cwd(), file)}:${fn.line} ${fn.name}: ${fn.lines} lines`,
        })),
    );
    expect(long.filter((fn) => !Object.hasOwn(knownLong, fn.key)).map((fn) => fn.where)).toEqual([]);
    expect(Object.keys(knownLong).filter((key) => !long.some((fn) => fn.key === key))).toEqual([]);
  });
});
