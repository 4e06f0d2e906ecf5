/**
 * The Lorenz run for screen readers: running, paused or stopped by a blow-up, the time, and the
 * behaviour the Lyapunov spectrum implies with λ1, in the current language, every 5 s at most.
 */
import { t } from '../../i18n/language.ts';
import type { LorenzSession } from '../../play/lorenz/session.ts';
import { LiveRegion } from '../shared/live-region.ts';
import { behaviourLabel } from './figure/index.ts';

export class LorenzAnnouncer {
  private readonly region: LiveRegion;

  constructor(container: HTMLElement) {
    this.region = new LiveRegion(container, 'lorenz-live');
  }

  update(c: LorenzSession, now: number): void {
    this.region.update(now, () => {
      const w = t().lorenz;
      const st = c.spectrum;
      const state = c.blowUp
        ? w.announceState.blewUp
        : c.paused
          ? w.announceState.paused
          : w.announceState.running;
      return w.announce({
        state,
        time: c.flock.time.toFixed(0),
        behaviour: st.behaviour ? behaviourLabel(st.behaviour) : w.hud.computing,
        l1: st.spectrum ? st.spectrum[0].toFixed(2) : '…',
      });
    });
  }

  destroy(): void {
    this.region.destroy();
  }
}
