/**
 * The optimal reference on the board: the DP values (V*, or V_k while the user steps value
 * iteration) drawn by the heat map on the agent's colour map, with all their optimal actions as
 * arrows, and a ring on the cell where the agent is farthest from its reference. What to show is
 * decided by `OptimalView` (src/play/maze); this draws it.
 */
import type Phaser from 'phaser';
import { optimalActions } from '../../agents/dp/index.ts';
import { t } from '../../i18n/language.ts';
import type { HeatScale } from '../../play/maze/colormap.ts';
import type { OptimalView } from '../../play/maze/optimal-view.ts';
import type { ReferenceReport } from '../../play/maze/reference.ts';
import { PALETTE } from '../../ui/shared/theme.ts';
import { DEPTH, type MazeBoard } from './board.ts';
import type { Heatmap } from './heatmap.ts';
import type { Overlays } from './overlays.ts';

const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';

/** 12 → "₁₂" (V₁₂ on the legend). */
export function subscript(k: number): string {
  return String(k).replace(/\d/g, (d) => SUBSCRIPT[Number(d)]);
}

export class OptimalLayer {
  private readonly ring: Phaser.GameObjects.Graphics;
  private drawnReport: ReferenceReport | null = null;

  constructor(
    scene: Phaser.Scene,
    private readonly board: MazeBoard,
  ) {
    this.ring = scene.add.graphics().setDepth(DEPTH.highlight);
  }

  /** The values' name for the legend: V* (converged) or V_k. */
  name(view: OptimalView): string {
    const v = view.values();
    return v.kind === 'optimal' || v.converged ? 'V*' : `V${subscript(v.sweeps)}`;
  }

  /** The HUD's words for what the board shows (empty: the agent's own values). */
  label(view: OptimalView): string {
    if (!view.shown) return '';
    const w = t().maze.dp.hud;
    const v = view.values();
    return v.kind === 'optimal' ? w.optimal : w.sweep({ name: this.name(view) });
  }

  /** V on the heat map; while sweeping, cells the goal has not reached yet (V = 0) stay neutral. */
  drawHeat(view: OptimalView, heat: Heatmap, scale: HeatScale): void {
    const v = view.values();
    heat.drawValues(v.v, scale, v.kind === 'sweep' && !v.converged ? 0 : Number.NaN);
  }

  /** Every optimal action of each cell (within rounding), from the values' own Q. */
  drawArrows(view: OptimalView, overlays: Overlays): void {
    const q = view.values().q;
    overlays.drawArrows(q, (s) => optimalActions(q, s));
  }

  /** A ring on the worst cell of the distance readout (redrawn when the report changes). */
  drawWorst(view: OptimalView): void {
    const r = view.tracker.report;
    if (r === this.drawnReport) return;
    this.drawnReport = r;
    const g = this.ring;
    g.clear();
    if (!r?.converged || r.worstState < 0) return;
    const b = this.board;
    const radius = b.tile * 0.42;
    const w = Math.max(2, b.tile * 0.07);
    g.lineStyle(w + 2, PALETTE.outline, 0.9).strokeCircle(b.cx(r.worstState), b.cy(r.worstState), radius);
    g.lineStyle(w, PALETTE.accent, 1).strokeCircle(b.cx(r.worstState), b.cy(r.worstState), radius);
  }

  destroy(): void {
    this.ring.destroy();
  }
}
