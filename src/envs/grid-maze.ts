/**
 * GridMaze-v0: find the way from S to G in a grid maze (Gymnasium's FrozenLake / CliffWalking, not
 * slippery).
 *
 * ## Action Space
 * `Discrete(4)`: 0 up, 1 right, 2 down, 3 left (`ACTIONS`, `ACTION_NAMES`, `ACTION_DELTAS`).
 * A move into a wall `#` or off the grid leaves the agent where it is.
 *
 * ## Observation Space
 * `Discrete(width * height)`: the agent's cell index `row * width + col` (row 0 at the top).
 *
 * ## Starting State
 * The S tile. The maze is deterministic: the env's `rng` is re-created by `reset({ seed })` only
 * so that every env is seeded the same way (and a stochastic variant would have it); no draw is
 * made from it.
 *
 * ## Rewards
 * - `goalReward` (default +1) on the step that enters G;
 * - `cliffReward` (default −100) on a step that enters a cliff C; the agent is sent back to S and
 *   the episode goes on (Sutton & Barto, Example 6.6);
 * - `stepReward` (default 0) on every other step, bumps into walls included.
 * With `stepReward: -1` the `'cliff'` preset gives the book's cliff-walking rewards.
 *
 * ## Episode End
 * Terminated on entering G (`info.success` is true on that step). Never truncated here: a step
 * limit is the `TimeLimit` wrapper's job. `info.fell` is true on a step that entered a cliff.
 *
 * ## Arguments
 * `new GridMazeEnv({ layout, goalReward, stepReward, cliffReward })` (`GridMazeOptions`):
 * `layout` is a preset name from `MAZE_PRESETS` (default `DEFAULT_MAZE_PRESET`) or the maze as
 * row strings (`#` wall, `.` floor, `S` start, `G` goal, `C` cliff; see maze-layout.ts). An
 * invalid layout throws a `MazeLayoutError`. The layout is fixed for the env's lifetime: to edit
 * the maze, build a new env.
 *
 * ## Version History
 * - v0: initial version.
 *
 * Speed: `step` is a few reads from tables built once in the constructor (`buildTransitions`), with
 * no allocation; the result and info objects are reused (see the ownership rules in types.ts).
 */
import { Rng } from '../core/rng.ts';
import { EnvOptionError } from './env-option-error.ts';
import { type MazeLayout, type MazeSource, parseMazeLayout, TILE } from './maze-layout.ts';
import { DEFAULT_MAZE_PRESET } from './maze-presets.ts';
import { Discrete } from './spaces.ts';
import type { Env, EnvInfo, EnvSpec, ResetOptions, ResetResult, StepResult } from './types.ts';
import { assertAction, assertRunning } from './types.ts';

export const GRID_MAZE_ID = 'GridMaze-v0';

/** Action ids, in the order of `ACTION_DELTAS`. */
export const ACTIONS = { UP: 0, RIGHT: 1, DOWN: 2, LEFT: 3 } as const;
export const ACTION_NAMES = ['up', 'right', 'down', 'left'] as const;
/** [Δrow, Δcol] of each action; rows grow downwards. */
export const ACTION_DELTAS: readonly (readonly [number, number])[] = [
  [-1, 0],
  [0, 1],
  [1, 0],
  [0, -1],
];
const N_ACTIONS = 4;

/** What a transition leads to, as stored in `GridMazeTransitions.outcome`. */
export const OUTCOME = { MOVE: 0, GOAL: 1, CLIFF: 2 } as const;

export interface GridMazeOptions {
  /** A preset name (`MAZE_PRESETS`) or the maze as row strings. Default `DEFAULT_MAZE_PRESET`. */
  layout?: MazeSource;
  /** Reward for the step that enters G. */
  goalReward?: number;
  /** Reward for every step that neither enters G nor a cliff (bumping into a wall included). */
  stepReward?: number;
  /** Reward for stepping onto a cliff C (the agent is then back on S). */
  cliffReward?: number;
}

export const GRID_MAZE_DEFAULTS = {
  layout: DEFAULT_MAZE_PRESET as MazeSource,
  goalReward: 1,
  stepReward: 0,
  cliffReward: -100,
} satisfies Required<GridMazeOptions>;

export interface GridMazeInfo extends EnvInfo {
  /** True on the step that enters G. */
  success: boolean;
  /** True on a step that entered a cliff (the observation is then S). */
  fell: boolean;
}

/** The whole MDP as flat tables indexed `s * 4 + a`. Read-only; shared with renderers and planners. */
export interface GridMazeTransitions {
  /** Cell after taking action a in cell s (S after a cliff). */
  readonly next: Int32Array;
  readonly reward: Float64Array;
  /** `OUTCOME.MOVE`, `.GOAL` (terminal) or `.CLIFF` (sent back to S). */
  readonly outcome: Uint8Array;
}

/**
 * Precompute every transition so that `step` is three array reads. Moves off the grid or into a
 * wall leave the agent in place (with the step reward). Rows of wall cells, of G and of cliff
 * cells are filled the same way but are never used: the agent cannot stand on them.
 */
export function buildTransitions(
  layout: MazeLayout,
  rewards: { goalReward: number; stepReward: number; cliffReward: number },
): GridMazeTransitions {
  const { width, height, tiles, start } = layout;
  const n = width * height;
  const next = new Int32Array(n * N_ACTIONS);
  const reward = new Float64Array(n * N_ACTIONS);
  const outcome = new Uint8Array(n * N_ACTIONS);
  for (let s = 0; s < n; s++) {
    const r = Math.floor(s / width);
    const c = s - r * width;
    for (let a = 0; a < N_ACTIONS; a++) {
      const i = s * N_ACTIONS + a;
      const nr = r + ACTION_DELTAS[a][0];
      const nc = c + ACTION_DELTAS[a][1];
      let to = nr >= 0 && nr < height && nc >= 0 && nc < width ? nr * width + nc : s;
      if (tiles[to] === TILE.WALL) to = s;
      if (tiles[to] === TILE.GOAL) {
        next[i] = to;
        reward[i] = rewards.goalReward;
        outcome[i] = OUTCOME.GOAL;
      } else if (tiles[to] === TILE.CLIFF) {
        next[i] = start;
        reward[i] = rewards.cliffReward;
        outcome[i] = OUTCOME.CLIFF;
      } else {
        next[i] = to;
        reward[i] = rewards.stepReward;
        outcome[i] = OUTCOME.MOVE;
      }
    }
  }
  return { next, reward, outcome };
}

/** Largest reward magnitude: keeps Q-values (and returns over long episodes) far from overflow. */
export const MAX_MAZE_REWARD = 1e6;

function checkReward(name: string, value: unknown): number {
  const env = GRID_MAZE_ID;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    const got = typeof value === 'string' ? JSON.stringify(value) : String(value);
    throw new EnvOptionError(
      name,
      'env-option-not-number',
      { env, option: name, value: got },
      `${env}: option ${name} must be a finite number, got ${got}`,
    );
  }
  if (Math.abs(value) > MAX_MAZE_REWARD) {
    const [min, max] = [-MAX_MAZE_REWARD, MAX_MAZE_REWARD];
    throw new EnvOptionError(
      name,
      'env-option-out-of-range',
      { env, option: name, value, min, max },
      `${env}: option ${name} must be between ${min} and ${max}, got ${value}`,
    );
  }
  return value;
}

export class GridMazeEnv implements Env<number, number> {
  readonly observationSpace: Discrete;
  readonly actionSpace = new Discrete(N_ACTIONS);
  readonly spec: EnvSpec;
  readonly stochastic = false;
  readonly layout: MazeLayout;
  readonly transitions: GridMazeTransitions;
  /** The env's own generator (unused by the dynamics; see Starting State). */
  rng: Rng;
  private pos: number;
  private running = false;
  private started = false;
  // The hot path reads these directly rather than through `transitions`.
  private readonly next: Int32Array;
  private readonly reward: Float64Array;
  private readonly outcome: Uint8Array;
  private readonly info: GridMazeInfo = { success: false, fell: false };
  private readonly resetResult: ResetResult<number>;
  private readonly result: StepResult<number>;

  constructor(options: GridMazeOptions = {}) {
    // `??` rather than a spread, so an option passed as `undefined` still gets its default.
    const d = GRID_MAZE_DEFAULTS;
    const layout = options.layout ?? d.layout;
    const rewards = {
      goalReward: checkReward('goalReward', options.goalReward ?? d.goalReward),
      stepReward: checkReward('stepReward', options.stepReward ?? d.stepReward),
      cliffReward: checkReward('cliffReward', options.cliffReward ?? d.cliffReward),
    };
    this.layout = parseMazeLayout(layout);
    // A copy, so that later edits to the caller's array cannot change what the spec rebuilds.
    const layoutOption = typeof layout === 'string' ? layout : layout.slice();
    this.spec = { id: GRID_MAZE_ID, options: { layout: layoutOption, ...rewards } };
    this.observationSpace = new Discrete(this.layout.width * this.layout.height);
    this.transitions = buildTransitions(this.layout, rewards);
    this.next = this.transitions.next;
    this.reward = this.transitions.reward;
    this.outcome = this.transitions.outcome;
    // A fixed default seed: never unseeded, even before the first `reset({ seed })`.
    this.rng = new Rng(0);
    this.pos = this.layout.start;
    this.resetResult = { observation: this.pos, info: this.info };
    this.result = { observation: this.pos, reward: 0, terminated: false, truncated: false, info: this.info };
  }

  /** The agent's cell index (`row * width + col`). */
  get position(): number {
    return this.pos;
  }

  reset(options?: ResetOptions): ResetResult<number> {
    if (options?.seed !== undefined) this.rng = new Rng(options.seed);
    this.pos = this.layout.start;
    this.running = true;
    this.started = true;
    this.info.success = false;
    this.info.fell = false;
    this.resetResult.observation = this.pos;
    return this.resetResult;
  }

  step(action: number): StepResult<number> {
    if (!this.running) assertRunning(this.started ? 'ended' : 'unstarted', GRID_MAZE_ID);
    // Cheap integer check first; assertAction builds the error message (and throws).
    if (action >>> 0 !== action || action >= N_ACTIONS) assertAction(this.actionSpace, action, GRID_MAZE_ID);
    const i = this.pos * N_ACTIONS + action;
    const outcome = this.outcome[i];
    const pos = this.next[i];
    const goal = outcome === OUTCOME.GOAL;
    this.pos = pos;
    this.running = !goal;
    this.info.success = goal;
    this.info.fell = outcome === OUTCOME.CLIFF;
    const r = this.result;
    r.observation = pos;
    r.reward = this.reward[i];
    r.terminated = goal;
    return r;
  }
}
