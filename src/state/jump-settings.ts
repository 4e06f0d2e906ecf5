/**
 * The jump scene's user-facing settings: one persisted, versioned, validated zustand store.
 *
 * The panel writes here; `JumpSession` reads the store at the start of every frame and applies what
 * changed (η, α_w, M, γ, baseline at the agents' next step, and to the worker at its next batch). Run
 * state (paused, the agents themselves) does not live here.
 */
import { z } from 'zod';
import type { StateStorage } from 'zustand/middleware';
import { ACTOR_CRITIC_DEFAULTS, actorCriticParamsSchema } from '../agents/actor-critic-config.ts';
import { REINFORCE_DEFAULTS, reinforceParamsSchema } from '../agents/reinforce.ts';
import { MAX_BATCH_EPISODES } from '../agents/reinforce-params.ts';
import { createSettingsStore, type SettingsStore } from './settings-store.ts';

export const JUMP_MODES = ['play', 'watch', 'turbo'] as const;
/** The agents a lane can run: REINFORCE or the one-step actor–critic. */
export const JUMP_AGENTS = ['reinforce', 'actor-critic'] as const;
/** What runs in a lane: REINFORCE with a baseline (none, mean b̄, learned v̂), or the actor–critic. */
export const JUMP_LEARNERS = ['none', 'mean', 'learned', 'actor-critic'] as const;
export type JumpLearner = (typeof JUMP_LEARNERS)[number];
/** The Compare lane: 'other' is REINFORCE with the other of mean and none (as before rivals existed). */
export const JUMP_RIVALS = ['other', ...JUMP_LEARNERS] as const;
export type JumpMode = (typeof JUMP_MODES)[number];

/** Env steps per second: 20 is real time (dt = 0.05 s); below is slow motion. */
export const REAL_TIME_SPEED = 20;
export const SPEED_MIN = 1;
export const SPEED_MAX = 1_000_000;
/** Batch size M. The gradient is a sum over the batch, so a large M also means a large step. */
export const BATCH_MIN = 1;
/** The agent's own cap (one number for the panel, the store and the loader). */
export const BATCH_MAX = MAX_BATCH_EPISODES;
/**
 * η: the slider spans the useful decades; the text field takes anything finite ≥ 0 (the agent's own
 * schema), so a user can also watch what a far too large η does (θ overflows: the NaN guard).
 */
export const LR_SLIDER_MIN = 1e-6;
export const LR_SLIDER_MAX = 1;
export const SEED_MAX = 2 ** 31 - 1;

const params = reinforceParamsSchema.shape;

export const jumpSettingsSchema = z.object({
  mode: z.enum(JUMP_MODES),
  /** Step size η of θ ← θ + η∇J. */
  learningRate: params.learningRate,
  /** Discount γ of the returns. */
  gamma: params.gamma,
  /**
   * α_w of REINFORCE's learned baseline v̂ (read only with baseline 'learned'). Its own setting, not
   * the critic's: the two defaults differ tenfold (0.01 and 0.1; see the agents' DEFAULTS).
   */
  valueLearningRate: params.valueLearningRate.unwrap(),
  /** α_w of the actor–critic's critic v̂. */
  criticLearningRate: actorCriticParamsSchema.shape.valueLearningRate,
  /** Episodes M per update. */
  batchEpisodes: params.batchEpisodes.max(BATCH_MAX),
  /** The main agent: REINFORCE (with `baseline`) or the actor–critic. */
  agent: z.enum(JUMP_AGENTS),
  /** REINFORCE's baseline for the main agent. */
  baseline: params.baseline,
  /** What the Compare lane (the ghost) runs. */
  rival: z.enum(JUMP_RIVALS),
  /** Env steps per second in Watch; Play and the Turbo preview run at most in real time. */
  speed: z.number().finite().min(SPEED_MIN).max(SPEED_MAX),
  /** Seed of new agents and of the episodes (holes) they meet. Applied by Reset agent. */
  seed: z.number().int().min(0).max(SEED_MAX),
  /** Train a second agent with the other baseline beside the first, on the same holes. */
  compare: z.boolean(),
});

export type JumpSettings = z.infer<typeof jumpSettingsSchema>;

export const JUMP_SETTINGS_DEFAULTS: JumpSettings = {
  mode: 'watch',
  learningRate: REINFORCE_DEFAULTS.learningRate,
  gamma: REINFORCE_DEFAULTS.gamma,
  valueLearningRate: REINFORCE_DEFAULTS.valueLearningRate,
  criticLearningRate: ACTOR_CRITIC_DEFAULTS.valueLearningRate,
  batchEpisodes: REINFORCE_DEFAULTS.batchEpisodes,
  agent: 'reinforce',
  baseline: 'mean',
  rival: 'other',
  // Twice real time: episodes last ~1 s, training shows within a minute.
  speed: 2 * REAL_TIME_SPEED,
  seed: 1,
  compare: false,
};

/**
 * What a shared link carries (state/link-codec.ts): every setting, so the page that opens it builds
 * the same agents (agent, baseline, Compare and its rival, η, both α_w, M, γ, seed) in the same mode at the same speed.
 */
export const JUMP_LINK_KEYS = [
  'mode',
  'learningRate',
  'gamma',
  'valueLearningRate',
  'criticLearningRate',
  'batchEpisodes',
  'agent',
  'baseline',
  'rival',
  'compare',
  'speed',
  'seed',
] as const satisfies readonly (keyof JumpSettings)[];

export const JUMP_SETTINGS_VERSION = 1;
export type JumpSettingsStore = SettingsStore<JumpSettings>;

/** A fresh store kept in `storage` (the page passes localStorage, tests memory). */
export function createJumpSettings(storage: StateStorage): JumpSettingsStore {
  return createSettingsStore<JumpSettings>({
    name: 'rl-playground/jump-settings',
    version: JUMP_SETTINGS_VERSION,
    schema: jumpSettingsSchema,
    defaults: JUMP_SETTINGS_DEFAULTS,
    storage,
    label: (t) => t.common.settings.labels.jump,
  });
}
