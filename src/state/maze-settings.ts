/**
 * The maze scene's user-facing settings: one persisted, versioned, validated zustand store.
 *
 * The panel writes here; `MazeSession` reads the store at the start of every frame and applies what
 * changed (params at the next step, a new maze or agent kind as a new env / agent). Everything a
 * user tunes lives here, so it survives a reload; run state (paused, the agent itself) does not.
 */
import { z } from 'zod';
import type { StateStorage } from 'zustand/middleware';
import { TABULAR_AGENT_KINDS } from '../agents/types.ts';
import { MAZE_PRESET_NAMES, MAZE_PRESET_REWARDS, type MazePresetName } from '../envs/maze-presets.ts';
import { createSettingsStore, type SettingsStore } from './settings-store.ts';

export const MAZE_MODES = ['play', 'watch', 'turbo', 'evaluate'] as const;
export type MazeMode = (typeof MAZE_MODES)[number];

export const MAZE_MODE_LABELS: Record<MazeMode, string> = {
  play: 'Play (you move)',
  watch: 'Watch (train on screen)',
  turbo: 'Turbo (train in a worker)',
  evaluate: 'Evaluate (greedy, ε = 0)',
};

export const MAZE_SOURCES = ['preset', 'generated', 'custom'] as const;
export type MazeSourceKind = (typeof MAZE_SOURCES)[number];

/** Every tabular agent plays the maze. */
export const MAZE_AGENT_KINDS = TABULAR_AGENT_KINDS;
export type MazeAgentKind = (typeof MAZE_AGENT_KINDS)[number];

/** The agents with eligibility traces (λ, traces), and which agent has which own parameter. */
export const LAMBDA_KINDS: readonly string[] = ['sarsa-lambda', 'q-lambda'];
export const OWN_PARAMS = {
  nSteps: ['n-step-sarsa'],
  lambda: LAMBDA_KINDS,
  traces: LAMBDA_KINDS,
  planningSteps: ['dyna-q'],
  kappa: ['dyna-q'],
} as const satisfies Record<string, readonly string[]>;

/** ε schedules: constant, linear to a floor over N episodes, exponential (ε·decay per episode) to a floor. */
export const EPSILON_SCHEDULES = ['constant', 'linear', 'exponential'] as const;
export const Q_TABLES = ['sum', 'q1', 'q2'] as const;
export const TRACE_KINDS = ['replacing', 'accumulating'] as const;
/** Upper bounds of the agents' own integer parameters here (a maze needs no more). */
export const N_STEPS_MAX = 512;
export const PLANNING_STEPS_MAX = 1000;

/** Watch/Evaluate speed range in env steps per second (the panel's log slider spans it). */
export const SPEED_MIN = 1;
export const SPEED_MAX = 1_000_000;
/** Generated mazes: odd sizes (rooms sit at odd cells), small enough to draw legibly. */
export const GEN_SIZE_MIN = 5;
export const GEN_SIZE_MAX = 41;
/** The greedy-return chart evaluates at most every episode, at least every this many. */
export const GREEDY_EVERY_MAX = 10_000;
/** Custom (edited) layouts are bounded like generated ones. */
export const CUSTOM_SIZE_MAX = 41;

export interface MazeRewards {
  stepReward: number;
  goalReward: number;
  cliffReward: number;
}

export const DEFAULT_REWARDS: MazeRewards = { stepReward: 0, goalReward: 1, cliffReward: -100 };

/**
 * Rewards a preset starts with when chosen. The cliff uses Sutton & Barto's −1 per step (Example
 * 6.6), which is what makes the safe path (SARSA) and the edge path (Q-learning) differ in return.
 */
export const PRESET_REWARDS: Record<MazePresetName, MazeRewards> = {
  small: DEFAULT_REWARDS,
  bench10: DEFAULT_REWARDS,
  large: DEFAULT_REWARDS,
  cliff: { stepReward: -1, goalReward: 0, cliffReward: -100 },
  // The book's mazes of chapter 8: +1 at G, 0 otherwise (S&B Examples 8.1–8.3).
  dyna: DEFAULT_REWARDS,
  blocking: DEFAULT_REWARDS,
  shortcut: DEFAULT_REWARDS,
  // The preset's own rewards (MAZE_PRESET_REWARDS): −1 into G as well.
  'cliff-book': { ...MAZE_PRESET_REWARDS['cliff-book'] },
};

const unit = z.number().finite().min(0).max(1);
const oddSize = z
  .number()
  .int()
  .min(GEN_SIZE_MIN)
  .max(GEN_SIZE_MAX)
  .refine((n) => n % 2 === 1, 'must be odd');
const reward = z.number().finite().min(-1000).max(1000);
const row = z
  .string()
  .max(CUSTOM_SIZE_MAX)
  .regex(/^[.#SGC]*$/, 'tiles must be . # S G C');

export const mazeSettingsSchema = z.object({
  mode: z.enum(MAZE_MODES),
  epsilon: unit,
  alpha: unit,
  gamma: unit,
  /** Env steps per second in Watch and Evaluate. */
  speed: z.number().finite().min(SPEED_MIN).max(SPEED_MAX),
  /** Seed of new agents and of the runner's episode seeds. */
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
  agentKind: z.enum(MAZE_AGENT_KINDS),
  /** n-step SARSA's n (S&B §7.2). */
  nSteps: z.number().int().min(1).max(N_STEPS_MAX),
  /** λ of SARSA(λ) and Watkins Q(λ), and how a revisit sets a trace (S&B §12.7, §12.10). */
  lambda: unit,
  traces: z.enum(TRACE_KINDS),
  /** Dyna-Q's planning updates per real step, and Dyna-Q+'s exploration bonus κ (0: plain Dyna-Q). */
  planningSteps: z.number().int().min(0).max(PLANNING_STEPS_MAX),
  kappa: z.number().finite().min(0).max(1),
  /** Every Q(s, a) starts here (optimistic when above what the maze pays). Config: a new agent. */
  initialQ: z.number().finite().min(-1000).max(1000),
  /** The ε schedule (config: a new agent): ε decays per episode from `epsilon` to the floor. */
  epsSchedule: z.enum(EPSILON_SCHEDULES),
  epsFloor: unit,
  /** Linear: episodes to reach the floor. */
  epsEpisodes: z.number().int().min(1).max(1_000_000),
  /** Exponential: ε is multiplied by this after each episode. */
  epsDecay: z.number().finite().gt(0).max(1),
  source: z.enum(MAZE_SOURCES),
  preset: z.enum(MAZE_PRESET_NAMES as [MazePresetName, ...MazePresetName[]]),
  genWidth: oddSize,
  genHeight: oddSize,
  genSeed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
  /** The edited maze (source 'custom'), as layout rows; empty when never edited. */
  customRows: z.array(row).max(CUSTOM_SIZE_MAX),
  stepReward: reward,
  goalReward: reward,
  cliffReward: reward,
  /** In Play mode the agent learns from your moves (Q-learning is off-policy). */
  learnFromPlay: z.boolean(),
  showHeatmap: z.boolean(),
  showArrows: z.boolean(),
  showVisits: z.boolean(),
  showTrail: z.boolean(),
  /**
   * Heat-map colour scale. max-Q falls off geometrically (γ^distance), so in a large maze only a
   * log scale shows the far cells; `auto` uses log when the values span more than 20×.
   */
  heatScale: z.enum(['auto', 'linear', 'log']),
  /**
   * Every this many training episodes, the greedy policy's return (ε = 0, no learning) goes on the
   * return chart beside the online return (the cliff lesson). 0: never.
   */
  greedyEvery: z.number().int().min(0).max(GREEDY_EVERY_MAX),
  /** Draw the algorithm's own state: traces (λ), the model (Dyna), the n-step window. */
  showAlgo: z.boolean(),
  /** Turbo: force the generic runner instead of the fused maze kernel (same results, slower; to compare). */
  genericRunner: z.boolean(),
  /** Double Q: which table the heat map, the arrows and the inspector show. */
  qTable: z.enum(Q_TABLES),
});

export type MazeSettings = z.infer<typeof mazeSettingsSchema>;

export const MAZE_SETTINGS_DEFAULTS: MazeSettings = {
  mode: 'watch',
  // The posts' values (SPEC §1).
  epsilon: 0.1,
  alpha: 0.1,
  gamma: 0.9,
  speed: 30,
  seed: 1,
  agentKind: 'q-learning',
  nSteps: 4,
  lambda: 0.9,
  traces: 'replacing',
  planningSteps: 5,
  kappa: 0,
  initialQ: 0,
  epsSchedule: 'constant',
  epsFloor: 0.01,
  epsEpisodes: 500,
  epsDecay: 0.99,
  source: 'preset',
  // The small maze: an untrained agent finds G within seconds at the default speed.
  preset: 'small',
  genWidth: 15,
  genHeight: 15,
  genSeed: 1,
  customRows: [],
  ...DEFAULT_REWARDS,
  learnFromPlay: true,
  showHeatmap: true,
  showArrows: true,
  showVisits: false,
  showTrail: true,
  heatScale: 'auto',
  greedyEvery: 10,
  showAlgo: true,
  genericRunner: false,
  qTable: 'sum',
};

export const MAZE_SETTINGS_VERSION = 1;
export type MazeSettingsStore = SettingsStore<MazeSettings>;

/** A fresh store kept in `storage` (the page passes localStorage, tests memory). */
export function createMazeSettings(storage: StateStorage): MazeSettingsStore {
  return createSettingsStore<MazeSettings>({
    name: 'rl-playground/maze-settings',
    version: MAZE_SETTINGS_VERSION,
    schema: mazeSettingsSchema,
    defaults: MAZE_SETTINGS_DEFAULTS,
    storage,
    label: (t) => t.common.settings.labels.maze,
  });
}

/** Choose a preset together with the rewards it is meant to be played with. */
export function choosePreset(store: MazeSettingsStore, preset: MazePresetName): string | null {
  return store.getState().update({ source: 'preset', preset, ...PRESET_REWARDS[preset] });
}
