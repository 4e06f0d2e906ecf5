/**
 * The sweep figure beside the attractor: `drawFigure` renders into one canvas whenever the results
 * changed (at most REDRAW_MS apart); a transparent canvas above it carries what moves — the marker
 * at the current value of the swept parameter, the hover line with its value, the recording
 * indicator — redrawn only when one of those changes. Pointer positions come from Phaser, in game
 * units; a click on the diagram or the λ plot picks that value.
 */

import { onLanguageChange } from '../../i18n/language.ts';
import type { LorenzRunStore } from '../../play/lorenz/run-state.ts';
import type { SweepResults } from '../../play/lorenz/sweep-results.ts';
import {
  drawFigure,
  type FigureLayout,
  figureLayout,
  PARAM_SYMBOL,
  valueAtX,
  xOfValue,
} from '../../ui/lorenz/figure/index.ts';
import { CSS, rgba } from '../../ui/shared/theme.ts';
import type { Area } from './attractor-view.ts';
import type { StageOverlay } from './overlay.ts';

const REDRAW_MS = 200;
const FONT = 'system-ui, sans-serif';

export class FigureView {
  readonly layout: FigureLayout;
  /** Times the figure was redrawn (tests wait on it). */
  renders = 0;
  private readonly canvas: HTMLCanvasElement;
  private readonly top: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private readonly topCtx: CanvasRenderingContext2D;
  /** The sweep moved on since the figure was drawn (a new sweep, or a batch from the worker). */
  private sweepMoved = true;
  private newSweep = true;
  private drawnAt = Number.NEGATIVE_INFINITY;
  /** What the marks layer shows now (redrawn when any of it changes). */
  private readonly marks = { results: null as SweepResults | null, marker: Number.NaN, hoverX: -1, rec: '' };
  private hoverX: number | null = null;
  private results: SweepResults | null = null;
  private readonly unsubscribe: () => void;
  private readonly unsubscribeLanguage: () => void;

  constructor(
    overlay: StageOverlay,
    readonly area: Area,
    private readonly onPick: (value: number) => void,
    state: LorenzRunStore,
  ) {
    this.unsubscribe = state.subscribe(
      (st) => st.sweep,
      (now, before) => {
        this.sweepMoved = true;
        if (now.id !== before.id) this.newSweep = true;
      },
    );
    // The figure's words (title, progress, legend) are drawn into it: draw it again at once.
    this.unsubscribeLanguage = onLanguageChange(() => {
      this.sweepMoved = true;
      this.newSweep = true;
      this.marks.results = null;
    });
    this.layout = figureLayout(area.w, area.h);
    this.canvas = overlay.canvas(area, 'lorenz-figure');
    this.top = overlay.canvas(area, 'lorenz-figure-marks');
    const ctx = this.canvas.getContext('2d');
    const topCtx = this.top.getContext('2d');
    if (!ctx || !topCtx) throw new Error('no 2D canvas context for the figure');
    this.ctx = ctx;
    this.topCtx = topCtx;
  }

  /** Whether a point (game units) is over the diagram or the λ plot (not the title or legend). */
  private pickable(x: number, y: number): boolean {
    const { diagram, lyap } = this.layout;
    const lx = x - this.area.x;
    const ly = y - this.area.y;
    return lx >= diagram.x && lx <= diagram.x + diagram.w && ly >= diagram.y && ly <= lyap.y + lyap.h;
  }

  /** Pointer moved (game units). */
  hover(x: number, y: number): void {
    this.hoverX = this.pickable(x, y) ? x - this.area.x : null;
  }

  /** Pointer pressed (game units): pick the value under it. Returns whether it was on the figure. */
  press(x: number, y: number): boolean {
    if (!this.results || !this.pickable(x, y)) return false;
    const v = valueAtX(this.layout, this.results, x - this.area.x);
    if (v !== null) this.onPick(v);
    return true;
  }

  update(results: SweepResults, marker: number, time: number, rec: string): void {
    this.results = results;
    // At most every REDRAW_MS while batches stream in; at once for a new or a finished sweep.
    if (this.sweepMoved && (time - this.drawnAt >= REDRAW_MS || this.newSweep || results.finished)) {
      drawFigure(this.ctx, results, this.layout);
      this.renders++;
      this.sweepMoved = false;
      this.newSweep = false;
      this.drawnAt = time;
    }
    const m = this.marks;
    const hoverX = this.hoverX ?? -1;
    if (m.results !== results || m.marker !== marker || m.hoverX !== hoverX || m.rec !== rec) {
      m.results = results;
      m.marker = marker;
      m.hoverX = hoverX;
      m.rec = rec;
      this.drawMarks(results, marker, rec);
    }
  }

  private drawMarks(results: SweepResults, marker: number, rec: string): void {
    const g = this.topCtx;
    const { diagram, lyap } = this.layout;
    g.clearRect(0, 0, this.area.w, this.area.h);
    const top = diagram.y;
    const bottom = lyap.y + lyap.h;
    const mx = Math.round(xOfValue(this.layout, results, marker)) + 0.5;
    if (mx >= diagram.x && mx <= diagram.x + diagram.w) {
      g.strokeStyle = rgba('white', 0.85);
      g.lineWidth = 1.5;
      g.beginPath();
      g.moveTo(mx, top);
      g.lineTo(mx, bottom);
      g.stroke();
      g.fillStyle = CSS.white;
      g.beginPath();
      g.moveTo(mx - 5, top - 7);
      g.lineTo(mx + 5, top - 7);
      g.lineTo(mx, top - 1);
      g.fill();
    }
    if (this.hoverX !== null) {
      const v = valueAtX(this.layout, results, this.hoverX);
      const hx = Math.round(this.hoverX) + 0.5;
      g.strokeStyle = rgba('accent', 0.6);
      g.lineWidth = 1;
      g.beginPath();
      g.moveTo(hx, top);
      g.lineTo(hx, bottom);
      g.stroke();
      if (v !== null) {
        const label = `${PARAM_SYMBOL[results.config.param]} = ${Number(v.toPrecision(5))}`;
        g.font = `11px ${FONT}`;
        const w = g.measureText(label).width + 8;
        const x = Math.min(Math.max(hx - w / 2, 2), this.area.w - w - 2);
        g.fillStyle = CSS.text;
        g.fillRect(x, top - 17, w, 15);
        g.fillStyle = CSS.background;
        g.textBaseline = 'middle';
        g.fillText(label, x + 4, top - 9);
      }
    }
    if (rec) {
      g.font = `bold 12px ${FONT}`;
      g.fillStyle = CSS.red;
      g.textAlign = 'right';
      g.textBaseline = 'alphabetic';
      g.fillText(rec, diagram.x + diagram.w - 6, diagram.y + diagram.h - 8);
      g.textAlign = 'left';
    }
  }

  /** Game coordinates of a value on the diagram (its middle height), for tests. */
  pointOf(value: number): { x: number; y: number } {
    const results = this.results;
    const x = results ? xOfValue(this.layout, results, value) : this.layout.diagram.x;
    return { x: this.area.x + x, y: this.area.y + this.layout.diagram.y + this.layout.diagram.h / 2 };
  }

  /** The figure as drawn, as a PNG data URL (tests compare it). */
  dataUrl(): string {
    return this.canvas.toDataURL('image/png');
  }

  destroy(): void {
    this.unsubscribe();
    this.unsubscribeLanguage();
    this.canvas.remove();
    this.top.remove();
  }
}
