/**
 * Who gets a key press, the same in every scene: scene keys work whenever no text field is being
 * edited. Enter or Escape in a field of the side column commits it and hands the keys back to the
 * scene; so does letting go of a slider, a checkbox or a list there with the mouse (those keep the
 * focus otherwise, and the keys went dead with it). A keyboard user who tabs onto a control keeps
 * its own keys (arrows, Space, Enter) until leaving it.
 */

const TEXT_INPUTS = new Set(['text', 'number', 'search', 'email', 'password', 'url', 'tel']);
/** Keys a focused control uses itself: a slider's arrows, a button's Space and Enter. */
const CONTROL_KEYS = new Set([' ', 'Enter', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);

/** Whether `el` takes typing (a text box, a list, an editable element). */
export function editingText(el: Element | null = document.activeElement): boolean {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) return TEXT_INPUTS.has(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

/** Whether this key press is the scene's: no field being edited, no modifier, the help closed. */
export function sceneKey(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return false;
  if (document.getElementById('help-overlay')?.hidden === false) return false;
  const el = document.activeElement;
  if (editingText(el)) return false;
  const onControl = el instanceof HTMLElement && el !== document.body && el.closest('#side') !== null;
  return !(onControl && CONTROL_KEYS.has(e.key));
}

/** Give the keys back to the scene: whatever in the side column holds the focus lets go. */
export function handKeysToScene(): void {
  const el = document.activeElement;
  if (el instanceof HTMLElement && el.closest('#side')) el.blur();
}

/** Wire the hand-backs on the side column once (the page chrome calls this). */
export function installKeyRouting(side: HTMLElement): void {
  // Capture phase: before the scenes' and the chrome's own key handlers, so Escape in a field does
  // not also leave the scene, and Enter does not also act in it. Leaving the field commits it.
  window.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Enter' && e.key !== 'Escape') return;
      const el = document.activeElement;
      if (!(el instanceof HTMLElement) || !side.contains(el) || !editingText(el)) return;
      el.blur();
      e.preventDefault();
      e.stopPropagation();
    },
    true,
  );
  // Let go of any control that is not a text box: at once (a key pressed right after the release
  // must already reach the scene), and again after the click has done its work (a checkbox takes
  // the focus on click).
  const letGo = () => {
    const el = document.activeElement;
    if (el instanceof HTMLElement && side.contains(el) && !editingText(el)) el.blur();
  };
  const release = () => {
    letGo();
    setTimeout(letGo, 0);
  };
  // On the window, capturing: a slider follows the mouse on the document and its events may not
  // bubble through the side column.
  // pointerup as well: Tweakpane's slider prevents the pointerdown's default, and the browser then
  // sends no mouseup at all.
  window.addEventListener('pointerup', release, true);
  window.addEventListener('mouseup', release, true);
  window.addEventListener('click', release, true);
  side.addEventListener('change', (e) => {
    if (e.target instanceof HTMLSelectElement) e.target.blur();
  });
}
