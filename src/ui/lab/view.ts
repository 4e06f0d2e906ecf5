/**
 * The Lab's main area, laid over the stage (the game canvas has nothing to show here): the
 * experiment's title, what the book found and what to look for, the progress line, the charts and
 * the table of summaries. Scrolls on its own; on a phone it is the screen above the bottom sheet.
 */
import { formatCount, formatSig } from '../../core/format.ts';
import { t } from '../../i18n/language.ts';
import { type LabChart, overlayCharts } from '../../play/lab/chart-model.ts';
import type { TableRow } from '../../play/lab/table.ts';
import type { LegendEntry } from './exports.ts';
import { LabChartView } from './lab-chart.ts';
import './lab.css';

export interface ViewText {
  title: string;
  found: string | null;
  lookFor: string | null;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
};

export class LabView {
  readonly root: HTMLElement;
  private readonly head: HTMLElement;
  readonly status: HTMLElement;
  private readonly charts: HTMLElement;
  private readonly table: HTMLElement;
  private views: LabChartView[] = [];

  constructor(stage: HTMLElement) {
    this.root = el('div');
    this.root.id = 'lab-view';
    this.root.tabIndex = 0;
    this.head = el('header', 'lab-head');
    this.status = el('p', 'lab-status');
    this.status.id = 'lab-status';
    this.status.setAttribute('role', 'status');
    this.charts = el('div', 'lab-charts');
    this.charts.id = 'lab-charts';
    this.table = el('div', 'lab-table');
    this.table.id = 'lab-table';
    this.root.append(this.head, this.status, this.charts, this.table);
    stage.append(this.root);
  }

  setText(v: ViewText): void {
    const w = t().lab.view;
    const parts: HTMLElement[] = [el('h2', '', v.title)];
    if (v.found) parts.push(el('p', 'lab-found', v.found));
    if (v.lookFor) parts.push(el('p', 'lab-look', `${w.lookFor}: ${v.lookFor}`));
    this.head.replaceChildren(...parts);
  }

  setStatus(text: string): void {
    this.status.textContent = text;
  }

  /** Width for a chart: the view's, or the stage's on first layout. */
  private chartWidth(): number {
    return Math.max(260, Math.min(900, (this.charts.clientWidth || this.root.clientWidth || 600) - 8));
  }

  /** Draw these charts (with a past result's laid over them): kept views are updated, others rebuilt. */
  showCharts(charts: LabChart[], overlay: LabChart[] | null): void {
    const models = overlay ? overlayCharts(charts, overlay) : charts;
    const width = this.chartWidth();
    const keep =
      models.length === this.views.length && models.every((m, i) => this.views[i].root.dataset.key === m.key);
    if (!keep) {
      for (const v of this.views) v.destroy();
      this.views = models.map((m) => new LabChartView(this.charts, m, width));
      return;
    }
    models.forEach((m, i) => {
      this.views[i].update(m);
    });
  }

  showTable(rows: TableRow[], partName: (id: string | null) => string): void {
    const w = t().lab.view;
    if (rows.length === 0) {
      this.table.replaceChildren();
      return;
    }
    const multi = rows.some((r) => r.part !== rows[0].part);
    const table = el('table');
    const head = el('tr');
    for (const h of [...(multi ? [w.part] : []), w.condition, w.meanCi, w.n]) head.append(el('th', '', h));
    table.append(
      el(
        'caption',
        '',
        `${w.table} (${{ summary: w.summaryWhat, last: w.lastWhat, 'last-step': w.lastStepWhat }[rows[0].what]})`,
      ),
      head,
    );
    for (const r of rows) {
      const tr = el('tr');
      if (multi) tr.append(el('td', '', partName(r.part)));
      // Shares as percentages, as their charts show them.
      const k = r.percent ? 100 : 1;
      const unit = r.percent ? ' %' : '';
      const ci = Number.isNaN(r.ci) ? '' : ` ± ${formatSig(r.ci * k, 3)}`;
      tr.append(
        el('td', '', r.label),
        el('td', 'num', `${formatSig(r.mean * k, 4)}${ci}${unit}`),
        el('td', 'num', formatCount(r.n)),
      );
      table.append(tr);
    }
    this.table.replaceChildren(table);
  }

  clearResults(): void {
    for (const v of this.views) v.destroy();
    this.views = [];
    this.table.replaceChildren();
  }

  /** The plot canvases with their titles, for the PNG. */
  chartCanvases(): { title: string; canvas: HTMLCanvasElement; legend: LegendEntry[] }[] {
    return this.views.flatMap((v) => {
      const canvas = v.canvas();
      if (canvas === null) return [];
      const title = v.root.querySelector('.chart-title')?.textContent ?? '';
      const legend = [...v.root.querySelectorAll<HTMLElement>('.lab-legend span')].map((s) => {
        const swatch = s.querySelector('i')?.style;
        return {
          text: s.textContent ?? '',
          colour: swatch?.borderTopColor ?? '',
          dashed: swatch?.borderTopStyle !== 'solid',
        };
      });
      return [{ title, canvas, legend }];
    });
  }

  get chartCount(): number {
    return this.views.length;
  }

  destroy(): void {
    this.clearResults();
    this.root.remove();
  }
}
