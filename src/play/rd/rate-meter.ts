/**
 * The run's measured rates over wall-clock time, refreshed about every half second. Not from the
 * frame deltas, which the game loop smooths and clamps: a loaded machine drawing 15 frames a second
 * still reports deltas of ≈ 16.7 ms.
 */

const WINDOW_MS = 500;

export class RateMeter {
  /** The latest half second's rates (read by the HUD and the readout in their frame). */
  readonly measured = {
    fps: 0,
    stepsPerSecond: 0,
    simTimePerSecond: 0,
    stepsPerFrame: 0,
    /** The frame budget cut stepping short: running slower than asked. */
    capped: false,
  };
  private since = Number.NaN;
  private frames = 0;
  private steps = 0;
  private simTime = 0;
  private capped = 0;

  /** One frame's work, at wall-clock `now` (ms). */
  frame(now: number, steps: number, dt: number, capped: boolean): void {
    if (Number.isNaN(this.since)) {
      this.since = now; // the meter starts at the end of the first frame
      return;
    }
    this.frames++;
    this.steps += steps;
    this.simTime += steps * dt;
    if (capped) this.capped++;
    const ms = now - this.since;
    if (ms < WINDOW_MS) return;
    const out = this.measured;
    out.fps = (1000 * this.frames) / ms;
    out.stepsPerSecond = (1000 * this.steps) / ms;
    out.simTimePerSecond = (1000 * this.simTime) / ms;
    out.stepsPerFrame = this.steps / this.frames;
    out.capped = this.capped > 0;
    this.since = now;
    this.frames = this.steps = this.simTime = this.capped = 0;
  }
}
