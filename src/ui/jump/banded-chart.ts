/**
 * A uPlot chart for the jump scene's side column, with what its charts need beyond `LineChart`:
 * shaded x-ranges (the take-off window), point-only series (gradient samples) on a symmetric
 * y-range the caller sets (so rare huge samples do not flatten the rest), a log y-axis (variances),
 * gaps bridged between two agents' series that share one x-axis, and a title with a note under it.
 * Same look as `LineChart`.
 */

import uPlot from 'uplot';
import { formatTick } from '../../core/format.ts';
import { AXIS_STYLE, xAxis } from '../shared/chart-axes.ts';
import 'uplot/dist/uPlot.min.css';
import { chartShell } from '../shared/line-chart.ts';

export interface JumpSeries {
  label: string;
  color: string;
  width?: number;
  dash?: number[];
  /** Draw points only (samples), no line. */
  points?: boolean;
}

export interface XBand {
  from: number;
  to: number;
  color: string;
  label?: string;
}

export interface JumpChartOptions {
  title: string;
  /** A line of explanation under the title. */
  note?: string;
  xLabel?: string;
  series: JumpSeries[];
  height?: number;
  yRange?: [number, number];
  xRange?: [number, number];
  /** y scale: linear (default) or log (variances). */
  yScale?: 'linear' | 'log';
  /** Linear y from −L to L, with L set by `setYLimit` (samples with rare huge outliers). */
  ySymmetric?: boolean;
  bands?: XBand[];
  id?: string;
}

/** A chart's words, as `relabel` takes them. */
export interface ChartWords {
  title: string;
  note?: string;
  xLabel?: string;
  /** Legend entries, one per series ('' for a series without an entry). */
  series: string[];
  bands?: string[];
}

export class JumpChart {
  readonly root: HTMLElement;
  private readonly plot: uPlot;
  private readonly note: HTMLElement | null = null;
  private readonly legend: HTMLElement;
  private readonly legendItems: HTMLElement[];
  private readonly bands: XBand[];
  private yLimit = 1;

  constructor(container: HTMLElement, o: JumpChartOptions) {
    this.root = chartShell(container, o);
    this.note = this.root.querySelector<HTMLElement>('.chart-note');
    // Our own legend: one line, only the series that are shown.
    this.legend = document.createElement('div');
    this.legend.className = 'chart-legend';
    Object.assign(this.legend.style, {
      display: 'flex',
      flexWrap: 'wrap',
      gap: '2px 12px',
      margin: '0 4px 2px 50px',
      font: '11px system-ui, sans-serif',
      color: '#c9d1dc',
    });
    this.legendItems = o.series.map((s) => {
      const item = document.createElement('span');
      const swatch = document.createElement('i');
      Object.assign(swatch.style, {
        display: 'inline-block',
        width: s.points ? '6px' : '16px',
        height: s.points ? '6px' : '0',
        borderRadius: s.points ? '3px' : '0',
        background: s.points ? s.color : 'none',
        borderTop: s.points
          ? 'none'
          : `${Math.max(2, s.width ?? 1.5)}px ${s.dash ? 'dashed' : 'solid'} ${s.color}`,
        margin: '0 5px 3px 0',
        verticalAlign: 'middle',
      });
      item.append(swatch, s.label);
      if (s.label) this.legend.append(item);
      return item;
    });
    // Copied: `relabel` renames the bands the drawing hook reads.
    const bands = (o.bands ?? []).map((b) => ({ ...b }));
    this.bands = bands;
    const width = Math.max(200, (container.clientWidth || 340) - 10);
    this.plot = new uPlot(
      {
        width,
        height: o.height ?? 130,
        legend: { show: false },
        cursor: { show: false },
        scales: {
          x: { time: false, ...(o.xRange ? { range: o.xRange } : {}) },
          y:
            o.yScale === 'log'
              ? { distr: 3 }
              : o.ySymmetric
                ? { range: (): [number, number] => [-this.yLimit, this.yLimit] }
                : o.yRange
                  ? { range: o.yRange }
                  : {},
        },
        axes: [
          { ...xAxis(o.xLabel), size: 30 },
          {
            ...AXIS_STYLE,
            size: 44,
            // On log-like scales uPlot splits every decade into 1…9: label the powers of ten only.
            values: (_u: uPlot, splits: number[]) =>
              splits.map((v) => (o.yScale === 'log' && !powerOfTen(v) ? '' : formatTick(v))),
          },
        ],
        series: [
          {},
          ...o.series.map((s) => ({
            label: s.label,
            stroke: s.color,
            width: s.width ?? 1.5,
            dash: s.dash,
            spanGaps: true,
            ...(s.points
              ? {
                  paths: () => null,
                  points: { show: true, size: 3.5, fill: s.color, stroke: s.color, width: 0 },
                }
              : { points: { show: false } }),
          })),
        ],
        hooks: {
          drawClear: [
            (u: uPlot) => {
              const ctx = u.ctx;
              const { top, height } = u.bbox;
              for (const b of bands) {
                const x0 = u.valToPos(b.from, 'x', true);
                const x1 = u.valToPos(b.to, 'x', true);
                ctx.fillStyle = b.color;
                ctx.fillRect(x0, top, x1 - x0, height);
                if (b.label) {
                  ctx.fillStyle = '#c9d1dc';
                  ctx.font = `${Math.round(11 * devicePixelRatio)}px system-ui, sans-serif`;
                  ctx.textAlign = 'center';
                  ctx.fillText(b.label, (x0 + x1) / 2, top + 13 * devicePixelRatio);
                }
              }
            },
          ],
        },
      },
      [[], ...o.series.map(() => [])] as uPlot.AlignedData,
      this.root,
    );
    this.root.append(this.legend);
  }

  /**
   * New words for the same chart (a language switch): title, note, x-axis label, legend entries and
   * band labels, in the order they were given. The data and the series shown stay as they are.
   */
  relabel(words: ChartWords): void {
    const title = this.root.querySelector<HTMLElement>('.chart-title:not(.chart-note)');
    if (title && title.textContent !== words.title) title.textContent = words.title;
    if (words.note !== undefined) this.setNote(words.note);
    words.series.forEach((label, i) => {
      const item = this.legendItems[i];
      const text = item?.lastChild;
      if (text && text.nodeType === Node.TEXT_NODE && text.textContent !== label) text.textContent = label;
    });
    words.bands?.forEach((label, i) => {
      if (this.bands[i]) this.bands[i].label = label;
    });
    const axis = this.plot.axes[0];
    if (words.xLabel !== undefined) axis.label = words.xLabel;
    this.plot.redraw(false, true);
  }

  /** Show or hide series `i` (0-based, as in `options.series`) and its legend entry. */
  showSeries(i: number, on: boolean): void {
    if (this.plot.series[i + 1].show !== on) this.plot.setSeries(i + 1, { show: on });
    this.legendItems[i].hidden = !on;
  }

  /** The y half-range of a `ySymmetric` chart (applied at the next `setData`). */
  setYLimit(limit: number): void {
    if (limit > 0 && Number.isFinite(limit)) this.yLimit = limit;
  }

  setNote(text: string): void {
    if (this.note && this.note.textContent !== text) this.note.textContent = text;
  }

  /** Replace the data: x values and one array per series (NaN or null: no value there). */
  setData(xs: ArrayLike<number>, ys: ArrayLike<number | null>[]): void {
    const clean = (a: ArrayLike<number | null>) =>
      Array.from(a, (v) => (v === null || Number.isNaN(v) ? null : v));
    this.plot.setData([Array.from(xs), ...ys.map(clean)] as uPlot.AlignedData);
  }

  destroy(): void {
    this.plot.destroy();
    this.root.remove();
  }
}

function powerOfTen(v: number): boolean {
  if (v === 0) return true;
  const e = Math.log10(Math.abs(v));
  return Math.abs(e - Math.round(e)) < 1e-9;
}
