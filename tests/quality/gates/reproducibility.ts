/**
 * Gate: two builds of the same commit are byte for byte the same site,
 * search index included, so a deployment can be checked against a rebuild
 * and a diff of two builds shows only what a commit changed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listSiteFiles, type Finding } from '../../../scripts/harness/gates/site.ts';

/** How many bytes of context to show either side of the first difference. */
const CONTEXT_BYTES = 40;

/** SHA-256 of a file, in hex. */
function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Where two versions of a file first differ, with a little of each around it, for finding why. */
function firstDifference(first: Buffer, second: Buffer): string {
  let offset = 0;
  while (offset < first.length && offset < second.length && first[offset] === second[offset]) offset++;
  const excerpt = (content: Buffer) =>
    JSON.stringify(content.subarray(Math.max(0, offset - CONTEXT_BYTES), offset + CONTEXT_BYTES).toString('latin1'));
  return `first difference at byte ${offset}: ${excerpt(first)} vs ${excerpt(second)}`;
}

/**
 * Compares two built sites file by file: a `only-in-first` or
 * `only-in-second` finding for each file one of them lacks, and a
 * `content-differs` finding, with both SHA-256 digests, sizes and where the
 * bytes first differ, for each file whose content is not identical.
 */
export function compareSiteTrees(firstDir: string, secondDir: string): Finding[] {
  const firstFiles = listSiteFiles(firstDir);
  const secondFiles = new Set(listSiteFiles(secondDir));
  const findings: Finding[] = [];
  for (const file of firstFiles) {
    if (!secondFiles.has(file)) {
      findings.push({ rule: 'only-in-first', page: file, message: `${file} is only in the first build.` });
      continue;
    }
    secondFiles.delete(file);
    const first = readFileSync(join(firstDir, file));
    const second = readFileSync(join(secondDir, file));
    const [firstHash, secondHash] = [sha256(first), sha256(second)];
    if (firstHash !== secondHash) {
      findings.push({
        rule: 'content-differs',
        page: file,
        message: `sha256 ${firstHash} (${first.length} bytes) vs ${secondHash} (${second.length} bytes); ${firstDifference(first, second)}`,
      });
    }
  }
  for (const file of secondFiles) findings.push({ rule: 'only-in-second', page: file, message: `${file} is only in the second build.` });
  return findings;
}
