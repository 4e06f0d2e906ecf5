import { MAX_FRAME_MS } from './frame-clock.ts';

/**
 * Turns a speed in steps per second into a whole number of steps for each frame, carrying the
 * fraction over (so 1 step/s at 60 fps steps once every 60 frames), independent of the frame rate.
 * A cap keeps a slow frame from trying to catch up with an unbounded burst.
 */
export class StepClock {
  private carry = 0;

  /** `maxPerFrame`: the most steps a single frame may take (protects the frame time). */
  constructor(public maxPerFrame = 200_000) {}

  /** Steps to take in a frame that lasted `deltaMs` at `stepsPerSecond`. */
  tick(deltaMs: number, stepsPerSecond: number): number {
    if (!(stepsPerSecond > 0) || !(deltaMs > 0)) return 0;
    // Clamp the frame time: after a background tab resumes, don't replay minutes of steps.
    const due = this.carry + (stepsPerSecond * Math.min(deltaMs, MAX_FRAME_MS)) / 1000;
    // The tiny epsilon absorbs round-off, so 60 frames of 1/60 s make exactly one step.
    const n = Math.min(Math.floor(due + 1e-9), this.maxPerFrame);
    this.carry = n === this.maxPerFrame ? 0 : due - n;
    return n;
  }

  reset(): void {
    this.carry = 0;
  }
}
