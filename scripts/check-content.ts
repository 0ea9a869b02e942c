/**
 * `npm run check-content [-- <content folder>]`: validates all content
 * (schemas, cross-collection checks, copies against their captures) without
 * building the site, and prints each problem as "file › field: message".
 * Warnings (an article naming an entity it does not list) are printed too,
 * on standard output, and do not fail the run.
 * Exits 1 when there are problems, 2 on bad arguments. The folder defaults to
 * ARCHIVE_CONTENT_DIR or ./content, as the build's.
 */
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkContentOnAllCores } from './lib/check-content.ts';
import { settings } from '../src/settings.ts';
import { formatProblem } from '../src/lib/content/problems.ts';

let folder: string;
try {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  if (positionals.length > 1) throw new Error(`expected at most one content folder, got ${positionals.length}`);
  folder = positionals[0] ?? settings().contentDir;
} catch (error) {
  console.error(`check-content: ${(error as Error).message}`);
  process.exit(2);
}
if (!existsSync(folder) || !statSync(folder).isDirectory()) {
  console.error(`check-content: ${folder} is not a folder`);
  process.exit(2);
}

// The same function the site's content loader calls, so both find the same problems.
const { problems, warnings, counts } = await checkContentOnAllCores(folder);
for (const warning of warnings) console.log(`warning: ${formatProblem(warning)}`);
const summary = `${counts.articles} articles (${counts.drafts} drafts), ${counts.topics} topics, ${counts.entities} entities, ${counts.events} events, ${counts.figures} figures`;
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${folder} (read ${summary}).`);
  process.exit(1);
}
console.log(`No problems in ${folder}: ${summary}.`);
