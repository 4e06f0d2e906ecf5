/**
 * The separation chart: log₁₀ of the copies' distance from the reference against time since they
 * were placed, with the line of slope λ1 (from the spectrum) through the fit's start, so exponential
 * growth at the predicted rate shows as two parallel lines. Redrawn a few times a second. Its words
 * come from the lorenz catalog; a language change builds the chart again in the same place (the
 * data are redrawn from the session's meter at once, nothing is lost).
 */
import { onLanguageChange, t } from '../../i18n/language.ts';
import type { LorenzSession } from '../../play/lorenz/session.ts';
import { LineChart } from '../shared/line-chart.ts';
import { CSS } from '../shared/theme.ts';

const REDRAW_MS = 250;

export class LorenzCharts {
  private chart: LineChart;
  private lastDraw = Number.NEGATIVE_INFINITY;
  private readonly unsubscribeLanguage: () => void;

  constructor(private readonly container: HTMLElement) {
    this.chart = this.build();
    this.unsubscribeLanguage = onLanguageChange(() => {
      const old = this.chart;
      this.chart = this.build();
      old.root.replaceWith(this.chart.root);
      old.destroy();
      this.lastDraw = Number.NEGATIVE_INFINITY;
    });
  }

  private build(): LineChart {
    const w = t().lorenz.chart;
    return new LineChart(this.container, {
      id: 'lorenz-chart-separation',
      title: w.title,
      xLabel: w.xLabel,
      height: 150,
      series: [
        { label: w.measured, color: CSS.cyan, width: 1.6 },
        { label: w.slope, color: CSS.accent, width: 1.4, dash: [5, 4] },
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
    this.unsubscribeLanguage();
    this.chart.destroy();
  }
}
