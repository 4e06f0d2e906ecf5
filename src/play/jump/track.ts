/**
 * What the jump scene shows: one runner, or two side by side (baseline vs none), stepping together
 * at the chosen speed. Runners start each episode together, so with the same run seed both face
 * the same hole; one that finishes first waits for the other.
 *
 * Pacing, at slow speeds only (cosmetic: the env is what it is): after the episode ends the track
 * holds for an outro (the fall or the celebration), then resets and holds for an intro (the runner
 * runs in) before stepping again. At higher speeds episodes follow each other at once.
 *
 * In Play the runner waits for the player: each episode starts in the `ready` phase and holds there
 * (standing at the start) until `start()`, the player's first key or tap; the run then begins at
 * once. Otherwise a run would be under way, and the hole near, before the player could react.
 *
 * Nothing here allocates per step; the scene reads `fromX`/`fromY` and `msSinceStep` to draw
 * between two steps.
 */
import type { JumpHoleEnv } from '../../envs/jump-hole.ts';
import type { TimeLimit } from '../../envs/time-limit.ts';
import { REAL_TIME_SPEED } from '../../state/jump-settings.ts';
import type { Runner } from '../../train/runner.ts';
import { StepClock } from '../shared/step-clock.ts';

export type TrackPhase = 'ready' | 'intro' | 'run' | 'outro';

/** At or below this speed (steps/s) episodes get an outro and an intro. */
export const PACED_MAX_SPEED = 2 * REAL_TIME_SPEED;
/** Outro and intro lengths at real time and below, ms; shorter in proportion up to `PACED_MAX_SPEED`. */
export const OUTRO_MS = 900;
export const INTRO_MS = 600;

export function isPaced(speed: number): boolean {
  return speed <= PACED_MAX_SPEED;
}

export class JumpTrack {
  readonly runners: Runner<Float64Array>[];
  readonly holes: JumpHoleEnv[];
  /** Feet position before the last step, per runner (m). */
  readonly fromX: Float64Array;
  readonly fromY: Float64Array;
  phase: TrackPhase = 'run';
  /** Time spent in the current phase, and its length, ms. */
  phaseMs = 0;
  phaseLength = 0;
  /** Steps taken by the track (all runners together count once). */
  steps = 0;
  /** Episodes started together. */
  starts = 0;
  msSinceStep = 0;
  private readonly clock = new StepClock();
  /** Each episode waits in `ready` for `start()` (Play). */
  private readonly waitForStart: boolean;

  constructor(runners: Runner<Float64Array>[], speed: number, options: { waitForStart?: boolean } = {}) {
    this.waitForStart = options.waitForStart ?? false;
    this.runners = runners;
    this.holes = runners.map((r) => (r.env as TimeLimit<Float64Array>).unwrapped as JumpHoleEnv);
    this.fromX = new Float64Array(runners.length);
    this.fromY = new Float64Array(runners.length);
    for (let i = 0; i < runners.length; i++) {
      this.fromX[i] = this.holes[i].x;
      this.fromY[i] = this.holes[i].y;
    }
    if (this.allEnded()) {
      this.startEpisodes();
      this.enterStart(speed);
    } else if (this.waitForStart) {
      this.phase = 'ready';
    }
  }

  /** Begin the run that waits in `ready` (the player's first key or tap). False in any other phase. */
  start(): boolean {
    if (this.phase !== 'ready') return false;
    this.phase = 'run';
    this.phaseMs = 0;
    this.msSinceStep = 0;
    this.clock.reset();
    return true;
  }

  /** Whether every runner's episode is over (the next step starts the next episode together). */
  allEnded(): boolean {
    for (const r of this.runners) if (r.inEpisode) return false;
    return true;
  }

  /** Phase progress in [0, 1]. */
  get progress(): number {
    return this.phaseLength > 0 ? Math.min(1, this.phaseMs / this.phaseLength) : 1;
  }

  /**
   * Advance by one display frame: pacing holds, or as many steps as `speed` asks for, stopping when
   * `overBudget()` says the frame has spent enough (checked every 256 steps).
   */
  advance(deltaMs: number, speed: number, overBudget: () => boolean): void {
    this.msSinceStep += deltaMs;
    if (this.phase === 'ready') {
      this.phaseMs += deltaMs;
      return;
    }
    if (this.phase !== 'run') {
      this.phaseMs += deltaMs;
      if (this.phaseMs < this.phaseLength && isPaced(speed)) return;
      // Only the time past the hold counts for stepping.
      deltaMs = Math.max(0, Math.min(deltaMs, this.phaseMs - this.phaseLength));
      if (this.phase === 'outro') {
        this.startEpisodes();
        if (this.enterStart(speed)) return;
      }
      this.phase = 'run';
      this.clock.reset();
    }
    const n = this.clock.tick(deltaMs, speed);
    for (let i = 0; i < n; i++) {
      if (this.stepAll()) {
        if (isPaced(speed)) {
          this.enter('outro', speed);
          return;
        }
        if (this.waitForStart) {
          this.startEpisodes();
          this.enterStart(speed);
          return;
        }
      }
      if ((i & 255) === 255 && overBudget()) {
        this.clock.reset();
        return;
      }
    }
  }

  /** One step now, whatever the phase (the Step button): a new episode first if all had ended. */
  stepOnce(): void {
    this.phase = 'run';
    this.clock.reset();
    this.stepAll();
  }

  /** Abandoned episodes: start the next ones together now. */
  restartEpisodes(speed: number): void {
    this.startEpisodes();
    if (!this.enterStart(speed)) this.phase = 'run';
  }

  /** Episodes just started: wait for the player, or run in (paced). True when it holds. */
  private enterStart(speed: number): boolean {
    if (this.waitForStart) {
      this.phase = 'ready';
      this.phaseMs = 0;
      this.phaseLength = 0;
      return true;
    }
    if (isPaced(speed)) {
      this.enter('intro', speed);
      return true;
    }
    return false;
  }

  /** Step every runner still in its episode. Returns true when this step ended the last one. */
  private stepAll(): boolean {
    if (this.allEnded()) this.startEpisodes();
    for (let i = 0; i < this.runners.length; i++) {
      const r = this.runners[i];
      if (!r.inEpisode) continue;
      const h = this.holes[i];
      this.fromX[i] = h.x;
      this.fromY[i] = h.y;
      r.step();
    }
    this.steps++;
    this.msSinceStep = 0;
    return this.allEnded();
  }

  private startEpisodes(): void {
    for (let i = 0; i < this.runners.length; i++) {
      this.runners[i].reset();
      this.fromX[i] = 0;
      this.fromY[i] = 0;
    }
    this.starts++;
    this.msSinceStep = 0;
  }

  private enter(phase: TrackPhase, speed: number): void {
    this.phase = phase;
    this.phaseMs = 0;
    const scale = Math.min(1, REAL_TIME_SPEED / Math.max(speed, 1e-9));
    this.phaseLength = (phase === 'outro' ? OUTRO_MS : INTRO_MS) * scale;
  }
}
