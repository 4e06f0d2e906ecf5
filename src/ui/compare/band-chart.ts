/**
 * The comparison's chart: A's and B's mean curves over episodes, each with its 95 % interval shaded
 * (uPlot bands between an upper and a lower series that are not drawn themselves), and a legend
 * that names each condition, its value and its run count.
 */
import uPlot from 'uplot';
import { formatTick } from '../../core/format.ts';
import type { CurveStats } from '../../train/experiment/accumulate.ts';
import { AXIS_STYLE, xAxis } from '../shared/chart-axes.ts';
import 'uplot/dist/uPlot.min.css';

/** A and B: the palette's blue and orange (Okabe–Ito), told apart without colour by the dash too. */
const COLORS = ['#56b4e9', '#e69f00'];
const FILLS = ['rgba(86, 180, 233, 0.22)', 'rgba(230, 159, 0, 0.22)'];
const DASHES: (number[] | undefined)[] = [undefined, [6, 3]];

/**
 * The y scale: linear (return), log (steps per episode: the first episodes are hundreds of times
 * longer than the learned ones), or unit (a success rate, 0 to 1).
 */
export type ChartScale = 'linear' | 'log' | 'unit';

export class BandChart {
  readonly root: HTMLElement;
  private readonly legend: HTMLElement;
  private plot: uPlot | null = null;
  private scale: ChartScale = 'linear';

  constructor(container: HTMLElement) {
    this.root = document.createElement('div');
    this.root.className = 'compare-chart';
    this.legend = document.createElement('div');
    this.legend.className = 'compare-legend';
    container.append(this.root, this.legend);
  }

  /** Build the plot for a metric's scale (see `ChartScale`). */
  reset(xLabel: string, scale: ChartScale): void {
    this.plot?.destroy();
    this.scale = scale;
    const logY = scale === 'log';
    const width = Math.max(240, this.root.clientWidth || 320);
    const line = (i: number): uPlot.Series => ({
      stroke: COLORS[i],
      width: 2,
      dash: DASHES[i],
      spanGaps: true,
      points: { show: false },
    });
    const edge: uPlot.Series = { stroke: 'transparent', width: 0, points: { show: false }, spanGaps: true };
    this.plot = new uPlot(
      {
        width,
        height: Math.round(Math.min(260, Math.max(160, width * 0.5))),
        legend: { show: false },
        cursor: { show: false },
        scales: {
          x: { time: false },
          y: logY ? { distr: 3 } : scale === 'unit' ? { range: [0, 1] as [number, number] } : {},
        },
        axes: [
          { ...xAxis(xLabel), size: 30 },
          {
            ...AXIS_STYLE,
            size: 46,
            // A log axis splits each decade 1…9 (uPlot passes null for the splits it thins out):
            // label the powers of ten only.
            values: (_u: uPlot, splits: (number | null)[]) =>
              splits.map((v) => (v === null || (logY && !powerOfTen(v)) ? '' : formatTick(v))),
          },
        ],
        // Per condition: the mean, then the upper and lower edges of its band.
        series: [{}, line(0), edge, edge, line(1), edge, edge],
        bands: [
          { series: [2, 3], fill: FILLS[0] },
          { series: [5, 6], fill: FILLS[1] },
        ],
      },
      [[], [], [], [], [], [], []],
      this.root,
    );
  }

  /** Draw the curves; `labels` are the legend's lines for A and B. */
  setData(curves: (CurveStats | undefined)[], labels: string[]): void {
    if (!this.plot) return;
    const len = curves[0]?.mean.length ?? 0;
    const xs = Array.from({ length: len }, (_, x) => x + 1);
    const cols: (number | null)[][] = [];
    for (const c of curves) {
      const mean: (number | null)[] = [];
      const hi: (number | null)[] = [];
      const lo: (number | null)[] = [];
      for (let x = 0; x < len; x++) {
        const n = c?.n[x] ?? 0;
        const m = c?.mean[x] ?? Number.NaN;
        const h = c?.ci[x] ?? Number.NaN;
        const ok = n > 0 && Number.isFinite(m);
        mean.push(ok ? m : null);
        const band = ok && Number.isFinite(h);
        // The band is drawn within what the metric can be: a rate in [0, 1], a step count ≥ 1 (a
        // t-interval over a few 0/1 outcomes reaches past both ends; a log axis cannot show 0).
        const top = this.scale === 'unit' ? 1 : Number.POSITIVE_INFINITY;
        const bottom = this.scale === 'unit' ? 0 : this.scale === 'log' ? 1 : Number.NEGATIVE_INFINITY;
        hi.push(band ? Math.min(top, m + h) : null);
        lo.push(band ? Math.max(bottom, m - h) : null);
      }
      cols.push(mean, hi, lo);
    }
    this.plot.setData([xs, ...cols] as uPlot.AlignedData);
    this.legend.replaceChildren(
      ...labels.map((text, i) => {
        const item = document.createElement('span');
        const swatch = document.createElement('i');
        swatch.style.borderTop = `3px ${DASHES[i] ? 'dashed' : 'solid'} ${COLORS[i]}`;
        item.append(swatch, text);
        return item;
      }),
    );
  }

  /** Follow the dialog's width (a turned phone, a resized window). */
  resize(): void {
    if (!this.plot) return;
    const width = Math.max(240, this.root.clientWidth || 320);
    if (Math.abs(width - this.plot.width) > 2) {
      this.plot.setSize({ width, height: Math.round(Math.min(260, Math.max(160, width * 0.5))) });
    }
  }

  destroy(): void {
    this.plot?.destroy();
    this.root.remove();
    this.legend.remove();
  }
}

function powerOfTen(v: number): boolean {
  const e = Math.log10(Math.abs(v));
  return Math.abs(e - Math.round(e)) < 1e-9;
}
