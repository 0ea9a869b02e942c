/**
 * Outputs never overlap inputs. Every command that deletes or writes a folder
 * it is given (`npm run build -- --outDir`, the benchmark's `--work-dir`) asks
 * this module first, so a slip such as `--outDir content` stops with a message
 * before anything is touched, instead of replacing the archive with a site.
 */
import { existsSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

/** The project's own folders that no command may write over, write into, or hold inside its output. */
const PROTECTED_FOLDERS = ['.git', 'content', 'src', 'public', 'scripts', 'tests', 'node_modules'] as const;

/**
 * A path with every existing part resolved through symbolic links, so that a
 * link into `content/` is caught like `content/` itself. The parts that do not
 * exist yet are appended as written.
 */
export function physicalPath(path: string): string {
  const absolute = resolve(path);
  let existing = absolute;
  const rest: string[] = [];
  while (!existsSync(existing)) {
    const parent = dirname(existing);
    if (parent === existing) break;
    rest.unshift(basename(existing));
    existing = parent;
  }
  return join(realpathSync(existing), ...rest);
}

/** True when `inner` is `outer` or lies anywhere inside it. */
function isWithin(inner: string, outer: string): boolean {
  const path = relative(outer, inner);
  return path === '' || (!path.startsWith('..') && !path.startsWith(sep) && path !== '..');
}

/** What a folder the command would write is, in words, for the message. */
export interface ProtectedFolder {
  /** The folder's absolute physical path. */
  path: string;
  /** How the message names it: "the repository root", "content/", "the content folder (ARCHIVE_CONTENT_DIR)". */
  label: string;
}

/** The folders an output must keep clear of, for a project root and (when it is elsewhere) its content folder. */
export function protectedFolders(root: string, extra: ProtectedFolder[] = []): ProtectedFolder[] {
  const rootPath = physicalPath(root);
  return [
    { path: rootPath, label: 'the repository root' },
    ...PROTECTED_FOLDERS.map((name) => ({ path: physicalPath(join(root, name)), label: `${name}/` })),
    ...extra.map((folder) => ({ ...folder, path: physicalPath(folder.path) })),
  ];
}

/**
 * Why an output folder may not be used, or null when it may. The output is
 * refused when it is, contains, or lies inside a protected folder, except
 * that it may lie inside the repository root itself (`dist/`, `dist-sub/`).
 *
 * @param output the folder as the reader gave it (relative paths resolve from the working directory)
 * @param option the option that named it, for the message (`--outDir`)
 * @param folders the protected folders, from {@link protectedFolders}
 */
export function outputFolderProblem(output: string, option: string, folders: ProtectedFolder[]): string | null {
  const target = physicalPath(output);
  for (const folder of folders) {
    const isRoot = folder.label === 'the repository root';
    const clash = isRoot
      ? isWithin(folder.path, target) // the output is the root or holds it
      : isWithin(target, folder.path) || isWithin(folder.path, target);
    if (!clash) continue;
    const how = target === folder.path ? 'is' : isWithin(target, folder.path) ? 'lies inside' : 'contains';
    return `${option} ${output} ${how} ${folder.label} (${folder.path}); writing there would delete or overwrite the project's own files. Choose a folder of its own, such as dist/.`;
  }
  return null;
}

/**
 * Why the output folder cannot be replaced by a rename, or null. A folder
 * that is the mount point of a volume (`--outDir /mnt/volume`) cannot be
 * renamed away, so the swap could never happen: the build says so before
 * doing any work, and names a folder inside it instead.
 */
export function mountPointProblem(output: string, option: string): string | null {
  const target = resolve(output);
  if (!existsSync(target) || dirname(target) === target) return null;
  if (statSync(target).dev === statSync(dirname(target)).dev) return null;
  return `${option} ${output} is the mount point of another filesystem, and a build replaces its output folder whole by renaming it, which a mount point cannot be. Give a folder inside it, such as ${join(output, 'site')}.`;
}

/**
 * Whether a file can be renamed from folder `from` into folder `to` (both
 * are created if missing). Linux refuses a rename between two mounts (EXDEV)
 * even of one filesystem, so this tries one with a probe file rather than
 * comparing device numbers.
 */
export function canRenameBetween(from: string, to: string): boolean {
  mkdirSync(from, { recursive: true });
  mkdirSync(to, { recursive: true });
  const probe = join(from, `.rename-probe-${process.pid}`);
  const moved = join(to, `.rename-probe-${process.pid}`);
  writeFileSync(probe, '');
  try {
    renameSync(probe, moved);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EXDEV') return false;
    throw error;
  } finally {
    rmSync(probe, { force: true });
    rmSync(moved, { force: true });
  }
}

/** Every file under a folder with its size, by relative path: what a copy of it must hold too. */
export function folderInventory(dir: string): Map<string, number> {
  const inventory = new Map<string, number>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    inventory.set(relative(dir, path), statSync(path).size);
  }
  return inventory;
}
