/**
 * Draws the live trajectories: each trail projected by the session's camera, fading from old
 * (transparent) to new (opaque) in ALPHA_BUCKETS strokes, a glowing head per trajectory, and a
 * small x/y/z orientation gizmo. The reference is drawn last, on top: while the copies are still
 * within 1e-6 of it only its colour shows, and the others appear as they separate.
 *
 * Drawn with the Canvas 2D API on a canvas laid over the game (`StageOverlay`): a hundred strokes
 * of different opacity would be a hundred draw calls as Phaser graphics, and even one large
 * textured quad per frame is slow in software WebGL (SwiftShader, as in headless Chromium).
 */

import type { TrailRing } from '../../play/lorenz/flock.ts';
import type { LorenzSession } from '../../play/lorenz/session.ts';
import { CSS } from '../../ui/shared/theme.ts';

export interface Area {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Reference first: orange, then sky blue, reddish purple, yellow, bluish green, vermillion (Okabe–Ito). */
export const TRAJECTORY_COLOURS = [CSS.accent, CSS.cyan, CSS.pink, CSS.yellow, CSS.green, CSS.orange];
const ALPHA_BUCKETS = 24;
/** At most this many segments per trail (longer trails are drawn with a stride). */
const MAX_SEGMENTS = 3000;
/** Separation (world units) below which a copy's trail would be drawn under the reference's: ≪ 1 px. */
const HIDDEN_SEPARATION = 0.02;
const AXIS_COLOURS = [CSS.red, CSS.green, CSS.periwinkle];
const BACKGROUND = '#101217';

export class AttractorView {
  readonly ctx: CanvasRenderingContext2D;
  private readonly p = new Float64Array(3);

  /** `canvas` covers `area` of the game (game units = canvas pixels). */
  constructor(
    readonly canvas: HTMLCanvasElement,
    private readonly area: Area,
  ) {
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas context for the attractor');
    this.ctx = ctx;
  }

  draw(c: LorenzSession): void {
    const ctx = this.ctx;
    ctx.fillStyle = BACKGROUND;
    ctx.fillRect(0, 0, this.area.w, this.area.h);
    ctx.lineJoin = 'round';
    const flock = c.flock;
    for (let k = flock.count - 1; k >= 0; k--) {
      // A copy still within HIDDEN_SEPARATION of the reference lies under the reference's trail
      // (its older points are closer still): skip it, which saves most of the drawing.
      if (k > 0 && flock.distance(k) < HIDDEN_SEPARATION) continue;
      this.drawTrail(
        c,
        flock.trails[k],
        TRAJECTORY_COLOURS[k % TRAJECTORY_COLOURS.length],
        k === 0 ? 1.7 : 1.3,
      );
    }
    const s = flock.state;
    for (let k = flock.count - 1; k >= 0; k--) {
      this.toLocal(c, s[3 * k], s[3 * k + 1], s[3 * k + 2]);
      const colour = TRAJECTORY_COLOURS[k % TRAJECTORY_COLOURS.length];
      this.disc(this.p[0], this.p[1], 9, colour, 0.22);
      this.disc(this.p[0], this.p[1], 3.6, colour, 1);
      this.disc(this.p[0], this.p[1], 1.4, CSS.white, 0.9);
    }
    ctx.globalAlpha = 1;
    this.drawGizmo(c);
  }

  /** Project a world point into this view's canvas coordinates (into this.p). */
  private toLocal(c: LorenzSession, x: number, y: number, z: number): void {
    c.camera.project(x, y, z, this.p);
    this.p[0] -= this.area.x;
    this.p[1] -= this.area.y;
  }

  private disc(x: number, y: number, radius: number, colour: string, alpha: number): void {
    const ctx = this.ctx;
    ctx.globalAlpha = alpha;
    ctx.fillStyle = colour;
    ctx.beginPath();
    ctx.arc(x, y, radius, 0, 2 * Math.PI);
    ctx.fill();
  }

  private drawTrail(c: LorenzSession, trail: TrailRing, colour: string, width: number): void {
    const n = trail.length;
    if (n < 2) return;
    const ctx = this.ctx;
    const stride = Math.max(1, Math.ceil(n / MAX_SEGMENTS));
    const d = trail.data;
    const p = this.p;
    const per = Math.ceil(n / ALPHA_BUCKETS);
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    for (let j = 0; j < ALPHA_BUCKETS; j++) {
      const i0 = j * per;
      if (i0 >= n - 1) break;
      const i1 = Math.min(n - 1, i0 + per);
      const age = (j + 1) / ALPHA_BUCKETS; // 1 = newest
      ctx.globalAlpha = 0.04 + 0.86 * age ** 1.7;
      ctx.beginPath();
      let o = trail.offset(i0);
      this.toLocal(c, d[o], d[o + 1], d[o + 2]);
      ctx.moveTo(p[0], p[1]);
      // Through the midpoints, with the samples as control points: a smooth curve even where the
      // orbit is fast and its samples are far apart on screen (large r).
      let qx = p[0];
      let qy = p[1];
      for (let i = i0 + stride; ; i += stride) {
        const last = i >= i1;
        o = trail.offset(last ? i1 : i);
        this.toLocal(c, d[o], d[o + 1], d[o + 2]);
        if (last) {
          ctx.quadraticCurveTo(qx, qy, p[0], p[1]);
          break;
        }
        if (i > i0 + stride) ctx.quadraticCurveTo(qx, qy, (qx + p[0]) / 2, (qy + p[1]) / 2);
        else ctx.lineTo((qx + p[0]) / 2, (qy + p[1]) / 2);
        qx = p[0];
        qy = p[1];
      }
      ctx.stroke();
    }
  }

  /** x, y, z axes as seen from the camera, at the lower right of the area. */
  private drawGizmo(c: LorenzSession): void {
    const ctx = this.ctx;
    const ox = this.area.w - 40;
    const oy = this.area.h - 40;
    const len = 22;
    ctx.lineWidth = 2;
    ctx.font = '11px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const i of [0, 1, 2] as const) {
      const [dx, dy] = c.camera.axis(i);
      ctx.strokeStyle = AXIS_COLOURS[i];
      ctx.fillStyle = AXIS_COLOURS[i];
      ctx.beginPath();
      ctx.moveTo(ox, oy);
      ctx.lineTo(ox + len * dx, oy + len * dy);
      ctx.stroke();
      ctx.fillText('xyz'[i], ox + (len + 8) * dx, oy + (len + 8) * dy);
    }
  }

  /**
   * Brightness (0–255) of the drawing sampled on an n×n grid, row by row (tests compare pictures
   * with it and count how much is drawn).
   */
  sample(n = 48): number[] {
    const { w, h } = this.area;
    const data = this.ctx.getImageData(0, 0, w, h).data;
    const out: number[] = [];
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        const o = 4 * (Math.floor(((j + 0.5) * h) / n) * w + Math.floor(((i + 0.5) * w) / n));
        out.push(Math.max(data[o], data[o + 1], data[o + 2]));
      }
    }
    return out;
  }

  destroy(): void {
    this.canvas.remove();
  }
}
