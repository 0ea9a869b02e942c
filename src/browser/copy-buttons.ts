/**
 * Copy buttons for citation blocks. The buttons ship hidden, so a reader
 * without JavaScript sees only the selectable text; this script reveals them
 * and copies the target block's text on click, announcing the result.
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
}
