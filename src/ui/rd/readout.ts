/**
 * The reaction–diffusion scene's text beside the panel:
 * - `#rd-alert`: what the user must not miss — a refused setting, the stability subdivision (or the
 *   unsafe run), a blow-up that stopped the run. Empty and hidden otherwise.
 * - `#rd-status`: simulated time and its rate (sim-time per second, steps per second, fps), dt and
 *   its stability margin, the fields' ranges, the measured period or wavelength against the expected.
 * - `#rd-note`: a short explanation of what is on screen, following the settings.
 */

import { shallow } from 'zustand/vanilla/shallow';
import { formatCount } from '../../core/format.ts';
import { RD_PRESETS } from '../../dynamics/rd/model.ts';
import type { GridSim } from '../../play/rd/grid-sim.ts';
import type { OdeSim } from '../../play/rd/ode-sim.ts';
import type { RdSession } from '../../play/rd/session.ts';
import type { RdSettings } from '../../state/rd-settings.ts';
import { CSS, noteBoxStyle } from '../shared/theme.ts';

const f = (x: number, digits = 4) => (Number.isFinite(x) ? Number(x.toPrecision(digits)).toString() : '—');
const int = formatCount;

/** The alert text and its level, or null when all is well. */
export function rdAlert(ctl: RdSession): { level: 'error' | 'warning'; text: string } | null {
  if (ctl.blowUp) return { level: 'error', text: `Stopped: ${ctl.blowUp}` };
  if (ctl.refusal) return { level: 'error', text: `Refused: ${ctl.refusal}` };
  if (ctl.stabilityNote) return { level: 'warning', text: `Note: ${ctl.stabilityNote}` };
  return null;
}

export function rdStatusLines(ctl: RdSession): string[] {
  const m = ctl.measured;
  const sim = ctl.sim;
  const preset = RD_PRESETS[sim.id];
  const state = ctl.blowUp ? 'stopped (blow-up)' : ctl.paused ? 'paused' : 'running';
  const lines = [`${preset.label} · ${state}`];
  lines.push(
    `t = ${ctl.t.toFixed(3)} · ${f(m.simTimePerSecond, 3)} sim-time/s`,
    `${int(m.stepsPerSecond)} steps/s (${f(m.stepsPerFrame, 3)}/frame) · ${f(m.fps, 3)} fps${m.capped ? ' · capped by the frame budget' : ''}`,
  );
  lines.push(...(sim.kind === 'pde' ? gridLines(ctl, sim) : odeLines(ctl, sim)));
  return lines;
}

function gridLines(ctl: RdSession, sim: GridSim): string[] {
  const g = sim.grid;
  const st = g.stability;
  const lines = [
    `grid ${g.width}×${g.height}, dx ${g.dx}, ${g.boundary} · Euler dt ${f(g.dt)}` +
      (g.substeps > 1 ? ` = ${g.substeps} × ${f(g.dt / g.substeps)}` : ''),
    `stability limit ${f(st.limitDt)} · worst mode ×${f(st.growthFactor)}/step`,
    `u ∈ [${f(sim.uStats.min, 3)}, ${f(sim.uStats.max, 3)}] · v ∈ [${f(sim.vStats.min, 3)}, ${f(sim.vStats.max, 3)}]`,
  ];
  const fm = ctl.fastest;
  const sp = ctl.patterned ? ctl.spectrum : null;
  lines.push(
    `wavelength: measured ${sp ? `${f(sp.wavelength, 3)} (${f(sp.cells, 3)} cells, t ${sp.t.toFixed(2)})` : '—'}`,
    `  fastest linear mode ${fm?.unstable ? `${f(fm.wavelength, 3)} (k ${f(fm.k, 3)})` : 'none: every k > 0 decays'}`,
  );
  if (Number.isFinite(sim.period.period))
    lines.push(`centre cell oscillates: period ${f(sim.period.period)}`);
  return lines;
}

function odeLines(ctl: RdSession, sim: OdeSim): string[] {
  const o = sim.ode;
  const p = sim.period;
  return [
    `RK4 dt ${f(o.dt)} · u ${f(o.u)} · v ${f(o.v)} · u* = v* ${f(ctl.steady, 5)}`,
    `period ${Number.isFinite(p.period) ? `${f(p.period)} (last ${p.cycles} cycles)` : '— (no cycle yet)'}`,
    Number.isFinite(p.min)
      ? `u over the last cycle ∈ [${f(p.min, 3)}, ${f(p.max, 3)}]`
      : 'u over the last cycle: —',
  ];
}

/** What is on screen and why, following the settings (plain text). */
export function rdNote(ctl: RdSession, s: Readonly<RdSettings>): string {
  const preset = RD_PRESETS[ctl.sim.id];
  const parts: string[] = [];
  if (s.hill === 'Kn') {
    parts.push(
      'Hill form uⁿ/(Kⁿ+uⁿ): the homogeneous state is a stable focus, so nothing moves: no cycle, no pattern. The posts only do something with uⁿ/(K+uⁿ).',
    );
  }
  if (ctl.sim.kind === 'pde' && s.crossDiffusion) {
    parts.push(
      'Literal reading (v driven by 5.0 Δu): the growth rate rises with k up to the grid scale, so there is no wavelength selection: pixel speckle, v ≪ 0 and soon a blow-up.',
    );
  }
  if (ctl.sim.kind === 'ode') {
    parts.push(
      `${preset.note} The phase plane shows the trajectory (fading trail) spiralling out of the unstable steady state (○) onto the limit cycle; the orange curve is the u-nullcline (du/dt = 0), the teal line v = u the v-nullcline. u jumps between the nullcline's branches while v slowly follows: a relaxation oscillation.`,
    );
  } else {
    parts.push(
      `${preset.note} Drag on the field to add activator u (Shift or right button removes it); the pattern re-forms around the stroke. Re-noise starts over from a new seed.`,
    );
    if (s.noise === 0) {
      parts.push(
        'Noise 0: the field starts uniformly 1 % above the steady state and stays uniform; it then follows sim 2’s limit cycle (with no gradients the PDE is the ODE).',
      );
    }
  }
  return parts.join(' ');
}

export class RdReadout {
  private readonly alert: HTMLElement;
  private readonly status: HTMLElement;
  private readonly note: HTMLElement;

  private readonly unsubscribe: () => void;

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
      (st) => [st.blowUp, st.refusal, st.stabilityNote],
      () => this.showAlert(ctl),
      { equalityFn: shallow, fireImmediately: true },
    );
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
    this.alert.remove();
    this.status.remove();
    this.note.remove();
  }
}
