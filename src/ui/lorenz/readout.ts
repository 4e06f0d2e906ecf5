/**
 * The Lorenz scene's text beside the panel: the Lyapunov spectrum of the current parameters with
 * its sum against −(σ+1+b) and the classification it implies, then the sensitivity measurement
 * (the copies' separation and its fitted growth rate against λ1), then a line on the preset.
 */

import { shallow } from 'zustand/vanilla/shallow';
import { formatSigned } from '../../core/format.ts';
import { zeroExponentTolerance } from '../../dynamics/lorenz/index.ts';
import { SPREAD } from '../../play/lorenz/flock.ts';
import { matchPreset } from '../../play/lorenz/presets.ts';
import type { LorenzSession } from '../../play/lorenz/session.ts';
import { CSS, noteBoxStyle } from '../shared/theme.ts';
import { behaviourLabel } from './figure/index.ts';

const signed = (v: number) => formatSigned(v, 4);
const short = (v: number) => String(Number(v.toPrecision(5)));

export class LorenzReadout {
  readonly spectrum: HTMLElement;
  readonly sensitivity: HTMLElement;
  readonly note: HTMLElement;
  private readonly unsubscribe: () => void;

  /** The spectrum and the note follow the run state; the sensitivity text is refreshed by `update`. */
  constructor(container: HTMLElement, c: LorenzSession) {
    this.spectrum = document.createElement('div');
    this.spectrum.className = 'readout';
    this.spectrum.id = 'lorenz-spectrum';
    this.sensitivity = document.createElement('div');
    this.sensitivity.className = 'readout';
    this.sensitivity.id = 'lorenz-sensitivity';
    this.note = document.createElement('div');
    this.note.id = 'lorenz-note';
    this.note.style.cssText = noteBoxStyle('accent');
    container.append(this.spectrum, this.sensitivity, this.note);
    this.unsubscribe = c.state.subscribe(
      (st) => [st.spectrum, st.blowUp],
      () => this.showSpectrum(c),
      { equalityFn: shallow, fireImmediately: true },
    );
  }

  private showSpectrum(c: LorenzSession): void {
    this.spectrum.textContent = spectrumText(c);
    const preset = matchPreset(c.spectrum.params);
    this.note.textContent =
      c.blowUp ??
      (preset ? preset.note : 'Custom parameters. Click the diagram to pick r; presets are in the panel.');
    this.note.style.borderLeftColor = c.blowUp ? CSS.red : CSS.accent;
  }

  update(c: LorenzSession): void {
    this.sensitivity.textContent = sensitivityText(c);
  }

  destroy(): void {
    this.unsubscribe();
    this.spectrum.remove();
    this.sensitivity.remove();
    this.note.remove();
  }
}

export function spectrumText(c: LorenzSession): string {
  const st = c.spectrum;
  const { sigma, r, b } = st.params;
  const head = `Spectrum (QR) at σ=${short(sigma)} r=${short(r)} b=${short(b)}`;
  if (st.error) return `${head}\nBlew up: ${st.error}`;
  if (!st.spectrum) return `${head}\ncomputing…`;
  const [l1, l2, l3] = st.spectrum;
  const sum = l1 + l2 + l3;
  const trace = -(sigma + 1 + b);
  const tol = zeroExponentTolerance(st.time);
  const why = {
    chaos: `λ1 > 6/T = ${tol.toPrecision(2)}`,
    periodic: `|λ1| ≤ 6/T = ${tol.toPrecision(2)}, λ2 < 0`,
    'fixed-point': `λ1 < −6/T = −${tol.toPrecision(2)}`,
    uncertain: `λ1, λ2 both within 6/T = ${tol.toPrecision(2)} of 0`,
  }[st.behaviour ?? 'uncertain'];
  return [
    head,
    `λ1 ${signed(l1)}  λ2 ${signed(l2)}  λ3 ${signed(l3)}`,
    `T = ${st.time}${st.done ? '' : ' (refining…)'}`,
    `Σλ ${signed(sum)} vs −(σ+1+b) ${signed(trace)} (Δ ${Math.abs(sum - trace).toExponential(1)})`,
    `→ ${behaviourLabel(st.behaviour ?? 'uncertain')}: ${why}`,
  ].join('\n');
}

export function sensitivityText(c: LorenzSession): string {
  const n = c.flock.count;
  if (n < 2) return 'Sensitivity: add a second trajectory to watch two orbits 1e-6 apart separate.';
  const m = c.meter;
  const head = `Sensitivity: ${n} orbits, ${SPREAD.toExponential(0)} apart at start`;
  if (c.meter.settling) return `${head}\nparameters changed: letting the orbit settle on the new attractor…`;
  const d = Math.max(...Array.from({ length: n - 1 }, (_, k) => c.flock.distance(k + 1)));
  const lines = [
    head,
    `|δ| now ${d.toExponential(1)} after ${m.elapsed(c.flock.time).toFixed(1)} time units`,
  ];
  const fit = m.fit();
  const l1 = c.spectrum.spectrum?.[0];
  const vs = l1 === undefined ? '' : ` vs λ1 ${l1.toFixed(3)}`;
  if (fit) {
    const state = m.ended ? `ended: ${m.ended}` : 'running';
    lines.push(
      `slope of ln|δ| ${fit.slope.toFixed(3)}/unit${vs}`,
      `(fit over t ${fit.from.toFixed(1)}–${fit.to.toFixed(1)}, ${state})`,
    );
  } else {
    lines.push(`slope of ln|δ|: measuring…${vs}`);
  }
  const mean = m.meanSlope;
  if (mean !== null)
    lines.push(
      `mean over ${m.finished.length} run${m.finished.length > 1 ? 's' : ''}: ${mean.toFixed(3)}/unit`,
    );
  return lines.join('\n');
}
