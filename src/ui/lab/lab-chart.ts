/**
 * One Lab chart in uPlot: each series' mean as a line, its 95 % interval as a shaded band (curves,
 * uPlot `bands` between two hidden series) or as error bars (sweeps, drawn in a hook), the preset's
 * reference lines, and a legend that gives every series' run count. A saved result laid over the
 * current one is dashed. Series of different x (an overlay, sweeps over other grids) are joined.
 */
import uPlot from 'uplot';
import type { LabChart } from '../../play/lab/chart-model.ts';
import { AXIS_STYLE, tickLabels, xAxis } from '../shared/chart-axes.ts';
import { chartShell } from '../shared/line-chart.ts';
import { CSS, SERIES } from '../shared/theme.ts';
import 'uplot/dist/uPlot.min.css';

const colour = (i: number) => SERIES[i % SERIES.length];

function alpha(hex: string, a: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${a})`;
}

/** NaN → null: uPlot leaves a gap. */
const gap = (xs: number[]) => xs.map((v) => (Number.isFinite(v) ? v : null));

export class LabChartView {
  readonly root: HTMLElement;
  private plot: uPlot | null = null;
  private readonly legend: HTMLElement;

  constructor(
    container: HTMLElement,
    private model: LabChart,
    private readonly width: number,
  ) {
    this.root = chartShell(container, { title: model.title, note: model.notes.join(' · ') });
    this.root.classList.add('lab-chart');
    this.root.dataset.key = model.key;
    this.legend = document.createElement('div');
    this.legend.className = 'lab-legend';
    this.root.append(this.legend);
    this.build();
  }

  /** Redraw with new numbers: rebuilt when the series changed, else only the data. */
  update(model: LabChart): void {
    const same =
      model.series.length === this.model.series.length &&
      model.series.every((s, i) => s.label === this.model.series[i].label);
    this.model = model;
    if (!same || this.plot === null) {
      this.build();
      return;
    }
    this.plot.setData(this.data());
  }

  private data(): uPlot.AlignedData {
    const tables = this.model.series.map(
      (s) => [s.x, gap(s.y), gap(s.lo), gap(s.hi)] as unknown as uPlot.AlignedData,
    );
    if (tables.length === 0) return [[]];
    return uPlot.join(tables);
  }

  private build(): void {
    this.plot?.destroy();
    this.plot = null;
    const m = this.model;
    this.root.querySelector('.chart-title')?.replaceChildren(m.title);
    const note = this.root.querySelector('.chart-note');
    if (note) note.textContent = m.notes.join(' · ');
    this.legend.replaceChildren(
      ...m.series.map((s, i) => {
        const item = document.createElement('span');
        const sw = document.createElement('i');
        sw.style.borderTop = `3px ${s.overlay ? 'dashed' : 'solid'} ${colour(this.colourIndex(i))}`;
        item.append(sw, s.label);
        return item;
      }),
      ...[...m.lines, ...m.vLines].map((l) => {
        const item = document.createElement('span');
        const sw = document.createElement('i');
        sw.style.borderTop = `2px dotted ${CSS.textSoft}`;
        item.append(sw, l.label);
        return item;
      }),
    );
    const series: uPlot.Series[] = [{}];
    const bands: uPlot.Band[] = [];
    m.series.forEach((s, i) => {
      const c = colour(this.colourIndex(i));
      const base = series.length;
      series.push(
        {
          label: s.label,
          stroke: c,
          width: s.overlay ? 1.5 : 2,
          dash: s.overlay ? [6, 4] : undefined,
          spanGaps: m.kind === 'sweep',
          points: { show: m.kind === 'sweep', size: 6, fill: c },
        },
        { stroke: 'transparent', width: 0, points: { show: false }, spanGaps: m.kind === 'sweep' },
        { stroke: 'transparent', width: 0, points: { show: false }, spanGaps: m.kind === 'sweep' },
      );
      if (m.kind === 'curve')
        bands.push({ series: [base + 2, base + 1], fill: alpha(c, s.overlay ? 0.1 : 0.22) });
    });
    const lines = m.lines;
    const vLines = m.vLines;
    const kind = m.kind;
    const count = m.series.length;
    const colourOf = (i: number) => colour(this.colourIndex(i));
    this.plot = new uPlot(
      {
        width: this.width,
        height: Math.round(Math.min(320, Math.max(200, this.width * 0.5))),
        legend: { show: false },
        cursor: { show: false },
        scales: {
          x: { time: false },
          y: m.yRange
            ? { range: m.yRange }
            : {
                range: (_u, lo, hi) => {
                  const ys = [lo, hi, ...lines.map((l) => l.y)].filter(Number.isFinite);
                  const a = Math.min(...ys);
                  const b = Math.max(...ys);
                  const pad = (b - a) * 0.06 || 1;
                  return [a - pad, b + pad];
                },
              },
        },
        axes: [
          xAxis(m.xLabel),
          { ...AXIS_STYLE, size: 52, values: tickLabels, label: m.yLabel, labelSize: 14 },
        ],
        series,
        bands,
        hooks: {
          draw: [
            (u) => {
              const ctx = u.ctx;
              ctx.save();
              // Error bars of the sweeps: the interval's ends at each point.
              if (kind === 'sweep') {
                for (let i = 0; i < count; i++) {
                  const xs = u.data[0];
                  const lo = u.data[1 + 3 * i + 1];
                  const hi = u.data[1 + 3 * i + 2];
                  ctx.strokeStyle = colourOf(i);
                  ctx.lineWidth = 1.5 * devicePixelRatio;
                  for (let k = 0; k < xs.length; k++) {
                    const a = lo[k];
                    const b = hi[k];
                    if (a == null || b == null) continue;
                    const x = u.valToPos(xs[k], 'x', true);
                    const y0 = u.valToPos(a, 'y', true);
                    const y1 = u.valToPos(b, 'y', true);
                    const w = 4 * devicePixelRatio;
                    ctx.beginPath();
                    ctx.moveTo(x, y0);
                    ctx.lineTo(x, y1);
                    ctx.moveTo(x - w, y0);
                    ctx.lineTo(x + w, y0);
                    ctx.moveTo(x - w, y1);
                    ctx.lineTo(x + w, y1);
                    ctx.stroke();
                  }
                }
              }
              // Reference lines (ε-greedy optimum, v*).
              ctx.strokeStyle = CSS.textSoft;
              ctx.setLineDash([3 * devicePixelRatio, 3 * devicePixelRatio]);
              ctx.lineWidth = devicePixelRatio;
              for (const l of lines) {
                const y = u.valToPos(l.y, 'y', true);
                ctx.beginPath();
                ctx.moveTo(u.bbox.left, y);
                ctx.lineTo(u.bbox.left + u.bbox.width, y);
                ctx.stroke();
              }
              for (const l of vLines) {
                const x = u.valToPos(l.x, 'x', true);
                ctx.beginPath();
                ctx.moveTo(x, u.bbox.top);
                ctx.lineTo(x, u.bbox.top + u.bbox.height);
                ctx.stroke();
              }
              ctx.restore();
            },
          ],
        },
      },
      this.data(),
      this.root,
    );
    // Legend under the plot.
    this.root.append(this.legend);
  }

  /** Overlay series take the colour of the current series they match (same label, marked). */
  private colourIndex(i: number): number {
    const s = this.model.series[i];
    if (!s.overlay) return i;
    const own = this.model.series.filter((x) => !x.overlay);
    const k = i - own.length;
    return k < own.length ? k : i;
  }

  /** The plot's canvas (for the PNG). */
  canvas(): HTMLCanvasElement | null {
    return this.root.querySelector('canvas');
  }

  destroy(): void {
    this.plot?.destroy();
    this.root.remove();
  }
}
