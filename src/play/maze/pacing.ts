/**
 * How fast the on-page modes step: Watch and Evaluate take as many steps a frame as the speed asks
 * (`StepClock`), within the frame's time budget; a slow Evaluate holds a moment on each finished
 * run so it can be read.
 */
import { StepClock } from '../shared/step-clock.ts';
import type { AgentRecord } from './record.ts';
import type { MazeRunners } from './runners.ts';

/** Below this speed (steps/s) Evaluate holds on a finished run. */
const EVAL_HOLD_BELOW_SPEED = 100;
const EVAL_HOLD_MS = 700;

export class MazePacing {
  private readonly clock = new StepClock();
  private deadline = 0;
  private readonly overBudget = () => this.now() > this.deadline;
  private evalHoldMs = 0;

  constructor(
    private readonly now: () => number,
    private readonly frameBudgetMs: number,
  ) {}

  /** Start over (a new mode, a resume): no carried fraction, no hold. */
  reset(): void {
    this.clock.reset();
    this.evalHoldMs = 0;
  }

  /** Up to `n` training steps (at most `n`, fewer when the frame's time runs out). */
  train(runners: MazeRunners, record: AgentRecord, n: number): void {
    if (n <= 0) return;
    this.deadline = this.now() + this.frameBudgetMs;
    if (!runners.trainSteps(n, this.overBudget)) this.clock.reset();
    record.drain();
  }

  /** Watch's frame: the steps the speed asks for. */
  watchFrame(runners: MazeRunners, record: AgentRecord, deltaMs: number, speed: number): void {
    this.train(runners, record, this.clock.tick(deltaMs, speed));
  }

  /** Evaluate's frame; `n` fixed (a single step) or as the speed asks. */
  evalFrame(runners: MazeRunners, deltaMs: number, speed: number, n?: number): void {
    if (n === undefined && !runners.eval.inEpisode && this.evalHoldMs > 0) {
      this.evalHoldMs -= deltaMs;
      return;
    }
    this.deadline = this.now() + this.frameBudgetMs;
    const hold = n === undefined && speed < EVAL_HOLD_BELOW_SPEED;
    const r = runners.evalSteps(n ?? this.clock.tick(deltaMs, speed), this.overBudget, hold);
    if (r === 'ended') this.evalHoldMs = EVAL_HOLD_MS;
    else if (r === 'budget') this.clock.reset();
  }
}
