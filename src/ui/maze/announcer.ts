/**
 * The run's status for screen readers: a visually hidden `aria-live="polite"` region with the mode,
 * the episode count and the last return. It changes at a calm rate (every few seconds, and only
 * when the words change), never every frame, so a reader is not flooded during training.
 */
import { formatCount, formatNumber } from '../../core/format.ts';
import { t } from '../../i18n/language.ts';
import type { MazeSession } from '../../play/maze/session.ts';

/** The least time between two announcements (ms). */
const CALM_MS = 5000;

export class MazeAnnouncer {
  private readonly region: HTMLElement;
  private at = -Infinity;

  constructor(container: HTMLElement) {
    this.region = document.createElement('div');
    this.region.id = 'maze-live';
    this.region.setAttribute('role', 'status');
    this.region.setAttribute('aria-live', 'polite');
    // Visually hidden but read: off-screen clipping rather than display:none.
    this.region.style.cssText =
      'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0';
    container.append(this.region);
  }

  update(session: MazeSession, now: number): void {
    if (now - this.at < CALM_MS) return;
    this.at = now;
    const text = t().maze.announce({
      mode: t().common.modes[session.mode],
      episodes: formatCount(session.episodes),
      ret: formatNumber(session.lastEpisode.return),
    });
    if (this.region.textContent !== text) this.region.textContent = text;
  }

  destroy(): void {
    this.region.remove();
  }
}
