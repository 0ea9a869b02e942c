/**
 * Headless Chromium for end-to-end tests, through playwright-core. The
 * browser is Debian's /usr/bin/chromium unless CHROMIUM_PATH names another.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Path of the Chromium binary the tests drive. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The folder of the one font family the tests render with (Debian's fonts-dejavu-core, which covers Latin and Arabic). */
const PINNED_FONT_DIR = '/usr/share/fonts/truetype/dejavu';

/**
 * A fontconfig file that lets Chromium see DejaVu alone, so that screenshots
 * and widths do not change when a machine gains other fonts (installing
 * Noto or Liberation changed every baseline). Null when DejaVu is missing:
 * the system's fonts are used then.
 */
function pinnedFontConfig(): string | null {
  if (!existsSync(PINNED_FONT_DIR)) return null;
  // Every other font folder on the machine, rejected by name (fontconfig's
  // acceptfont does not win over a broader rejectfont glob here).
  const others = ['/usr/share/fonts', '/usr/local/share/fonts'].flatMap((root) =>
    existsSync(root)
      ? readdirSync(root, { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .flatMap((format) =>
            readdirSync(join(root, format.name), { withFileTypes: true })
              .filter((entry) => entry.isDirectory())
              .map((family) => join(root, format.name, family.name)),
          )
      : [],
  );
  const rejected = others.filter((dir) => dir !== PINNED_FONT_DIR).map((dir) => `<glob>${dir}/*</glob>`);
  const file = join(mkdtempSync(join(tmpdir(), 'archive-fonts-')), 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <selectfont><rejectfont>${rejected.join('')}</rejectfont></selectfont>
</fontconfig>
`,
  );
  return file;
}

/** Launches headless Chromium with the flags this sandboxed, offline machine needs, rendering with the pinned fonts. */
export function launchBrowser(): Promise<Browser> {
  const fontConfig = pinnedFontConfig();
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    ...(fontConfig ? { env: { ...process.env, FONTCONFIG_FILE: fontConfig } } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
