/**
 * Gate: every built page is valid HTML by html-validate's recommended rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { listSitePages, type Finding } from './site.ts';

/**
 * The recommended preset as it is, with no rule switched off or relaxed: the
 * site's HTML is written by hand in .astro files, and Astro's compiled output
 * (minified whitespace, its module <script> tag, hashed stylesheet <link>s)
 * raises nothing under these rules, so there is nothing to excuse.
 */
const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

/** html-validate's severity for an error (1 is a warning). */
const ERROR = 2;

/** Validates every HTML page under `siteDir`; one finding per error, naming the page, rule, element and line. */
export async function validateSiteHtml(siteDir: string, base = '/'): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const page of listSitePages(siteDir, base)) {
    const report = await validator.validateString(readFileSync(join(siteDir, page.file), 'utf8'), page.file);
    for (const message of report.results.flatMap((result) => result.messages)) {
      if (message.severity !== ERROR) continue;
      findings.push({
        rule: message.ruleId,
        page: page.path,
        ...(message.selector ? { target: message.selector } : {}),
        message: `${message.message} (line ${message.line}, column ${message.column})`,
      });
    }
  }
  return findings;
}
