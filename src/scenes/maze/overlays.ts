/**
 * Vector overlays over the board: greedy-policy arrows, visit counts, the episode's trail and the
 * editor's highlights. Each is one Graphics object, redrawn only when what it shows changed.
 */

import type Phaser from 'phaser';
import { formatCompact } from '../../core/format.ts';
import { ACTION_DELTAS } from '../../envs/grid-maze.ts';
import { TILE } from '../../envs/maze-layout.ts';
import { greedyMask } from '../../play/maze/policy.ts';
import type { MazeSession } from '../../play/maze/session.ts';
import { TRAIL_EXPLORE, TRAIL_FELL, TRAIL_JUMP, TRAIL_UNDECIDED } from '../../play/maze/trail.ts';
import { CSS, PALETTE } from '../../ui/shared/theme.ts';
import { DEPTH, type MazeBoard } from './board.ts';

/** Theme hues (Okabe–Ito, colour-blind safe): sky-blue greedy steps, reddish-purple exploring ones. */
export const TRAIL_COLORS = {
  greedy: PALETTE.blue,
  explore: PALETTE.pink,
  undecided: 0xaab1c0,
  fell: PALETTE.red,
};
const OUTLINE = PALETTE.outline;
/** Trail points drawn (the most recent ones); older ones fade. */
const TRAIL_DRAWN = 600;

export class Overlays {
  private readonly board: MazeBoard;
  private readonly arrows: Phaser.GameObjects.Graphics;
  private readonly visits: Phaser.GameObjects.Graphics;
  private readonly trail: Phaser.GameObjects.Graphics;
  private readonly highlight: Phaser.GameObjects.Graphics;
  private readonly visitTexts: Phaser.GameObjects.Text[] = [];
  /** Largest visit count drawn last (for the legend). */
  maxVisits = 0;

  constructor(scene: Phaser.Scene, board: MazeBoard) {
    this.board = board;
    this.visits = scene.add.graphics().setDepth(DEPTH.visits);
    this.arrows = scene.add.graphics().setDepth(DEPTH.arrows);
    this.trail = scene.add.graphics().setDepth(DEPTH.trail);
    this.highlight = scene.add.graphics().setDepth(DEPTH.highlight);
    // Numbers only where a tile is big enough to read them.
    if (board.tile >= 44) {
      const { tiles } = board.layout;
      for (let s = 0; s < tiles.length; s++) {
        if (tiles[s] === TILE.WALL) continue;
        // In the cell's bottom-right corner, clear of the arrow.
        const t = scene.add
          .text(board.cx(s) + board.tile * 0.46, board.cy(s) + board.tile * 0.48, '', {
            fontFamily: 'ui-monospace, monospace',
            fontSize: `${Math.round(board.tile * 0.19)}px`,
            color: CSS.white,
            stroke: CSS.outline,
            strokeThickness: 3,
          })
          .setOrigin(1, 1)
          .setDepth(DEPTH.visits);
        t.setData('cell', s);
        this.visitTexts.push(t);
      }
    }
  }

  /**
   * Arrows for every greedy action of every cell the agent can stand on; none where all Q tie.
   * `maskOf`: the actions to draw in a cell (bit a for action a), by default the greedy ones of `q`.
   */
  drawArrows(q: Float64Array, maskOf: (s: number) => number = (s) => greedyMask(q, s, 4)): void {
    const g = this.arrows;
    g.clear();
    const { tiles } = this.board.layout;
    const t = this.board.tile;
    const len = t * 0.34;
    const head = Math.max(3, t * 0.16);
    const shaft = Math.max(1.5, t * 0.06);
    for (let s = 0; s < tiles.length; s++) {
      const kind = tiles[s];
      if (kind === TILE.WALL || kind === TILE.GOAL || kind === TILE.CLIFF) continue;
      const mask = maskOf(s);
      if (mask === 15) continue;
      const x = this.board.cx(s);
      const y = this.board.cy(s);
      for (let a = 0; a < 4; a++) {
        if (!((mask >> a) & 1)) continue;
        const dx = ACTION_DELTAS[a][1];
        const dy = ACTION_DELTAS[a][0];
        const tipX = x + dx * len;
        const tipY = y + dy * len;
        const baseX = tipX - dx * head;
        const baseY = tipY - dy * head;
        // Dark outline first, then the white arrow on top: readable on any heat colour.
        for (const [color, extra] of [
          [OUTLINE, 2],
          [PALETTE.white, 0],
        ] as const) {
          g.lineStyle(shaft + extra, color, 1);
          g.lineBetween(x - dx * len * 0.45, y - dy * len * 0.45, baseX, baseY);
          g.fillStyle(color, 1);
          const w = head * 0.8 + extra;
          const h = extra;
          g.fillTriangle(
            tipX + dx * h,
            tipY + dy * h,
            baseX - dx * h + dy * w,
            baseY - dy * h + dx * w,
            baseX - dx * h - dy * w,
            baseY - dy * h - dx * w,
          );
        }
      }
    }
  }

  /**
   * A ring per cell, its radius growing with log(1 + visits) so both rare and frequent cells read;
   * rings rather than discs, so the heat colour stays visible inside.
   */
  drawVisits(session: MazeSession): void {
    const g = this.visits;
    g.clear();
    const v = session.visits;
    let max = 0;
    for (let s = 0; s < v.length; s++) if (v[s] > max) max = v[s];
    this.maxVisits = max;
    const logMax = Math.log1p(max);
    const rMax = this.board.tile * 0.44;
    const w = Math.max(1.5, this.board.tile * 0.045);
    // A faint dark disc under each ring, so the rings also read on the light floor.
    g.fillStyle(OUTLINE, 0.16);
    for (let s = 0; s < v.length; s++) {
      if (v[s] > 0) g.fillCircle(this.board.cx(s), this.board.cy(s), this.radius(v[s], rMax, logMax));
    }
    for (const [color, width, alpha] of [
      [OUTLINE, w + 2, 0.7],
      [PALETTE.white, w, 0.95],
    ] as const) {
      g.lineStyle(width, color, alpha);
      for (let s = 0; s < v.length; s++) {
        if (v[s] > 0) g.strokeCircle(this.board.cx(s), this.board.cy(s), this.radius(v[s], rMax, logMax));
      }
    }
    for (const t of this.visitTexts) {
      const n = v[t.getData('cell') as number];
      const label = n > 0 ? formatCompact(n) : '';
      if (t.text !== label) t.setText(label);
    }
  }

  private radius(visits: number, rMax: number, logMax: number): number {
    return Math.max(2.5, rMax * Math.sqrt(Math.log1p(visits) / logMax));
  }

  /** The recent part of the episode's trail: white greedy, pink exploratory, grey undecided moves. */
  drawTrail(session: MazeSession): void {
    const g = this.trail;
    g.clear();
    const trail = session.trail;
    const n = trail.length;
    const from = Math.max(1, n - TRAIL_DRAWN);
    const b = this.board;
    const w = Math.max(2, b.tile * 0.09);
    for (let pass = 0; pass < 2; pass++) {
      for (let i = from; i < n; i++) {
        const f = trail.flag(i);
        if (f & TRAIL_JUMP) continue;
        const a = trail.cell(i - 1);
        const c = trail.cell(i);
        const age = (i - from) / Math.max(1, n - from);
        const alpha = 0.3 + 0.7 * age;
        if (pass === 0) g.lineStyle(w + 3, OUTLINE, alpha * 0.8);
        else {
          const color =
            f & TRAIL_EXPLORE
              ? TRAIL_COLORS.explore
              : f & TRAIL_UNDECIDED
                ? TRAIL_COLORS.undecided
                : TRAIL_COLORS.greedy;
          g.lineStyle(w, color, alpha);
        }
        g.lineBetween(b.cx(a), b.cy(a), b.cx(c), b.cy(c));
        if (pass === 1 && f & TRAIL_EXPLORE) {
          g.fillStyle(TRAIL_COLORS.explore, alpha);
          g.fillCircle(b.cx(c), b.cy(c), w * 1.2);
        }
        if (pass === 1 && f & TRAIL_FELL) {
          const r = b.tile * 0.22;
          g.lineStyle(w + 1, TRAIL_COLORS.fell, alpha);
          g.lineBetween(b.cx(c) - r, b.cy(c) - r, b.cx(c) + r, b.cy(c) + r);
          g.lineBetween(b.cx(c) - r, b.cy(c) + r, b.cx(c) + r, b.cy(c) - r);
        }
      }
    }
  }

  /** Editor: the refused cell (pulsing red) and the cell under the pointer; the inspected cell. */
  drawHighlight(session: MazeSession, hoverCell: number, now: number, inspected = -1): void {
    const g = this.highlight;
    g.clear();
    const b = this.board;
    const h = session.highlight;
    const t = b.tile;
    if (h && now - h.at < 4000) {
      const pulse = 0.55 + 0.45 * Math.sin((now - h.at) / 120);
      const cell = h.row * b.layout.width + h.col;
      g.lineStyle(Math.max(3, t * 0.1), 0xff3b3b, pulse);
      g.strokeRect(b.cx(cell) - t / 2 + 2, b.cy(cell) - t / 2 + 2, t - 4, t - 4);
      g.fillStyle(0xff3b3b, 0.25 * pulse);
      g.fillRect(b.cx(cell) - t / 2, b.cy(cell) - t / 2, t, t);
    }
    if (inspected >= 0) {
      // Dark then light: the inspected cell reads on any heat colour.
      const x = b.cx(inspected) - t / 2;
      const y = b.cy(inspected) - t / 2;
      g.lineStyle(Math.max(3, t * 0.08) + 2, OUTLINE, 0.9).strokeRect(x + 2, y + 2, t - 4, t - 4);
      g.lineStyle(Math.max(3, t * 0.08), PALETTE.accent, 1).strokeRect(x + 2, y + 2, t - 4, t - 4);
    }
    if (session.editing && hoverCell >= 0) {
      g.lineStyle(2, PALETTE.accent, 1);
      g.strokeRect(b.cx(hoverCell) - t / 2 + 1, b.cy(hoverCell) - t / 2 + 1, t - 2, t - 2);
    }
  }

  setVisible(which: { arrows: boolean; visits: boolean; trail: boolean }): void {
    this.arrows.setVisible(which.arrows);
    this.visits.setVisible(which.visits);
    for (const t of this.visitTexts) t.setVisible(which.visits);
    this.trail.setVisible(which.trail);
  }

  destroy(): void {
    this.arrows.destroy();
    this.visits.destroy();
    this.trail.destroy();
    this.highlight.destroy();
    for (const t of this.visitTexts) t.destroy();
  }
}

/** 1234 → "1.2k", 56789 → "57k", 1.2e6 → "1.2M". */
