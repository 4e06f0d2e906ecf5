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
    for (const track of value.querySelectorAll<HTMLElement>('.tp-sldv_t')) describeSlider(track, blade);
    // A focusable <div> with no role may not carry a name (ARIA forbids it): only real controls
    // and the sliders made roles above are named.
    const controls = [...value.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => !(el instanceof HTMLDivElement) || el.hasAttribute('role'),
    );
    controls.forEach((el) => {
      // Several fields in one blade (a point's x and y) are told apart by their order; a slider and
      // its number box are the same setting and share the label.
      const fields = controls.filter((c) => c.getAttribute('role') !== 'slider');
      const n = fields.indexOf(el);
      const name = fields.length > 1 && n >= 0 ? `${label} ${n + 1}` : label;
      if (el.getAttribute('aria-label') !== name) el.setAttribute('aria-label', name);
    });
  }
}

/**
 * Tweakpane's slider is a focusable <div> track moved with the arrow keys: announce it as a slider,
 * its position in percent of its range and, as the words read out, the number shown beside it.
 */
function describeSlider(track: HTMLElement, blade: HTMLElement): void {
  const set = (name: string, v: string) => {
    if (track.getAttribute(name) !== v) track.setAttribute(name, v);
  };
  const knob = track.querySelector<HTMLElement>('.tp-sldv_k');
  const percent = Number.parseFloat(knob?.style.width ?? '');
  set('role', 'slider');
  set('aria-valuemin', '0');
  set('aria-valuemax', '100');
  set('aria-valuenow', String(Number.isFinite(percent) ? Math.round(percent) : 0));
  const shown = blade.querySelector<HTMLInputElement>('input.tp-txtv_i')?.value;
  if (shown) set('aria-valuetext', shown);
}

/**
 * Keep the names current: the labels change in place when the language switches, and panes add
 * blades as the scene goes on, and sliders move. Only text, child and `style` changes are watched,
 * so setting the ARIA attributes here does not wake the observer again. Returns the function that stops watching.
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
  // A slider's knob width is its value (`style`); the attributes set here are not watched.
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['style'],
  });
  return () => observer.disconnect();
}
