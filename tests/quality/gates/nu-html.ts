/**
 * Gate: every built page passes the W3C Nu Html Checker (vnu.jar from the
 * `vnu-jar` package, run on the installed Java), which checks HTML and ARIA
 * by the living standard and catches what html-validate does not (ARIA
 * attributes an element's role does not allow, sections without headings).
 * Errors and warnings both fail, except the warnings listed in
 * {@link REVIEWED_WARNINGS}, each with the reason it does not apply.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listSitePages, type Finding } from '../../../scripts/harness/gates/site.ts';

/** vnu.jar, as the vnu-jar package ships it. */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

/**
 * Warnings reviewed and accepted, with why. The checker reads the pages from
 * disk, where a page has no origin, so it cannot match files to the Content
 * Security Policy's 'self' and blocks every stylesheet and script; served
 * over HTTP the policy allows them (the e2e tests load every page under it).
 */
const REVIEWED_WARNINGS: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /violates Content Security Policy/, why: "read from disk a page has no origin, so 'self' matches nothing" },
];

/** One message of the checker's JSON output. */
interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

/**
 * Checks every HTML page under `siteDir` (served under `base`); one finding
 * per error or unreviewed warning, naming the page, the line and what is
 * wrong, with the markup around it.
 */
export function checkSiteWithNu(siteDir: string, base = '/'): Finding[] {
  const root = resolve(siteDir);
  const pathOf = new Map(listSitePages(root, base).map((page) => [page.file, page.path]));
  const run = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', '--skip-non-html', '--exit-zero-always', root], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error || run.status !== 0)
    throw new Error(`The Nu Html Checker did not run (java -jar ${VNU_JAR}): ${run.error?.message ?? run.stderr}`);
  const { messages } = JSON.parse(run.stderr) as { messages: NuMessage[] };
  return messages
    .filter(
      (message) =>
        message.type !== 'info' ||
        (message.subType === 'warning' && !REVIEWED_WARNINGS.some(({ pattern }) => pattern.test(message.message))),
    )
    .map((message) => {
      const file = message.url ? relative(root, fileURLToPath(message.url)).split('\\').join('/') : '';
      return {
        rule: message.type === 'info' ? 'nu-warning' : `nu-${message.type}`,
        page: pathOf.get(file) ?? file,
        ...(message.extract ? { target: message.extract.trim() } : {}),
        message: `${message.message}${message.lastLine ? ` (line ${message.lastLine})` : ''}`,
      };
    });
}
