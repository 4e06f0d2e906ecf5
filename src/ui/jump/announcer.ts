/**
 * The jump run's status for screen readers: a visually hidden `aria-live="polite"` region with the
 * mode, the episode count and the last return. It changes at a calm rate (every 5 s at most, and
 * only when the words change), never every frame, so a reader is not flooded during training.
 */
import { formatCount, formatSigned } from '../../core/format.ts';
import { t } from '../../i18n/language.ts';
import type { JumpSession } from '../../play/jump/session.ts';

/** The least time between two announcements (ms). */
const CALM_MS = 5000;

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

export class JumpAnnouncer {
  private readonly region: HTMLElement;
  private at = -Infinity;

  constructor(container: HTMLElement) {
    this.region = document.createElement('div');
    this.region.id = 'jump-live';
    this.region.setAttribute('role', 'status');
    this.region.setAttribute('aria-live', 'polite');
    // Visually hidden but read: off-screen clipping rather than display:none.
    this.region.style.cssText =
      'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0';
    container.append(this.region);
  }

  /** Say the status again if `CALM_MS` have passed since the last time (`now` in ms). */
  update(session: JumpSession, now: number): void {
    if (now - this.at < CALM_MS) return;
    this.at = now;
    const text = jumpStatus(session);
    if (this.region.textContent !== text) this.region.textContent = text;
  }

  destroy(): void {
    this.region.remove();
  }
}
