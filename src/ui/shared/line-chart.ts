/** A small uPlot line chart for the side column; `setData` replaces the whole series. */
import uPlot from 'uplot';
import { AXIS_STYLE, tickLabels, xAxis } from './chart-axes.ts';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  color: string;
  width?: number;
  dash?: number[];
}

export interface LineChartOptions {
  title: string;
  xLabel?: string;
  series: ChartSeries[];
  height?: number;
  /** Fixed y range; default auto. */
  yRange?: [number, number];
  /** An element id for tests and styling. */
  id?: string;
}

/**
 * The box every side-column chart sits in: a `.chart` element with its title (and an optional
 * dimmer note under it), appended to `container`. The plot goes into the returned element.
 */
export function chartShell(
  container: HTMLElement,
  o: { title: string; id?: string; note?: string },
): HTMLElement {
  const root = document.createElement('div');
  root.className = 'chart';
  if (o.id) root.id = o.id;
  const title = document.createElement('div');
  title.className = 'chart-title';
  title.textContent = o.title;
  root.append(title);
  if (o.note) {
    const note = document.createElement('div');
    note.className = 'chart-title chart-note';
    note.style.opacity = '0.8';
    note.textContent = o.note;
    root.append(note);
  }
  container.append(root);
  return root;
}

export class LineChart {
  readonly root: HTMLElement;
  private readonly plot: uPlot;

  constructor(container: HTMLElement, options: LineChartOptions) {
    this.root = chartShell(container, options);
    const width = Math.max(200, (container.clientWidth || 340) - 10);
    this.plot = new uPlot(
      {
        width,
        height: options.height ?? 130,
        legend: { show: true, live: false },
        cursor: { show: false },
        scales: { x: { time: false }, y: options.yRange ? { range: options.yRange } : {} },
        axes: [xAxis(options.xLabel), { ...AXIS_STYLE, size: 46, values: tickLabels }],
        series: [
          {},
          ...options.series.map((s) => ({
            label: s.label,
            stroke: s.color,
            width: s.width ?? 1.5,
            dash: s.dash,
            points: { show: false },
          })),
        ],
      },
      [[], ...options.series.map(() => [])] as uPlot.AlignedData,
      this.root,
    );
  }

  setData(xs: ArrayLike<number>, ys: ArrayLike<number | null>[]): void {
    this.plot.setData([Array.from(xs), ...ys.map((y) => Array.from(y))] as uPlot.AlignedData);
  }

  destroy(): void {
    this.plot.destroy();
    this.root.remove();
  }
}
