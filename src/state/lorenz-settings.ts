/**
 * The Lorenz scene's user-facing settings: one persisted, versioned, validated zustand store.
 *
 * The panel writes here; `LorenzSession` compares the store with what it last applied at the
 * start of every frame (live σ, r, b and dt take effect on the next step; a changed sweep restarts
 * the worker's sweep). Run state (paused, the trajectories, results) is not persisted.
 */
import { z } from 'zod';
import type { StateStorage } from 'zustand/middleware';
import { CLASSIC, type SweepParam } from '../dynamics/lorenz/index.ts';
import { createSettingsStore, type SettingsStore } from './settings-store.ts';

export const SWEEP_PARAMS = ['r', 'sigma', 'b'] as const satisfies readonly SweepParam[];

/**
 * Allowed range of each parameter (also the sweep's bounds). Wide on purpose: large values are
 * legal and some make RK4 blow up at the chosen dt, which the scene detects and explains.
 */
export const PARAM_LIMITS: Record<SweepParam, readonly [number, number]> = {
  sigma: [0.1, 100],
  r: [0, 1000],
  b: [0.05, 20],
};

/** Default sweep range of each parameter when it is chosen as the swept one. */
export const SWEEP_RANGES: Record<SweepParam, readonly [number, number]> = {
  r: [0, 250], // the pitchfork (1), homoclinic explosion (13.93), Hopf (24.74), windows near 100 and 145–166
  sigma: [1, 40],
  b: [0.2, 5],
};

/** RK4 step of the live trajectories: down to a fine step, up to far past RK4's stability limit. */
export const DT_LIMITS = [0.0005, 0.5] as const;
export const SPEED_LIMITS = [0.05, 20] as const;
export const TRAIL_LIMITS = [1, 60] as const;
export const TRAJECTORY_LIMITS = [1, 6] as const;
export const SPIN_LIMITS = [-60, 60] as const;
export const COUNT_LIMITS = [16, 2000] as const;
export const CLIP_LIMITS = [1, 30] as const;

const within = ([lo, hi]: readonly [number, number]) => z.number().finite().min(lo).max(hi);

export const lorenzSettingsSchema = z
  .object({
    /** σ, Prandtl number. */
    sigma: within(PARAM_LIMITS.sigma),
    /** r, reduced Rayleigh number. */
    r: within(PARAM_LIMITS.r),
    /** b, geometric factor. */
    b: within(PARAM_LIMITS.b),
    /** RK4 step of the live trajectories (time units). */
    dt: within(DT_LIMITS),
    /** Simulated time units per second of wall time. */
    speed: within(SPEED_LIMITS),
    /** Length of the drawn history, in time units. */
    trail: within(TRAIL_LIMITS),
    /** Trajectories started 1e-6 apart (the first is the reference). */
    trajectories: within(TRAJECTORY_LIMITS).int(),
    /** Automatic rotation about the vertical (z) axis, degrees per second; 0 stops it. */
    spin: within(SPIN_LIMITS),
    /** Parameter swept by the bifurcation diagram and the λ plot. */
    sweepParam: z.enum(SWEEP_PARAMS),
    sweepFrom: z.number().finite(),
    sweepTo: z.number().finite(),
    /** Number of swept values (columns of the diagram, points of the λ plot). */
    sweepCount: within(COUNT_LIMITS).int(),
    /** Length of a WebM clip of the attractor, seconds. */
    clipSeconds: within(CLIP_LIMITS),
  })
  .superRefine((s, ctx) => {
    const [lo, hi] = PARAM_LIMITS[s.sweepParam];
    for (const key of ['sweepFrom', 'sweepTo'] as const) {
      if (s[key] < lo || s[key] > hi) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `must be within [${lo}, ${hi}] for ${s.sweepParam}`,
        });
      }
    }
    if (!(s.sweepTo > s.sweepFrom)) {
      ctx.addIssue({
        code: 'custom',
        path: ['sweepTo'],
        message: `must be greater than from (${s.sweepFrom})`,
      });
    }
  });

export type LorenzSettings = z.infer<typeof lorenzSettingsSchema>;

export const LORENZ_SETTINGS_DEFAULTS: LorenzSettings = {
  ...CLASSIC,
  dt: 0.01,
  // ~2 loops of a lobe per second: the trail shows the shape, the eye can still follow the heads.
  speed: 1.5,
  trail: 25,
  trajectories: 4,
  spin: 6,
  sweepParam: 'r',
  sweepFrom: SWEEP_RANGES.r[0],
  sweepTo: SWEEP_RANGES.r[1],
  // About one column per pixel of the diagram.
  sweepCount: 400,
  clipSeconds: 6,
};

/**
 * The settings a shared link carries (all of them; only those that differ from the defaults are
 * written). The swept parameter comes before the sweep's ends, which depend on it.
 */
export const LORENZ_LINK_KEYS = [
  'sigma',
  'r',
  'b',
  'dt',
  'speed',
  'trail',
  'trajectories',
  'spin',
  'sweepParam',
  'sweepFrom',
  'sweepTo',
  'sweepCount',
  'clipSeconds',
] as const satisfies readonly (keyof LorenzSettings)[];

export const LORENZ_SETTINGS_VERSION = 1;
export type LorenzSettingsStore = SettingsStore<LorenzSettings>;

/** A fresh store kept in `storage` (the page passes localStorage, tests memory). */
export function createLorenzSettings(storage: StateStorage): LorenzSettingsStore {
  return createSettingsStore<LorenzSettings>({
    name: 'rl-playground/lorenz-settings',
    version: LORENZ_SETTINGS_VERSION,
    schema: lorenzSettingsSchema,
    defaults: LORENZ_SETTINGS_DEFAULTS,
    storage,
    label: (t) => t.common.settings.labels.lorenz,
  });
}

/** Sweep another parameter, over its default range. */
export function chooseSweepParam(store: LorenzSettingsStore, param: SweepParam): string | null {
  const [from, to] = SWEEP_RANGES[param];
  return store.getState().update({ sweepParam: param, sweepFrom: from, sweepTo: to });
}
