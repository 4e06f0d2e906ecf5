/**
 * The Lorenz scene's text beside the panel: the Lyapunov spectrum of the current parameters with
 * its sum against −(σ+1+b) and the classification it implies, then the sensitivity measurement
 * (the copies' separation and its fitted growth rate against λ1), then a line on the preset.
 * Worded from the lorenz catalog when drawn; a language change redraws at once.
 */

import { shallow } from 'zustand/vanilla/shallow';
import { formatSigned } from '../../core/format.ts';
import { zeroExponentTolerance } from '../../dynamics/lorenz/index.ts';
import { describeError } from '../../i18n/describe-error.ts';
import { onLanguageChange, t } from '../../i18n/language.ts';
import { SPREAD } from '../../play/lorenz/flock.ts';
import { matchPreset } from '../../play/lorenz/presets.ts';
import type { LorenzSession } from '../../play/lorenz/session.ts';
import { CSS, noteBoxStyle } from '../shared/theme.ts';
import { behaviourLabel } from './figure/index.ts';
import { presetNote } from './preset-words.ts';

const signed = (v: number) => formatSigned(v, 4);
const short = (v: number) => String(Number(v.toPrecision(5)));

export class LorenzReadout {
  readonly spectrum: HTMLElement;
  readonly sensitivity: HTMLElement;
  readonly note: HTMLElement;
  private readonly unsubscribe: () => void;
  private readonly unsubscribeLanguage: () => void;

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
    this.unsubscribeLanguage = onLanguageChange(() => {
      this.showSpectrum(c);
      this.update(c);
    });
  }

  private showSpectrum(c: LorenzSession): void {
    this.spectrum.textContent = spectrumText(c);
    const preset = matchPreset(c.spectrum.params);
    this.note.textContent = c.blowUp
      ? blowUpText(c)
      : preset
        ? presetNote(preset.id)
        : t().lorenz.readout.custom;
    this.note.style.borderLeftColor = c.blowUp ? CSS.red : CSS.accent;
  }

  update(c: LorenzSession): void {
    this.sensitivity.textContent = sensitivityText(c);
  }

  destroy(): void {
    this.unsubscribe();
    this.unsubscribeLanguage();
    this.spectrum.remove();
    this.sensitivity.remove();
    this.note.remove();
  }
}

/** The run's blow-up in the current language (from its coded error; the session's English otherwise). */
export function blowUpText(c: LorenzSession): string {
  const e = c.state.getState().blowUpError;
  return e ? t().lorenz.notices.blowUp({ why: describeError(e) }) : (c.blowUp ?? '');
}

export function spectrumText(c: LorenzSession): string {
  const w = t().lorenz.readout;
  const st = c.spectrum;
  const { sigma, r, b } = st.params;
  const head = w.spectrumHead({ sigma: short(sigma), r: short(r), b: short(b) });
  if (st.error) return `${head}\n${w.blewUp({ why: t().lorenz.hud.spectrumBlewUp })}`;
  if (!st.spectrum) return `${head}\n${w.computing}`;
  const [l1, l2, l3] = st.spectrum;
  const sum = l1 + l2 + l3;
  const trace = -(sigma + 1 + b);
  const tol = { tol: zeroExponentTolerance(st.time).toPrecision(2) };
  const b_ = st.behaviour ?? 'uncertain';
  const why = b_ === 'fixed-point' ? w.why.fixedPoint(tol) : w.why[b_](tol);
  return [
    head,
    `λ1 ${signed(l1)}  λ2 ${signed(l2)}  λ3 ${signed(l3)}`,
    `T = ${st.time}${st.done ? '' : w.refining}`,
    w.sum({ sum: signed(sum), trace: signed(trace), gap: Math.abs(sum - trace).toExponential(1) }),
    `→ ${behaviourLabel(b_)}: ${why}`,
  ].join('\n');
}

export function sensitivityText(c: LorenzSession): string {
  const w = t().lorenz.readout;
  const n = c.flock.count;
  if (n < 2) return w.oneOrbit;
  const m = c.meter;
  const head = w.sensitivityHead({ n, spread: SPREAD.toExponential(0) });
  if (c.meter.settling) return `${head}\n${w.settling}`;
  const d = Math.max(...Array.from({ length: n - 1 }, (_, k) => c.flock.distance(k + 1)));
  const lines = [head, w.distance({ d: d.toExponential(1), time: m.elapsed(c.flock.time).toFixed(1) })];
  const fit = m.fit();
  const l1 = c.spectrum.spectrum?.[0];
  const vs = l1 === undefined ? '' : w.vsLambda({ l1: l1.toFixed(3) });
  if (fit) {
    const state = m.ended ? w.ended({ why: w.endedWhy[m.ended] }) : w.running;
    lines.push(
      w.slope({ slope: fit.slope.toFixed(3), vs }),
      w.fitOver({ from: fit.from.toFixed(1), to: fit.to.toFixed(1), state }),
    );
  } else {
    lines.push(w.measuring({ vs }));
  }
  const mean = m.meanSlope;
  if (mean !== null) lines.push(w.mean({ n: m.finished.length, mean: mean.toFixed(3) }));
  return lines.join('\n');
}
