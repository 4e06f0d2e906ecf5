/**
 * The reaction–diffusion run for screen readers: the sim, running, paused or stopped, the time, and
 * the measured wavelength (sim 3) or period (sims 1–2), in the current language, every 5 s at most.
 */
import { t } from '../../i18n/language.ts';
import type { RdSession } from '../../play/rd/session.ts';
import { LiveRegion } from '../shared/live-region.ts';

const f = (x: number) => String(Number(x.toPrecision(3)));

export class RdAnnouncer {
  private readonly region: LiveRegion;

  constructor(container: HTMLElement) {
    this.region = new LiveRegion(container, 'rd-live');
  }

  update(ctl: RdSession, now: number): void {
    this.region.update(now, () => {
      const w = t().rd;
      const r = w.readout.state;
      const sim = ctl.sim;
      const sp = ctl.patterned ? ctl.spectrum : null;
      const detail =
        sim.kind === 'pde'
          ? sp
            ? w.announceWavelength({ value: f(sp.wavelength) })
            : ''
          : Number.isFinite(sim.period.period)
            ? w.announcePeriod({ value: f(sim.period.period) })
            : '';
      return w
        .announce({
          sim: w.hud.title[sim.id],
          state: ctl.blowUp ? r.stopped : ctl.paused ? r.paused : r.running,
          time: ctl.t.toFixed(1),
          detail,
        })
        .trim();
    });
  }

  destroy(): void {
    this.region.destroy();
  }
}
