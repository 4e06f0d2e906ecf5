/**
 * Which part of the reference's trail the camera frames. Normally the whole trail; after σ, r or b
 * change, only what the orbit drew on the new attractor. Without this the view keeps framing the
 * old, larger orbit for as long as its points stay in the trail (25 time units ≈ 17 s at the
 * default speed after r goes 350 → 28), and Reset view, which only reset the angles, could not help.
 *
 * After a change the window is the newest points drawn since FIT_SETTLE time units after it (the
 * orbit has left the old attractor by then: the flow contracts volumes by e^{−(σ+1+b)} ≈ e^{−13.7}
 * per time unit at the classic σ, b), but never fewer than FIT_MIN time units' worth, so the view
 * moves over smoothly instead of zooming onto the first few points. No DOM.
 */
import type { TrailRing } from './flock.ts';

/** Time after a parameter change before its points alone are framed. */
export const FIT_SETTLE = 1;
/** The shortest stretch of trail framed (time units). */
export const FIT_MIN = 3;

export class FitWindow {
  /** The trail the start below refers to (a new trail, e.g. after a restart, is framed whole). */
  private trail: TrailRing | null = null;
  /** Push number of the first point framed after a change (0: the whole trail). */
  private startPush = 0;
  private spacing = 1;

  /** σ, r or b changed now: frame only what comes FIT_SETTLE after this point. */
  markChange(trail: TrailRing, spacing: number): void {
    this.trail = trail;
    this.spacing = spacing;
    this.startPush = trail.pushed + Math.ceil(FIT_SETTLE / spacing);
  }

  /** How many of the trail's newest points to frame. */
  pointsToFrame(trail: TrailRing): number {
    if (trail !== this.trail) return trail.length;
    const since = trail.pushed - this.startPush;
    const min = Math.ceil(FIT_MIN / this.spacing);
    return Math.min(trail.length, Math.max(since, min));
  }

  /** The bounding box of those points into min/max (the current state when the trail is empty). */
  box(trail: TrailRing, state: ArrayLike<number>, min: Float64Array, max: Float64Array): void {
    min.fill(Number.POSITIVE_INFINITY);
    max.fill(Number.NEGATIVE_INFINITY);
    const d = trail.data;
    const n = this.pointsToFrame(trail);
    for (let i = trail.length - n; i < trail.length; i++) {
      const o = trail.offset(i);
      for (let c = 0; c < 3; c++) {
        const v = d[o + c];
        if (v < min[c]) min[c] = v;
        if (v > max[c]) max[c] = v;
      }
    }
    if (n === 0) for (let c = 0; c < 3; c++) min[c] = max[c] = state[c];
  }
}
