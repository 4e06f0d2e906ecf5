/**
 * The run's status for screen readers: a visually hidden `aria-live="polite"` region with the mode,
 * the episode count and the last return. It changes at a calm rate (every few seconds, and only
 * when the words change), never every frame, so a reader is not flooded during training.
 */
import { formatCount, formatNumber } from '../../core/format.ts';
import { t } from '../../i18n/language.ts';
import type { MazeSession } from '../../play/maze/session.ts';
import { LiveRegion } from '../shared/live-region.ts';

/** Says the maze run's status through a calm live region (src/ui/shared/live-region.ts). */
export class MazeAnnouncer {
  private readonly region: LiveRegion;

  constructor(container: HTMLElement) {
    this.region = new LiveRegion(container, 'maze-live');
  }

  update(session: MazeSession, now: number): void {
    this.region.update(now, () =>
      t().maze.announce({
        mode: t().common.modes[session.mode],
        episodes: formatCount(session.episodes),
        ret: formatNumber(session.lastEpisode.return),
      }),
    );
  }

  destroy(): void {
    this.region.destroy();
  }
}
