import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

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
