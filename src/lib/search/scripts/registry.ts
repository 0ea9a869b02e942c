/**
 * The scripts search folds besides Latin, in the order they are tried. A
 * script is one table (a `Script`, src/lib/search/scripts/types.ts) and one
 * line here; the search code asks src/lib/search/scripts/fold.ts, which reads
 * this list, and names no script itself.
 */
import { ARABIC } from './arabic.ts';
import type { Script } from './types.ts';

/** Every script search folds besides Latin. */
export const SCRIPTS: readonly Script[] = [ARABIC];
