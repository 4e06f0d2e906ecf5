/**
 * The jump run's status for screen readers: a visually hidden `aria-live="polite"` region with the
 * mode, the episode count and the last return. It changes at a calm rate (every 5 s at most, and
 * only when the words change), never every frame, so a reader is not flooded during training.
 */
import { formatCount, formatSigned } from '../../core/format.ts';
import { t } from '../../i18n/language.ts';
import type { JumpSession } from '../../play/jump/session.ts';
import { LiveRegion } from '../shared/live-region.ts';

/** What the region would say now, in the current language. */
export function jumpStatus(session: JumpSession): string {
  const w = t();
  const mode = w.common.modes[session.mode];
  if (session.mode === 'play') {
    const runner = session.track.runners[0];
    const ret = session.play.episodes > 0 && runner ? formatSigned(runner.episodeReturn) : '–';
    return w.jump.announce({ mode, episodes: formatCount(session.play.episodes), ret });
  }
  const lane = session.lanes[0];
  // In Turbo the page's runners do not train: the worker's episodes arrive as chart points.
  const last =
    session.mode === 'turbo'
      ? lane.series.points.at(-1)?.meanReturn
      : lane.lastEpisode.index >= 0
        ? lane.lastEpisode.return
        : undefined;
  return w.jump.announce({
    mode,
    episodes: formatCount(session.episodes),
    ret: last === undefined ? '–' : formatSigned(last),
  });
}

/** Says the jump run's status through a calm live region (src/ui/shared/live-region.ts). */
export class JumpAnnouncer {
  private readonly region: LiveRegion;

  constructor(container: HTMLElement) {
    this.region = new LiveRegion(container, 'jump-live');
  }

  update(session: JumpSession, now: number): void {
    this.region.update(now, () => jumpStatus(session));
  }

  destroy(): void {
    this.region.destroy();
  }
}
