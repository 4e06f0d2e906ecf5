/**
 * The separation chart: log₁₀ of the copies' distance from the reference against time since they
 * were placed, with the line of slope λ1 (from the spectrum) through the fit's start, so exponential
 * growth at the predicted rate shows as two parallel lines. Redrawn a few times a second.
 */
import type { LorenzSession } from '../../play/lorenz/session.ts';
import { LineChart } from '../shared/line-chart.ts';
import { CSS } from '../shared/theme.ts';

const REDRAW_MS = 250;

export class LorenzCharts {
  private readonly chart: LineChart;
  private lastDraw = Number.NEGATIVE_INFINITY;

  constructor(container: HTMLElement) {
    this.chart = new LineChart(container, {
      id: 'lorenz-chart-separation',
      title: 'Separation of the copies: log₁₀ |δ| against time',
      xLabel: 'time since placed',
      height: 150,
      series: [
        { label: 'log₁₀ |δ|', color: CSS.cyan, width: 1.6 },
        { label: 'slope λ1', color: CSS.accent, width: 1.4, dash: [5, 4] },
      ],
    });
  }

  update(c: LorenzSession, now: number): void {
    if (now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const m = c.meter;
    const n = m.length;
    const xs = new Float64Array(n);
    const measured: (number | null)[] = new Array(n);
    const predicted: (number | null)[] = new Array(n).fill(null);
    const fit = m.fit();
    const l1 = c.spectrum.spectrum?.[0];
    for (let i = 0; i < n; i++) {
      xs[i] = m.t[i];
      measured[i] = m.logd[i] / Math.LN10;
      if (fit && l1 !== undefined && m.t[i] >= fit.from) {
        predicted[i] = (fit.intercept + l1 * (m.t[i] - fit.from)) / Math.LN10;
      }
    }
    this.chart.setData(xs, [measured, predicted]);
  }

  destroy(): void {
    this.chart.destroy();
  }
}
