/**
 * The one source of frame time for every scene: real elapsed wall-clock time between frames.
 * Phaser's `delta` is smoothed and capped near 1/60 s, so at 15 fps it still says ≈ 16.7 ms and a
 * simulation fed with it runs 4× slower than asked; the real time keeps the sim speed independent
 * of the frame rate. After a stall (a background tab, a long GC) the time is clamped, so a scene
 * never replays minutes of steps in one frame.
 */

/** The longest frame counted: below 4 fps the simulation slows down instead of bursting. */
export const MAX_FRAME_MS = 250;
/** The first frame after (re)starting counts as one frame at 60 Hz. */
export const FIRST_FRAME_MS = 1000 / 60;

export class FrameClock {
  private last = Number.NaN;

  constructor(
    private readonly now: () => number = () => performance.now(),
    private readonly maxMs = MAX_FRAME_MS,
  ) {}

  /** Milliseconds since the previous tick, in [0, maxMs]. */
  tick(): number {
    const now = this.now();
    const elapsed = Number.isNaN(this.last) ? FIRST_FRAME_MS : now - this.last;
    this.last = now;
    return Math.min(this.maxMs, Math.max(0, elapsed));
  }

  /** Forget the last frame: the next tick counts as a first frame (a scene starting again). */
  reset(): void {
    this.last = Number.NaN;
  }
}
