/**
 * The reaction–diffusion scene's text beside the panel:
 * - `#rd-alert`: what the user must not miss — a refused setting, the stability subdivision (or the
 *   unsafe run), a blow-up that stopped the run. Empty and hidden otherwise.
 * - `#rd-status`: simulated time and its rate (sim-time per second, steps per second, fps), dt and
 *   its stability margin, the fields' ranges, the measured period or wavelength against the expected.
 * - `#rd-note`: a short explanation of what is on screen, following the settings.
 */

import { shallow } from 'zustand/vanilla/shallow';
import type { CodedErrorData } from '../../core/coded-error.ts';
import { formatCount } from '../../core/format.ts';
import { describeError } from '../../i18n/describe-error.ts';
import { onLanguageChange, t } from '../../i18n/language.ts';
import type { GridSim } from '../../play/rd/grid-sim.ts';
import type { OdeSim } from '../../play/rd/ode-sim.ts';
import type { RdSession } from '../../play/rd/session.ts';
import type { RdSettings } from '../../state/rd-settings.ts';
import { CSS, noteBoxStyle } from '../shared/theme.ts';

const f = (x: number, digits = 4) => (Number.isFinite(x) ? Number(x.toPrecision(digits)).toString() : '—');
const int = formatCount;

/** A message of the run in the current language: from its coded data, else the session's text. */
function worded(coded: CodedErrorData | null, text: string): string {
  return coded ? describeError(coded) : text;
}

/** The alert text and its level, or null when all is well. */
export function rdAlert(ctl: RdSession): { level: 'error' | 'warning'; text: string } | null {
  const w = t().rd.readout;
  const coded = ctl.state.getState().coded;
  if (ctl.blowUp) return { level: 'error', text: w.stopped({ why: worded(coded.blowUp, ctl.blowUp) }) };
  if (ctl.refusal) return { level: 'error', text: w.refused({ why: worded(coded.refusal, ctl.refusal) }) };
  if (ctl.stabilityNote) {
    return { level: 'warning', text: w.note({ why: worded(coded.stability, ctl.stabilityNote) }) };
  }
  return null;
}

export function rdStatusLines(ctl: RdSession): string[] {
  const w = t().rd.readout;
  const m = ctl.measured;
  const sim = ctl.sim;
  const state = ctl.blowUp ? w.state.stopped : ctl.paused ? w.state.paused : w.state.running;
  const lines = [`${t().rd.presets[sim.id].label} · ${state}`];
  lines.push(
    w.time({ t: ctl.t.toFixed(3), rate: f(m.simTimePerSecond, 3) }),
    w.steps({ steps: int(m.stepsPerSecond), perFrame: f(m.stepsPerFrame, 3), fps: f(m.fps, 3) }) +
      (m.capped ? w.capped : ''),
  );
  lines.push(...(sim.kind === 'pde' ? gridLines(ctl, sim) : odeLines(ctl, sim)));
  return lines;
}

function gridLines(ctl: RdSession, sim: GridSim): string[] {
  const w = t().rd.readout;
  const g = sim.grid;
  const st = g.stability;
  const sides = t().rd.hud.boundary;
  const lines = [
    w.grid({
      w: g.width,
      h: g.height,
      dx: g.dx,
      boundary: g.boundary === 'periodic' ? sides.periodic : sides.noFlux,
      dt: f(g.dt),
    }) + (g.substeps > 1 ? ` = ${g.substeps} × ${f(g.dt / g.substeps)}` : ''),
    w.limit({ limit: f(st.limitDt), growth: f(st.growthFactor) }),
    `u ∈ [${f(sim.uStats.min, 3)}, ${f(sim.uStats.max, 3)}] · v ∈ [${f(sim.vStats.min, 3)}, ${f(sim.vStats.max, 3)}]`,
  ];
  const fm = ctl.fastest;
  const sp = ctl.patterned ? ctl.spectrum : null;
  lines.push(
    w.wavelength({
      measured: sp
        ? w.measuredAt({ wavelength: f(sp.wavelength, 3), cells: f(sp.cells, 3), t: sp.t.toFixed(2) })
        : '—',
    }),
    w.fastest({
      value: fm?.unstable ? w.fastestAt({ wavelength: f(fm.wavelength, 3), k: f(fm.k, 3) }) : w.allDecay,
    }),
  );
  if (Number.isFinite(sim.period.period)) lines.push(w.centre({ period: f(sim.period.period) }));
  return lines;
}

function odeLines(ctl: RdSession, sim: OdeSim): string[] {
  const w = t().rd.readout;
  const o = sim.ode;
  const p = sim.period;
  return [
    `RK4 dt ${f(o.dt)} · u ${f(o.u)} · v ${f(o.v)} · u* = v* ${f(ctl.steady, 5)}`,
    w.period({
      value: Number.isFinite(p.period) ? w.periodOf({ period: f(p.period), cycles: p.cycles }) : w.noCycle,
    }),
    Number.isFinite(p.min) ? w.cycleRange({ min: f(p.min, 3), max: f(p.max, 3) }) : w.noCycleRange,
  ];
}

/** What is on screen and why, following the settings (plain text). */
export function rdNote(ctl: RdSession, s: Readonly<RdSettings>): string {
  const w = t().rd.readout;
  const note = t().rd.presets[ctl.sim.id].note;
  const parts: string[] = [];
  if (s.hill === 'Kn') parts.push(w.hillKn);
  if (ctl.sim.kind === 'pde' && s.crossDiffusion) parts.push(w.literal);
  if (ctl.sim.kind === 'ode') {
    parts.push(`${note} ${w.ode}`);
  } else {
    parts.push(`${note} ${w.pde}`);
    if (s.noise === 0) parts.push(w.noNoise);
  }
  return parts.join(' ');
}

export class RdReadout {
  private readonly alert: HTMLElement;
  private readonly status: HTMLElement;
  private readonly note: HTMLElement;

  private readonly unsubscribe: () => void;
  private readonly unsubscribeLanguage: () => void;

  /**
   * The alert goes right under the panel (never below the fold), status and note after the charts.
   * The alert follows the run state as it changes; status and note are refreshed by `update`.
   */
  constructor(alertContainer: HTMLElement, container: HTMLElement, ctl: RdSession) {
    this.alert = document.createElement('div');
    this.alert.id = 'rd-alert';
    this.alert.hidden = true;
    this.status = document.createElement('div');
    this.status.className = 'readout';
    this.status.id = 'rd-status';
    this.note = document.createElement('div');
    this.note.id = 'rd-note';
    this.note.style.cssText = noteBoxStyle('blue');
    alertContainer.append(this.alert);
    container.append(this.status, this.note);
    this.unsubscribe = ctl.state.subscribe(
      (st) => [st.blowUp, st.refusal, st.stabilityNote, st.coded],
      () => this.showAlert(ctl),
      { equalityFn: shallow, fireImmediately: true },
    );
    this.unsubscribeLanguage = onLanguageChange(() => this.showAlert(ctl));
  }

  private showAlert(ctl: RdSession): void {
    const a = rdAlert(ctl);
    this.alert.hidden = a === null;
    if (a) {
      this.alert.dataset.level = a.level;
      const color = a.level === 'error' ? CSS.red : CSS.accent;
      this.alert.style.cssText = `background:#2a1d1d;border:1px solid ${color};border-left:4px solid ${color};border-radius:6px;padding:6px 10px;font-size:12.5px;line-height:1.45;color:#f1d9c9`;
      if (this.alert.textContent !== a.text) this.alert.textContent = a.text;
    }
  }

  update(ctl: RdSession, s: Readonly<RdSettings>): void {
    const text = rdStatusLines(ctl).join('\n');
    if (this.status.textContent !== text) this.status.textContent = text;
    const note = rdNote(ctl, s);
    if (this.note.textContent !== note) this.note.textContent = note;
  }

  destroy(): void {
    this.unsubscribe();
    this.unsubscribeLanguage();
    this.alert.remove();
    this.status.remove();
    this.note.remove();
  }
}
