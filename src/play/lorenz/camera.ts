/**
 * The 3-D → 2-D projection of the attractor view: an orbit camera around the attractor's centre.
 *
 * World axes are Lorenz's: x, y horizontal, z up. A point p is taken relative to the centre c,
 * turned by `yaw` about z and tilted by `pitch` about the camera's horizontal axis:
 *
 *   X = (p−c)ₓ cos ψ − (p−c)_y sin ψ                        (screen right)
 *   Y = (p−c)ₓ sin ψ + (p−c)_y cos ψ                        (into the screen before the tilt)
 *   up = (p−c)_z cos θ − Y sin θ,   depth = Y cos θ + (p−c)_z sin θ
 *
 * and projected with a mild perspective: f = D / (D + depth / R) with D = 5 and R the larger of the
 * two extents below, screen = centre + s·f·(X, −up).
 * `fit` eases the centre towards the trail's bounding box and the extents (the largest |X| and |up|
 * of the trail as seen now) towards their new values, and s = zoom · MARGIN · min(halfW / ext X,
 * halfH / ext up): the attractor fills the view from any angle and stays framed when r changes
 * (it grows with r). No DOM, no Phaser.
 */

export interface Viewport {
  /** Centre of the drawing area, pixels. */
  cx: number;
  cy: number;
  /** Half the width and half the height of the drawing area, pixels. */
  halfW: number;
  halfH: number;
}

/** Points of a trail: `length` points, the i-th at data[offset(i)] (a `TrailRing`). */
export interface PointSource {
  readonly length: number;
  readonly data: ArrayLike<number>;
  offset(i: number): number;
}

const DISTANCE = 5;
/** Share of the half-width/height the trail may use (perspective enlarges near points ≤ 25 %). */
const MARGIN = 0.74;
const PITCH_LIMIT = (85 * Math.PI) / 180;
export const ZOOM_LIMITS = [0.25, 8] as const;
const DEFAULT_VIEW = { yaw: 0.3, pitch: 0.12, zoom: 1 };

export class LorenzCamera {
  yaw = DEFAULT_VIEW.yaw;
  pitch = DEFAULT_VIEW.pitch;
  zoom = DEFAULT_VIEW.zoom;
  /** Fitted centre (world units). */
  readonly centre = new Float64Array([0, 0, 25]);
  /** Fitted extents of the trail on screen axes, before scaling: largest |X| and |up|. */
  extentX = 20;
  extentUp = 25;
  private fitted = false;
  private cosY = 1;
  private sinY = 0;
  private cosP = 1;
  private sinP = 0;
  private scale = 1;

  constructor(public viewport: Viewport) {
    this.prepare();
  }

  /** Drag by (dx, dy) pixels: horizontal turns about z, vertical tilts. */
  drag(dx: number, dy: number): void {
    this.yaw += dx * 0.008;
    this.pitch = Math.max(-PITCH_LIMIT, Math.min(PITCH_LIMIT, this.pitch + dy * 0.008));
    this.prepare();
  }

  /** Multiply the zoom (wheel), within ZOOM_LIMITS. */
  zoomBy(factor: number): void {
    if (!(factor > 0)) return;
    this.zoom = Math.max(ZOOM_LIMITS[0], Math.min(ZOOM_LIMITS[1], this.zoom * factor));
    this.prepare();
  }

  /** Automatic rotation: `degPerSecond` for `seconds`. */
  spin(seconds: number, degPerSecond: number): void {
    if (degPerSecond === 0 || !(seconds > 0)) return;
    this.yaw += (degPerSecond * Math.PI * seconds) / 180;
    this.prepare();
  }

  /** Default angles and zoom; the next `fit` frames the trail at once instead of easing. */
  reset(): void {
    this.yaw = DEFAULT_VIEW.yaw;
    this.pitch = DEFAULT_VIEW.pitch;
    this.zoom = DEFAULT_VIEW.zoom;
    this.fitted = false;
    this.prepare();
  }

  /**
   * Ease the centre towards the box [min, max] and the extents towards those of `points` (from the
   * `first`-th on) seen at the current angle: `blend` = 1 jumps there (first frame, and the first
   * after `reset`), smaller values move part of the way (call once per frame with 1 − e^{−Δt/τ}).
   */
  fit(min: ArrayLike<number>, max: ArrayLike<number>, points: PointSource, blend: number, first = 0): void {
    if (![0, 1, 2].every((i) => Number.isFinite(min[i]) && Number.isFinite(max[i]))) return;
    const w = this.fitted ? Math.max(0, Math.min(1, blend)) : 1;
    for (let i = 0; i < 3; i++) this.centre[i] += w * ((min[i] + max[i]) / 2 - this.centre[i]);
    let ex = 0;
    let eu = 0;
    const d = points.data;
    for (let i = Math.max(0, first); i < points.length; i++) {
      const o = points.offset(i);
      const px = d[o] - this.centre[0];
      const py = d[o + 1] - this.centre[1];
      const pz = d[o + 2] - this.centre[2];
      const X = Math.abs(px * this.cosY - py * this.sinY);
      const up = Math.abs(pz * this.cosP - (px * this.sinY + py * this.cosY) * this.sinP);
      if (X > ex) ex = X;
      if (up > eu) eu = up;
    }
    // A collapsed trail (a fixed point) keeps a small frame instead of zooming into round-off.
    ex = Math.max(ex, 1);
    eu = Math.max(eu, 1);
    if (Number.isFinite(ex + eu)) {
      this.extentX += w * (ex - this.extentX);
      this.extentUp += w * (eu - this.extentUp);
    }
    this.fitted = true;
    this.prepare();
  }

  /** The larger fitted extent (world units): the depth scale of the perspective. */
  get radius(): number {
    return Math.max(this.extentX, this.extentUp);
  }

  /** Project a world point; writes screen x, y and depth (−1 near … +1 far, in radii) into out. */
  project(x: number, y: number, z: number, out: Float64Array | number[]): void {
    const px = x - this.centre[0];
    const py = y - this.centre[1];
    const pz = z - this.centre[2];
    const X = px * this.cosY - py * this.sinY;
    const Y = px * this.sinY + py * this.cosY;
    const up = pz * this.cosP - Y * this.sinP;
    const depth = (Y * this.cosP + pz * this.sinP) / this.radius;
    const f = DISTANCE / (DISTANCE + depth);
    out[0] = this.viewport.cx + this.scale * f * X;
    out[1] = this.viewport.cy - this.scale * f * up;
    out[2] = depth;
  }

  /** Screen direction (unit-less, y down) of a world axis, for the orientation gizmo. */
  axis(i: 0 | 1 | 2): [number, number] {
    const v = [0, 0, 0];
    v[i] = 1;
    const X = v[0] * this.cosY - v[1] * this.sinY;
    const Y = v[0] * this.sinY + v[1] * this.cosY;
    return [X, -(v[2] * this.cosP - Y * this.sinP)];
  }

  private prepare(): void {
    this.cosY = Math.cos(this.yaw);
    this.sinY = Math.sin(this.yaw);
    this.cosP = Math.cos(this.pitch);
    this.sinP = Math.sin(this.pitch);
    const v = this.viewport;
    this.scale = this.zoom * MARGIN * Math.min(v.halfW / this.extentX, v.halfH / this.extentUp);
  }
}
