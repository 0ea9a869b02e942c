/**
 * Gate: the site works from the keyboard. The check presses real keys in
 * Chromium (through playwright-core) on a freshly loaded page, so
 * `:focus-visible` styles apply exactly as they do for a keyboard user.
 */
import type { Page } from 'playwright-core';
import type { Finding } from '../../../scripts/harness/gates/site.ts';

/** One element focus landed on, as the page recorded it the moment it got focus. */
interface FocusStop {
  /** Position of the element in document order, so stops can be compared. */
  index: number;
  /** A CSS selector for the element, for findings. */
  selector: string;
  /** Whether it showed an outline or box-shadow once focused. */
  indicatorShown: boolean;
  /** Whether its outline or box-shadow differed from how it looked before anything had focus. */
  indicatorChanged: boolean;
  /** Whether it is a link to the page's <main>. */
  linksToMain: boolean;
}

/** The index of the stop the page records when focus leaves it for the browser's own controls. */
const OUTSIDE_THE_PAGE = -1;

/** How many times Tab is pressed between two looks at what the page recorded. */
const PRESSES_PER_LOOK = 8;

/** How many of the last stops of a trapped tab sequence are named in its finding. */
const TRAP_WINDOW = 10;

/** What the page keeps between key presses. */
interface KeyboardProbe {
  /** Every focus stop so far, in order. */
  stops: FocusStop[];
  /** The page's elements in document order, so a stop's index leads back to its element. */
  elements: Element[];
}

declare global {
  interface Window {
    /** Set up by {@link startRecording}. */
    keyboardProbe?: KeyboardProbe;
  }
}

/**
 * Records, before anything has focus, how every element looks, and from then
 * on what each element looks like the moment it gets focus. Returns the
 * elements a keyboard user should be able to reach with Tab (links, form
 * controls, summaries and anything with a non-negative tabindex that is
 * rendered, enabled and not inert), by document index, with their selectors.
 */
async function startRecording(page: Page): Promise<Map<number, string>> {
  const reachable = await page.evaluate((outside) => {
    /** A selector precise enough to find the element again by eye. */
    const selectorOf = (element: Element): string => {
      const parts: string[] = [];
      for (let node: Element | null = element; node && node !== document.documentElement; node = node.parentElement) {
        if (node.id) {
          parts.unshift(`#${CSS.escape(node.id)}`);
          break;
        }
        const tag = node.tagName;
        const siblings = node.parentElement ? [...node.parentElement.children].filter((child) => child.tagName === tag) : [];
        parts.unshift(siblings.length > 1 ? `${tag.toLowerCase()}:nth-of-type(${siblings.indexOf(node) + 1})` : tag.toLowerCase());
      }
      return parts.join(' > ');
    };
    const lookOf = (element: Element): string => {
      const style = getComputedStyle(element);
      return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`;
    };
    const elements = [...document.querySelectorAll('*')];
    const unfocused = new Map(elements.map((element) => [element, lookOf(element)]));
    const order = new Map(elements.map((element, index) => [element, index]));
    const main = document.querySelector('main');
    const probe: KeyboardProbe = { stops: [], elements };
    window.keyboardProbe = probe;

    document.addEventListener('focusin', (event) => {
      const element = event.target as Element;
      // An element added after the probe gets the next index, and no look on record: any indicator it shows counts as new.
      if (!order.has(element)) order.set(element, elements.push(element) - 1);
      const style = getComputedStyle(element);
      const href = element instanceof HTMLAnchorElement ? (element.getAttribute('href') ?? '') : '';
      probe.stops.push({
        index: order.get(element)!,
        selector: selectorOf(element),
        // Chromium keeps outline-width at 3px even for outline-style none, so the style decides.
        indicatorShown: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
        indicatorChanged: unfocused.get(element) !== lookOf(element),
        linksToMain: main !== null && href.startsWith('#') && document.getElementById(decodeURIComponent(href.slice(1))) === main,
      });
    });
    // Focus leaving the page for the browser's controls blurs the window, and focuses nothing in the page.
    window.addEventListener('blur', () => {
      probe.stops.push({
        index: outside,
        selector: '(outside the page)',
        indicatorShown: false,
        indicatorChanged: false,
        linksToMain: false,
      });
    });

    const candidates =
      'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable="true"]';
    return elements.flatMap((element, index): [number, string][] => {
      if (!element.matches(candidates) || element.closest('[inert]')) return [];
      if ((element as HTMLElement).tabIndex < 0 || element.matches(':disabled')) return [];
      if (element.matches('summary') && element.parentElement?.querySelector(':scope > summary') !== element) return [];
      if (element.closest('details:not([open])') && !element.matches('details > summary')) return [];
      if (!element.checkVisibility({ visibilityProperty: true })) return [];
      return [[index, selectorOf(element)]];
    });
  }, OUTSIDE_THE_PAGE);
  return new Map(reachable);
}

/** The stops recorded so far. */
function recordedStops(page: Page): Promise<FocusStop[]> {
  return page.evaluate(() => window.keyboardProbe!.stops);
}

/**
 * The stops of one pass through the page: from the first element Tab reaches
 * until focus leaves the page or wraps round to that first element again
 * (Chromium wraps instead of leaving in a tab that focus has left before).
 * `complete` is false if neither happened.
 */
function onePass(stops: FocusStop[]): { pass: FocusStop[]; complete: boolean } {
  // Focus that was outside the page before Tab first brought it in does not end the pass.
  const entered = stops.findIndex((stop) => stop.index !== OUTSIDE_THE_PAGE);
  const inPage = entered < 0 ? [] : stops.slice(entered);
  const end = inPage.findIndex((stop, position) => stop.index === OUTSIDE_THE_PAGE || (position > 0 && stop.index === inPage[0]!.index));
  return end < 0 ? { pass: inPage, complete: false } : { pass: inPage.slice(0, end), complete: true };
}

/**
 * Checks a freshly loaded page from the keyboard, pressing Tab until focus
 * has been through the whole page, and reports:
 * - `skip-link`: the first element Tab reaches is not a link to <main>, or
 *   following it with Enter does not move focus to <main>;
 * - `focus-indicator`: an element that, focused, shows no outline or
 *   box-shadow, or the same one it shows without focus;
 * - `focus-trap`: focus never leaves the page nor wraps round to its start;
 * - `focus-unreachable`: an element that should be reachable but never was.
 */
export async function checkKeyboard(page: Page): Promise<Finding[]> {
  const url = new URL(page.url());
  const here = url.pathname + url.search;
  const reachable = await startRecording(page);
  // Room for every reachable element, for scroll containers Chromium makes
  // focusable, and for a few presses more: a trap shows as focus still in the page.
  const maxPresses = reachable.size + 10;
  let stops: FocusStop[] = [];
  let pressed = 0;
  while (pressed < maxPresses && !onePass(stops).complete) {
    for (let press = 0; press < PRESSES_PER_LOOK; press++, pressed++) await page.keyboard.press('Tab');
    stops = await recordedStops(page);
  }
  const { pass, complete } = onePass(stops);
  const findings: Finding[] = [];

  const first = pass[0];
  if (!first?.linksToMain) {
    findings.push({
      rule: 'skip-link',
      page: here,
      target: first?.selector ?? '(nothing)',
      message: "The first element Tab reaches is not a link to the page's <main>.",
    });
  } else {
    // Back to the skip link, wherever the extra presses left focus, and follow it as a keyboard user would.
    await page.evaluate((index) => (window.keyboardProbe!.elements[index] as HTMLElement).focus(), first.index);
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => document.activeElement?.tagName.toLowerCase() ?? '(nothing)');
    if (focused !== 'main') {
      findings.push({
        rule: 'skip-link',
        page: here,
        target: first.selector,
        message: `Following the skip link left focus on <${focused}>, not on <main> (does <main> have tabindex="-1"?).`,
      });
    }
  }

  const visited = new Map<number, string>();
  for (const stop of pass) {
    if (visited.has(stop.index)) continue;
    visited.set(stop.index, stop.selector);
    if (!stop.indicatorShown || !stop.indicatorChanged) {
      findings.push({
        rule: 'focus-indicator',
        page: here,
        target: stop.selector,
        message: stop.indicatorShown
          ? 'Its outline and box-shadow look the same with and without focus.'
          : 'It shows neither an outline nor a box-shadow when focused.',
      });
    }
  }
  if (!complete) {
    // The last presses were spent going round the trap: name its elements, in document order.
    const trapped = [...new Set(pass.slice(-TRAP_WINDOW).map((stop) => stop.index))].sort((a, b) => a - b);
    findings.push({
      rule: 'focus-trap',
      page: here,
      target: trapped.map((index) => visited.get(index)).join(', '),
      message: `After ${pressed} presses of Tab, focus was still going round these elements and never moved past the last element of the page.`,
    });
  }
  for (const [index, selector] of reachable) {
    if (!visited.has(index)) findings.push({ rule: 'focus-unreachable', page: here, target: selector, message: 'Tab never reached it.' });
  }
  return findings;
}
