import { Rng } from '../core/rng.ts';
import { EnvOptionError } from './env-option-error.ts';
import { Box, Discrete } from './spaces.ts';
import type { Env, EnvInfo, EnvSpec, EpisodePhase, ResetOptions, ResetResult, StepResult } from './types.ts';
import { assertAction, assertRunning } from './types.ts';

/** Action ids. */
export const RUN = 0;
export const JUMP = 1;

/** Options of `JumpHoleEnv`. Lengths in metres (m), times in seconds (s). */
export interface JumpHoleOptions {
  /** Horizontal running speed, m/s (> 0). */
  speed: number;
  /** Downward gravitational acceleration, m/s² (> 0). */
  gravity: number;
  /** Upward speed at take-off, m/s (> 0). */
  jumpVelocity: number;
  /** Length of one step, s (> 0). */
  dt: number;
  /** Width of the hole, m (> 0; the take-off window jumpLength − holeWidth must be ≥ speed·dt). */
  holeWidth: number;
  /** Smallest distance from the start (x = 0) to the hole's near edge, m (≥ 0). */
  holeStartMin: number;
  /** Largest distance from the start to the hole's near edge, m (≥ holeStartMin). */
  holeStartMax: number;
  /** Reward for each effective jump (one taken on the ground): negative, a cost. */
  jumpReward: number;
  /** Reward for falling into the hole (the episode terminates). */
  fallReward: number;
  /** Reward for landing beyond the far edge (the episode terminates, `info.success = true`). */
  clearReward: number;
}

/**
 * Defaults. A jump lasts 2·8/20 = 0.8 s = 16 steps, covers L = 6·0.8 = 4.8 m and peaks at
 * 8²/(2·20) = 1.6 m. The 2.4 m hole is cleared by taking off 0 to 2.4 m before its near edge (the
 * take-off window, 8 steps of 0.3 m); taking off 2.4 to 4.8 m before it lands in the hole.
 *
 * The near edge starts 2.6 to 4.8 m ahead: past the window (jumping at once always fails) and
 * within one jump length, so every jump decides the episode. That is what lets REINFORCE with a
 * linear policy learn it every time (tests/learning/jump-learning.test.ts). With a longer run-up
 * (holes 6–12 m ahead, tried while tuning) early jumps land before the hole and the runner hops on;
 * "hop at every chance" clears ≈ 40 % of holes, and once the policy saturates there its gradient
 * vanishes: 4 to 8 runs in 10 got stuck on it, whatever η.
 */
export const JUMP_HOLE_DEFAULTS: JumpHoleOptions = {
  speed: 6,
  gravity: 20,
  jumpVelocity: 8,
  dt: 0.05,
  holeWidth: 2.4,
  holeStartMin: 2.6,
  holeStartMax: 4.8,
  jumpReward: -1,
  fallReward: -100,
  clearReward: 100,
};

/** Index of each observation component. */
export const OBS_DISTANCE = 0;
export const OBS_ON_GROUND = 1;

/** Relative slack when comparing the air time with the flight time (sums of dt round). */
const TIME_EPS = 1e-9;

/**
 * # JumpHole-v0
 *
 * A runner moves right at a constant speed towards a hole; the only decision is when to jump.
 * Jumping too early lands in the hole, never jumping runs into it. The task of the posts' REINFORCE
 * example (SPEC §2), with its own fixed-timestep kinematics (no Phaser).
 *
 * ## Action Space
 * `Discrete(2)`: 0 run on (`RUN`), 1 jump (`JUMP`). A jump is only possible on the ground; in the
 * air action 1 does nothing and costs nothing. `info.jumped` is true on a step whose jump took off.
 *
 * ## Observation Space
 * `Box([-(L + 2·speed·dt)/w, 0], [holeStartMax/w, 1])`, a `Float64Array` of 2 numbers (one of two
 * buffers used in turn: valid until the step after next, see types.ts), with
 * L = `jumpLength` = speed·2·jumpVelocity/gravity and w = `windowLength` = L − holeWidth:
 * - 0 `OBS_DISTANCE`: signed distance from the runner's feet to the hole's near edge, in take-off
 *   window lengths: (holeStart − x)/w. Positive before the edge, negative past it (only possible in
 *   the air). A take-off clears the hole exactly when this is in [0, 1]. The unit keeps values of
 *   order 1 (defaults: 2 at most) and the clearing window at [0, 1] whatever the options, which is
 *   what a linear policy needs: measured in jump lengths the window is [0, 0.5] and REINFORCE must
 *   grow θ twice as far, at a quarter of the speed.
 * - 1 `OBS_ON_GROUND`: 1 on the ground (a jump is possible), 0 in the air.
 *
 * ## Starting State
 * The runner stands at x = 0 on the ground (y = 0, vy = 0). The hole's near edge is drawn uniformly
 * in [holeStartMin, holeStartMax) from the env's generator; it spans [holeStart, holeStart + holeWidth].
 *
 * ## Rewards
 * `jumpReward` (−1) for each effective jump, `fallReward` (−100) for falling into the hole,
 * `clearReward` (+100) for landing beyond it; 0 otherwise.
 *
 * ## Episode End
 * Terminated when the runner falls into the hole (running over the near edge, or landing between
 * the edges) or lands at or beyond the far edge (`info.success = true`). Never truncated by the env
 * itself. No episode lasts more than `stepBound` = ⌊holeStartMax/(speed·dt)⌋ + ⌈flightTime/dt⌉
 * steps, however the agent acts (32 with the defaults).
 *
 * Kinematics, exact for constant gravity: x = speed·t; in the air y = v₀τ − ½gτ², vy = v₀ − gτ, with
 * τ the time since take-off. The take-off happens at the start of the step that chooses it; a jump
 * touches down after exactly 2v₀/g at x_takeoff + L (not rounded to steps), then runs on for the
 * rest of that step. The edges count as ground.
 *
 * ## Arguments
 * `new JumpHoleEnv(options?: Partial<JumpHoleOptions>)`, see `JumpHoleOptions` and
 * `JUMP_HOLE_DEFAULTS`. Impossible options (non-finite, non-positive, a hole too wide to clear) throw
 * a `RangeError` naming the option and its value. The generator starts from seed 0 until a
 * `reset({ seed })`.
 *
 * ## Version History
 * - v0: initial version.
 */
export class JumpHoleEnv implements Env<Float64Array, number> {
  readonly actionSpace = new Discrete(2);
  readonly observationSpace: Box;
  readonly spec: EnvSpec;
  readonly stochastic = true;
  readonly options: Readonly<JumpHoleOptions>;
  /** Time in the air of one jump, s: 2·jumpVelocity/gravity. */
  readonly flightTime: number;
  /** Horizontal length of one jump, m: speed · flightTime. */
  readonly jumpLength: number;
  /** Apex height of a jump, m: jumpVelocity²/(2·gravity). */
  readonly jumpHeight: number;
  /** Length of the take-off window, m: jumpLength − holeWidth (the unit of the distance observation). */
  readonly windowLength: number;
  /** No episode lasts more steps than this (see Episode End). */
  readonly stepBound: number;

  private rng = new Rng(0);
  private _phase: EpisodePhase = 'unstarted';
  private _outcome: 'running' | 'fell' | 'cleared' = 'running';
  private steps = 0;
  private _x = 0;
  private _y = 0;
  private _vy = 0;
  private _onGround = true;
  private takeoffX = 0;
  private airSteps = 0;
  private _holeStart = 0;
  /**
   * Two observation buffers used in turn, so an observation stays valid until the step after next
   * (the contract in types.ts): a user's own loop may keep `obs` across one `step` without a copy.
   */
  private readonly obsBuffers = [new Float64Array(2), new Float64Array(2)] as const;
  private obsIndex = 1;
  private readonly info: EnvInfo & { jumped: boolean } = { success: false, jumped: false };
  private readonly resetResult: ResetResult<Float64Array>;
  private readonly result: StepResult<Float64Array>;

  constructor(options: Partial<JumpHoleOptions> = {}) {
    const o: JumpHoleOptions = { ...JUMP_HOLE_DEFAULTS, ...options };
    validate(o);
    this.options = Object.freeze(o);
    this.flightTime = (2 * o.jumpVelocity) / o.gravity;
    this.jumpLength = o.speed * this.flightTime;
    this.jumpHeight = (o.jumpVelocity * o.jumpVelocity) / (2 * o.gravity);
    this.windowLength = this.jumpLength - o.holeWidth;
    const w = this.windowLength;
    // Ground steps before the edge plus a whole flight; the slack absorbs rounding of the quotients.
    this.stepBound =
      Math.floor(o.holeStartMax / (o.speed * o.dt) + 1e-9) + Math.ceil(this.flightTime / o.dt - 1e-9);
    // Lowest distance: a touch-down up to one step past x_takeoff + L (doubled for rounding).
    this.observationSpace = new Box(
      [-(this.jumpLength + 2 * o.speed * o.dt) / w, 0],
      [o.holeStartMax / w, 1],
    );
    this.spec = { id: 'JumpHole-v0', options: { ...o } };
    const first = this.obsBuffers[0];
    this.resetResult = { observation: first, info: this.info };
    this.result = { observation: first, reward: 0, terminated: false, truncated: false, info: this.info };
  }

  // Read-only state for renderers.
  /** Horizontal position of the runner's feet, m (start at 0). */
  get x(): number {
    return this._x;
  }
  /** Height of the runner's feet above the ground, m. */
  get y(): number {
    return this._y;
  }
  /** Vertical speed, m/s (up is positive). */
  get vy(): number {
    return this._vy;
  }
  get onGround(): boolean {
    return this._onGround;
  }
  /** Near edge of the hole, m. */
  get holeStart(): number {
    return this._holeStart;
  }
  /** Far edge of the hole, m. */
  get holeEnd(): number {
    return this._holeStart + this.options.holeWidth;
  }
  get phase(): EpisodePhase {
    return this._phase;
  }
  /** How the episode ended ('running' while it goes on). On a fall, x is where the runner went down. */
  get outcome(): 'running' | 'fell' | 'cleared' {
    return this._outcome;
  }

  reset(options?: ResetOptions): ResetResult<Float64Array> {
    if (options?.seed !== undefined) this.rng = new Rng(options.seed);
    const o = this.options;
    this._holeStart = this.rng.uniform(o.holeStartMin, o.holeStartMax);
    this.steps = 0;
    this._x = 0;
    this._y = 0;
    this._vy = 0;
    this._onGround = true;
    this.airSteps = 0;
    this._phase = 'running';
    this._outcome = 'running';
    this.info.success = false;
    this.info.jumped = false;
    this.observe();
    return this.resetResult;
  }

  step(action: number): StepResult<Float64Array> {
    assertRunning(this._phase, 'JumpHole-v0');
    assertAction(this.actionSpace, action, 'JumpHole-v0');
    const o = this.options;
    const holeStart = this._holeStart;
    let reward = 0;
    let terminated = false;
    this.info.jumped = false;

    if (action === JUMP && this._onGround) {
      // Take off at the start of this step.
      this._onGround = false;
      this.takeoffX = this._x;
      this.airSteps = 0;
      this.info.jumped = true;
      reward += o.jumpReward;
    }

    this.steps++;
    this._x = o.speed * o.dt * this.steps; // x = speed·t, no accumulated rounding

    if (!this._onGround) {
      this.airSteps++;
      const tau = this.airSteps * o.dt; // s since take-off
      if (tau >= this.flightTime * (1 - TIME_EPS)) {
        // Touch-down during this step, exactly at x_takeoff + L.
        const landX = this.takeoffX + this.jumpLength;
        this._onGround = true;
        this._y = 0;
        this._vy = 0;
        if (landX >= this.holeEnd) {
          reward += o.clearReward;
          terminated = true;
          this._outcome = 'cleared';
        } else if (landX > holeStart) {
          reward += o.fallReward;
          terminated = true;
          this._outcome = 'fell';
          this._x = landX;
        }
        // Otherwise it landed before the hole and ran on; the ground check below applies.
      } else {
        this._y = o.jumpVelocity * tau - 0.5 * o.gravity * tau * tau; // y = v₀τ − ½gτ²
        this._vy = o.jumpVelocity - o.gravity * tau; // vy = v₀ − gτ
      }
    }

    if (!terminated && this._onGround && this._x > holeStart) {
      // Ran over the near edge.
      reward += o.fallReward;
      terminated = true;
      this._outcome = 'fell';
      this._x = holeStart;
    }

    if (terminated) this._phase = 'ended';
    this.info.success = this._outcome === 'cleared';
    this.observe();
    const r = this.result;
    r.reward = reward;
    r.terminated = terminated;
    return r;
  }

  /** Write the observation into the buffer not handed out last time, and hand that one out. */
  private observe(): void {
    this.obsIndex ^= 1;
    const obs = this.obsBuffers[this.obsIndex];
    obs[OBS_DISTANCE] = (this._holeStart - this._x) / this.windowLength;
    obs[OBS_ON_GROUND] = this._onGround ? 1 : 0;
    this.resetResult.observation = obs;
    this.result.observation = obs;
  }
}

/**
 * The allowed range of every option: wide enough for any sensible world, narrow enough that every
 * derived length, time and observation bound stays finite.
 */
export const JUMP_HOLE_OPTION_RANGES: Readonly<Record<keyof JumpHoleOptions, readonly [number, number]>> = {
  speed: [1e-6, 1000],
  gravity: [1e-6, 1000],
  jumpVelocity: [1e-6, 1000],
  dt: [1e-6, 1],
  holeWidth: [1e-6, 10_000],
  holeStartMin: [0, 10_000],
  holeStartMax: [0, 10_000],
  jumpReward: [-1e6, 1e6],
  fallReward: [-1e6, 1e6],
  clearReward: [-1e6, 1e6],
};

/** Throw an `EnvOptionError` (a `RangeError`) naming the first impossible option. */
function validate(o: JumpHoleOptions): void {
  const env = 'JumpHole-v0';
  for (const k of Object.keys(JUMP_HOLE_OPTION_RANGES) as (keyof JumpHoleOptions)[]) {
    const v = o[k];
    const [min, max] = JUMP_HOLE_OPTION_RANGES[k];
    const prefix = `${env}: option ${k}`;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      const got = typeof v === 'string' ? JSON.stringify(v) : String(v);
      throw new EnvOptionError(
        k,
        'env-option-not-number',
        { env, option: k, value: got },
        `${prefix} must be a finite number, got ${got}`,
      );
    }
    const tooSmall = (bound: number, inclusive: boolean, words: string) =>
      new EnvOptionError(
        k,
        'env-option-too-small',
        { env, option: k, value: v, min: bound, inclusive },
        `${prefix} ${words}, got ${v}`,
      );
    if (min === -max) {
      if (v < min || v > max) {
        throw new EnvOptionError(
          k,
          'env-option-out-of-range',
          { env, option: k, value: v, min, max },
          `${prefix} must be between ${min} and ${max}, got ${v}`,
        );
      }
    } else if (min === 0 && v < 0) {
      throw tooSmall(0, true, 'must be ≥ 0');
    } else if (v <= 0) {
      throw tooSmall(0, false, 'must be > 0');
    } else if (v < min) {
      throw tooSmall(min, true, `must be at least ${min}`);
    }
    if (v > max) {
      throw new EnvOptionError(
        k,
        'env-option-too-large',
        { env, option: k, value: v, max },
        `${prefix} must be at most ${max}, got ${v}`,
      );
    }
  }
  if (o.holeStartMax < o.holeStartMin) {
    throw new EnvOptionError(
      'holeStartMax',
      'jump-hole-order',
      { holeStartMin: o.holeStartMin, holeStartMax: o.holeStartMax },
      `${env}: option holeStartMax (${o.holeStartMax}) must be ≥ holeStartMin (${o.holeStartMin})`,
    );
  }
  const length = (o.speed * 2 * o.jumpVelocity) / o.gravity;
  const stepRun = o.speed * o.dt;
  if (length - o.holeWidth < stepRun) {
    throw new EnvOptionError(
      'holeWidth',
      'jump-hole-too-wide',
      {
        holeWidth: o.holeWidth,
        jumpLength: round(length),
        window: round(length - o.holeWidth),
        stepRun: round(stepRun),
      },
      `${env}: option holeWidth = ${o.holeWidth} m is too wide: a jump covers ` +
        `speed·2·jumpVelocity/gravity = ${round(length)} m, and the take-off window (jump length − ` +
        `holeWidth = ${round(length - o.holeWidth)} m) must be at least one step's run (speed·dt = ` +
        `${round(stepRun)} m), or some holes cannot be cleared`,
    );
  }
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
