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
import { MAZE_PRESET_NAMES, type MazePresetName } from '../envs/maze-presets.ts';
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

/** Watch/Evaluate speed range in env steps per second (the panel's log slider spans it). */
export const SPEED_MIN = 1;
export const SPEED_MAX = 1_000_000;
/** Generated mazes: odd sizes (rooms sit at odd cells), small enough to draw legibly. */
export const GEN_SIZE_MIN = 5;
export const GEN_SIZE_MAX = 41;
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
