/**
 * Copy buttons for citation blocks. The buttons ship hidden, so a reader
 * without JavaScript sees only the selectable text; this script reveals them
 * and copies the target block's text on click, announcing the result. It also
 * makes each paragraph's ¶ link copy the paragraph's full address as it goes
 * there; without JavaScript the ¶ is a plain link to the paragraph.
 */

/** Reveals every `button[data-copy-target]` and makes it copy its target's text; `data-copy-label` names it in announcements. */
export function enableCopyButtons(): void {
  const status = document.querySelector<HTMLElement>('.copy-status');
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
    const target = document.getElementById(button.dataset.copyTarget!);
    if (!target || !navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const label = button.dataset.copyLabel ?? 'the';
      try {
        await navigator.clipboard.writeText(target.textContent ?? '');
        if (status) status.textContent = `${label} citation copied.`;
        button.dataset.copied = 'true';
      } catch {
        if (status) status.textContent = `Could not copy; select the ${label} text instead.`;
      }
    });
  }
  enableParagraphLinks(status);
}

/** Makes every paragraph's ¶ link (`a.paragraph-link`) also copy its full address, announced in `status`. */
function enableParagraphLinks(status: HTMLElement | null): void {
  if (!navigator.clipboard) return;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.paragraph-link')) {
    const name = link.getAttribute('aria-label') ?? 'Link to the paragraph';
    link.title = `${name}: copies the link`;
    // The link still goes to its paragraph; copying is on top of that.
    link.addEventListener('click', () => {
      navigator.clipboard.writeText(link.href).then(
        () => {
          if (status) status.textContent = `${name} copied.`;
          link.dataset.copied = 'true';
        },
        () => {
          if (status) status.textContent = 'Could not copy; the address bar holds the link.';
        },
      );
    });
  }
}
