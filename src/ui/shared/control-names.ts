/**
 * Gives Tweakpane's controls accessible names. Tweakpane draws a blade's label as a separate
 * element, not a <label for>, so a screen reader meets a bare "edit text" or "slider". Each focusable
 * control inside a labelled blade gets that label as its aria-label.
 */

const FOCUSABLE = 'input, select, textarea, button, [tabindex]';

/** Set aria-label on every control under `root` from its blade's label. Safe to run again. */
export function nameControls(root: HTMLElement): void {
  for (const blade of root.querySelectorAll<HTMLElement>('.tp-lblv')) {
    const label = blade.querySelector('.tp-lblv_l')?.textContent?.trim();
    const value = blade.querySelector('.tp-lblv_v');
    if (!label || !value) continue;
    const controls = [...value.querySelectorAll<HTMLElement>(FOCUSABLE)];
    controls.forEach((el, i) => {
      // Several controls in one blade (a point's x and y) are told apart by their order.
      const name = controls.length > 1 ? `${label} ${i + 1}` : label;
      if (el.getAttribute('aria-label') !== name) el.setAttribute('aria-label', name);
    });
  }
}

/**
 * Keep the names current: the labels change in place when the language switches, and panes add
 * blades as the scene goes on. Only text and child changes are watched, so setting the attributes
 * here does not wake the observer again. Returns the function that stops watching.
 */
export function keepControlsNamed(root: HTMLElement): () => void {
  nameControls(root);
  let queued = false;
  const observer = new MutationObserver(() => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      nameControls(root);
    });
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}
