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
 * A preset may bring its own rewards (`MAZE_PRESET_REWARDS`), used for every reward option not given
 * explicitly: `'cliff-book'` has the book's cliff-walking rewards (goal −1, step −1, cliff −100).
 * (`'cliff'` with `stepReward: -1, goalReward: -1` is the same.)
 *
 * ## Episode End
 * Terminated on entering G (`info.success` is true on that step). Never truncated here: a step
 * limit is the `TimeLimit` wrapper's job. `info.fell` is true on a step that entered a cliff.
 *
 * ## Arguments
 * `new GridMazeEnv({ layout, goalReward, stepReward, cliffReward, changeAt })` (`GridMazeOptions`):
 * `layout` is a preset name from `MAZE_PRESETS` (default `DEFAULT_MAZE_PRESET`) or the maze as
 * row strings (`#` wall, `.` floor, `S` start, `G` goal, `C` cliff; see maze-layout.ts). An
 * invalid layout throws a `MazeLayoutError`. To edit the maze, build a new env.
 *
 * `changeAt: { step, layout }` changes the walls once (Sutton & Barto's blocking and shortcut
 * mazes, Examples 8.2 and 8.3): on the `step`-th env step since construction, counted over all
 * episodes and not reset by `reset()`, the maze becomes `layout` (same size, same S and G, else an
 * `EnvOptionError` naming `changeAt`). That step's `info.changed` is true; from then on `layout`,
 * `transitions` and `changed` describe the new maze. Both tables are built in the constructor, so
 * the switch allocates nothing. Should the agent stand where a new wall appears, it is moved to S
 * (that step's observation is then S); the book's presets never do this. The presets `'blocking'`
 * and `'shortcut'` change as in the book (`MAZE_CHANGES`: after 1000 and 3000 steps) unless
 * `changeAt` is given; `changeAt: null` keeps the first layout. `reset({ seed })` does not undo a
 * change: such an env is non-stationary on purpose.
 *
 * ## Version History
 * - v0: initial version.
 *
 * Speed: `step` is a few reads from tables built once in the constructor (`buildTransitions`), with
 * no allocation; the result and info objects are reused (see the ownership rules in types.ts).
 */
import { Rng } from '../core/rng.ts';
import { EnvOptionError } from './env-option-error.ts';
import { type MazeChangeOption, type ResolvedMazeChange, resolveMazeChange } from './maze-change.ts';
import { type MazeLayout, type MazeSource, parseMazeLayout, TILE } from './maze-layout.ts';
import { DEFAULT_MAZE_PRESET, MAZE_PRESET_REWARDS } from './maze-presets.ts';
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
  /**
   * Change the walls after `step` env steps (see Arguments). Default: the preset's change
   * (`MAZE_CHANGES`) if it has one, else none; `null`: none.
   */
  changeAt?: MazeChangeOption | null;
}

export const GRID_MAZE_DEFAULTS = {
  layout: DEFAULT_MAZE_PRESET as MazeSource,
  goalReward: 1,
  stepReward: 0,
  cliffReward: -100,
} satisfies Required<Omit<GridMazeOptions, 'changeAt'>>;

export interface GridMazeInfo extends EnvInfo {
  /** True on the step that enters G. */
  success: boolean;
  /** True on a step that entered a cliff (the observation is then S). */
  fell: boolean;
  /** True on the step at which the walls changed (`changeAt`). */
  changed: boolean;
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
  /** The wall change (`changeAt`), or null for a maze that never changes. */
  readonly change: { readonly step: number; readonly layout: MazeLayout } | null;
  /** The env's own generator (unused by the dynamics; see Starting State). */
  rng: Rng;
  private pos: number;
  private running = false;
  private started = false;
  private steps = 0;
  private changeStep: number;
  private currentLayout: MazeLayout;
  private currentTransitions: GridMazeTransitions;
  private readonly changedTransitions: GridMazeTransitions | null;
  // The hot path reads these directly rather than through `transitions`.
  private next: Int32Array;
  private reward: Float64Array;
  private outcome: Uint8Array;
  private readonly info: GridMazeInfo = { success: false, fell: false, changed: false };
  private readonly resetResult: ResetResult<number>;
  private readonly result: StepResult<number>;

  constructor(options: GridMazeOptions = {}) {
    // `??` rather than a spread, so an option passed as `undefined` still gets its default.
    const d = GRID_MAZE_DEFAULTS;
    const layout = options.layout ?? d.layout;
    const own: Partial<GridMazeOptions> =
      typeof layout === 'string' && Object.hasOwn(MAZE_PRESET_REWARDS, layout)
        ? MAZE_PRESET_REWARDS[layout as keyof typeof MAZE_PRESET_REWARDS]
        : {};
    const rewards = {
      goalReward: checkReward('goalReward', options.goalReward ?? own.goalReward ?? d.goalReward),
      stepReward: checkReward('stepReward', options.stepReward ?? own.stepReward ?? d.stepReward),
      cliffReward: checkReward('cliffReward', options.cliffReward ?? own.cliffReward ?? d.cliffReward),
    };
    this.currentLayout = parseMazeLayout(layout);
    const change: ResolvedMazeChange | null = resolveMazeChange(layout, options.changeAt, this.currentLayout);
    // A copy, so that later edits to the caller's array cannot change what the spec rebuilds.
    const layoutOption = typeof layout === 'string' ? layout : layout.slice();
    this.spec = { id: GRID_MAZE_ID, options: { layout: layoutOption, ...rewards } };
    // Kept when there is a change, or when `null` turned a preset's own change off.
    if (change || options.changeAt === null) this.spec.options.changeAt = change ? change.option : null;
    this.observationSpace = new Discrete(this.currentLayout.width * this.currentLayout.height);
    this.currentTransitions = buildTransitions(this.currentLayout, rewards);
    this.change = change && { step: change.step, layout: change.layout };
    this.changedTransitions = change && buildTransitions(change.layout, rewards);
    // Never reached when there is no change (steps would have to pass 2^53).
    this.changeStep = change ? change.step : Number.POSITIVE_INFINITY;
    this.next = this.currentTransitions.next;
    this.reward = this.currentTransitions.reward;
    this.outcome = this.currentTransitions.outcome;
    // A fixed default seed: never unseeded, even before the first `reset({ seed })`.
    this.rng = new Rng(0);
    this.pos = this.currentLayout.start;
    this.resetResult = { observation: this.pos, info: this.info };
    this.result = { observation: this.pos, reward: 0, terminated: false, truncated: false, info: this.info };
  }

  /** The maze as it is now (the changed one after a `changeAt` change). */
  get layout(): MazeLayout {
    return this.currentLayout;
  }

  /** The MDP's tables as they are now (the changed maze's after a `changeAt` change). */
  get transitions(): GridMazeTransitions {
    return this.currentTransitions;
  }

  /** Env steps since construction, over all episodes (what `changeAt.step` counts). */
  get totalSteps(): number {
    return this.steps;
  }

  /** Whether the walls have changed (`changeAt`). */
  get changed(): boolean {
    return this.changedTransitions !== null && this.currentTransitions === this.changedTransitions;
  }

  /** The agent's cell index (`row * width + col`). */
  get position(): number {
    return this.pos;
  }

  reset(options?: ResetOptions): ResetResult<number> {
    if (options?.seed !== undefined) this.rng = new Rng(options.seed);
    this.pos = this.currentLayout.start;
    this.running = true;
    this.started = true;
    this.info.success = false;
    this.info.fell = false;
    this.info.changed = false;
    this.resetResult.observation = this.pos;
    return this.resetResult;
  }

  step(action: number): StepResult<number> {
    if (!this.running) assertRunning(this.started ? 'ended' : 'unstarted', GRID_MAZE_ID);
    // Cheap integer check first; assertAction builds the error message (and throws).
    if (action >>> 0 !== action || action >= N_ACTIONS) assertAction(this.actionSpace, action, GRID_MAZE_ID);
    const i = this.pos * N_ACTIONS + action;
    const outcome = this.outcome[i];
    const goal = outcome === OUTCOME.GOAL;
    const reward = this.reward[i];
    this.pos = this.next[i];
    this.running = !goal;
    this.info.success = goal;
    this.info.fell = outcome === OUTCOME.CLIFF;
    this.info.changed = ++this.steps === this.changeStep;
    if (this.info.changed) this.applyChange();
    const r = this.result;
    r.observation = this.pos;
    r.reward = reward;
    r.terminated = goal;
    return r;
  }

  /**
   * Internal, for the fused kernel (src/train/fused), which steps `transitions` itself: take the
   * state `steps` calls of `step` would have left (`last`: the last step's table index, or −1 if
   * the kernel took no step). Only for a maze with no change pending (the kernel checks).
   */
  fusedSync(pos: number, steps: number, last: number): void {
    this.pos = pos;
    this.steps += steps;
    if (last < 0) return;
    const outcome = this.outcome[last];
    const goal = outcome === OUTCOME.GOAL;
    this.running = !goal;
    this.info.success = goal;
    this.info.fell = outcome === OUTCOME.CLIFF;
    this.info.changed = false;
    const r = this.result;
    r.observation = pos;
    r.reward = this.reward[last];
    r.terminated = goal;
  }

  /** Switch to the changed maze's tables (built in the constructor), once. */
  private applyChange(): void {
    const change = this.change as NonNullable<typeof this.change>;
    const tables = this.changedTransitions as GridMazeTransitions;
    this.currentLayout = change.layout;
    this.currentTransitions = tables;
    this.next = tables.next;
    this.reward = tables.reward;
    this.outcome = tables.outcome;
    this.changeStep = Number.POSITIVE_INFINITY;
    // A new wall on the agent's cell would trap it in a cell it cannot stand on: back to S.
    if (change.layout.tiles[this.pos] === TILE.WALL) this.pos = change.layout.start;
  }
}
