/**
 * The maze's return chart: the online return and its moving average, the greedy policy's return
 * evaluated every k episodes (its own x positions: the series are merged onto one x axis and each
 * line spans the gaps of the other), and vertical markers at episodes where the walls changed.
 */
import uPlot from 'uplot';
import { AXIS_STYLE, tickLabels, xAxis } from '../shared/chart-axes.ts';
import { chartShell } from '../shared/line-chart.ts';
import { CSS } from '../shared/theme.ts';
import 'uplot/dist/uPlot.min.css';
import { mergeSeries } from './merge-series.ts';

export interface ReturnChartWords {
  title: string;
  episode: string;
  online: string;
  average: string;
  greedy: string;
  /** The markers' legend. */
  change: string;
}

export class ReturnChart {
  readonly root: HTMLElement;
  private readonly plot: uPlot;
  /** Episodes (x values) where the walls changed. */
  private markers: number[] = [];
  /** The markers' legend, shown once there is one. */
  private readonly markerNote: HTMLElement;

  constructor(container: HTMLElement, w: ReturnChartWords, id: string) {
    this.root = chartShell(container, { title: w.title, id });
    this.markerNote = document.createElement('div');
    // Not a .chart-title: the chart has one title (tests and readers find it by that class).
    this.markerNote.className = 'chart-marker-note';
    this.markerNote.style.cssText = `color:${CSS.red};font-size:12px;margin:2px 4px`;
    this.markerNote.textContent = `┆ ${w.change}`;
    this.markerNote.hidden = true;
    this.root.append(this.markerNote);
    const width = Math.max(200, (container.clientWidth || 340) - 10);
    const line = (label: string, stroke: string, width: number, dash?: number[]): uPlot.Series => ({
      label,
      stroke,
      width,
      dash,
      spanGaps: true,
      points: { show: false },
    });
    this.plot = new uPlot(
      {
        width,
        height: 130,
        legend: { show: true, live: false },
        cursor: { show: false },
        scales: { x: { time: false }, y: {} },
        axes: [xAxis(w.episode), { ...AXIS_STYLE, size: 46, values: tickLabels }],
        series: [
          {},
          line(w.online, CSS.blue, 1),
          line(w.average, CSS.accent, 2),
          { ...line(w.greedy, CSS.green, 2, [5, 3]), points: { show: true, size: 4 } },
        ],
        hooks: { draw: [(u) => this.drawMarkers(u)] },
      },
      [[], [], [], []] as uPlot.AlignedData,
      this.root,
    );
  }

  /** Online points (xs, returns, averages), greedy points, and the wall-change episodes. */
  setData(
    online: { xs: ArrayLike<number>; returns: ArrayLike<number>; average: ArrayLike<number> },
    greedy: { xs: ArrayLike<number>; returns: ArrayLike<number> },
    markers: number[],
  ): void {
    this.markers = markers;
    this.markerNote.hidden = markers.length === 0;
    const m = mergeSeries([
      { xs: online.xs, ys: online.returns },
      { xs: online.xs, ys: online.average },
      { xs: greedy.xs, ys: greedy.returns },
    ]);
    this.plot.setData([m.xs, ...m.ys] as uPlot.AlignedData);
  }

  /** A dashed vertical line at each wall change inside the x range. */
  private drawMarkers(u: uPlot): void {
    if (this.markers.length === 0) return;
    const ctx = u.ctx;
    const { top, height } = u.bbox;
    ctx.save();
    ctx.strokeStyle = CSS.red;
    ctx.lineWidth = 2 * devicePixelRatio;
    ctx.setLineDash([4 * devicePixelRatio, 3 * devicePixelRatio]);
    for (const x of this.markers) {
      const px = u.valToPos(x, 'x', true);
      if (!Number.isFinite(px) || px < u.bbox.left || px > u.bbox.left + u.bbox.width) continue;
      ctx.beginPath();
      ctx.moveTo(px, top);
      ctx.lineTo(px, top + height);
      ctx.stroke();
    }
    ctx.restore();
  }

  destroy(): void {
    this.plot.destroy();
    this.root.remove();
  }
}
