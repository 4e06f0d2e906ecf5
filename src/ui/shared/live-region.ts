/**
 * A calm status for screen readers: a visually hidden `aria-live="polite"` region whose words change
 * at most every few seconds (and only when they differ), never every frame, so a reader is not
 * flooded while a simulation runs. The scene gives the words, from its catalog, when asked.
 */
import { language } from '../../i18n/language.ts';

/** The least time between two announcements (ms). */
export const CALM_MS = 5000;

export class LiveRegion {
  readonly element: HTMLElement;
  private at = Number.NEGATIVE_INFINITY;
  /** The language last spoken: a switch is said at once, not up to CALM_MS later. */
  private spoken = language();

  constructor(container: HTMLElement, id: string) {
    this.element = document.createElement('div');
    this.element.id = id;
    this.element.setAttribute('role', 'status');
    this.element.setAttribute('aria-live', 'polite');
    // Visually hidden but read: off-screen clipping rather than display:none.
    this.element.style.cssText =
      'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0';
    container.append(this.element);
  }

  /** Say `words()` if CALM_MS have passed since the last time (`now` in ms). */
  update(now: number, words: () => string): void {
    if (now - this.at < CALM_MS && this.spoken === language()) return;
    this.at = now;
    this.spoken = language();
    const text = words();
    if (this.element.textContent !== text) this.element.textContent = text;
  }

  destroy(): void {
    this.element.remove();
  }
}
