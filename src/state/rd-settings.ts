/**
 * The reaction–diffusion scene's user-facing settings: one persisted, versioned, validated store.
 *
 * The panel writes here; `RdSession` reads the store at the start of every frame and applies what
 * changed (parameters and dt live, a new grid when its size, boundary or stability policy changes,
 * a new simulation when `sim` changes). Choosing a sim loads its preset (typed data in
 * src/dynamics/rd/model.ts): the model parameters and dt the posts use for it, with the one
 * documented exception that sim 3 runs at dt = 4e-4 (the posts' 5e-4 is unstable in 2-D).
 */
import { z } from 'zod';
import type { StateStorage } from 'zustand/middleware';
import { RD_PRESETS, type RdParams, type RdPreset } from '../dynamics/rd/model.ts';
import { createSettingsStore, type SettingsStore } from './settings-store.ts';

export const RD_SIMS = ['sim1', 'sim2', 'sim3'] as const;
export type RdSimId = RdPreset['id'];

export const RD_GRID_SIZES = [128, 160, 256] as const;
export const RD_UNSTABLE_POLICIES = ['subdivide', 'refuse', 'unsafe'] as const;
export type RdUnstablePolicy = (typeof RD_UNSTABLE_POLICIES)[number];
export const RD_COLORMAPS = ['viridis', 'inferno'] as const;
export type RdColormapName = (typeof RD_COLORMAPS)[number];

/** Sim-time per wall-clock second for the ODE sims (the panel's log slider spans it). */
export const ODE_RATE_MIN = 0.01;
export const ODE_RATE_MAX = 10;
/** Grid steps per frame (at 60 fps) for sim 3. */
export const STEPS_PER_FRAME_MAX = 200;
/** Time-step range the store accepts (the panel narrows it per sim). */
export const DT_MIN = 1e-6;
export const DT_MAX = 0.01;

const rate = z.number().finite().min(0).max(1000);
const positive = z.number().finite().positive();

export const rdSettingsSchema = z.object({
  sim: z.enum(RD_SIMS),
  // ---- model (SPEC §4): du/dt = D_u Δu + a·Hill(u)/v − b·u + c, dv/dt = D_v Δv + r·(u − v)
  a: rate,
  b: rate,
  c: rate,
  r: rate,
  K: positive.max(10),
  n: z.number().finite().min(0.5).max(8),
  hill: z.enum(['K', 'Kn']),
  Du: z.number().finite().min(0).max(50),
  Dv: z.number().finite().min(0).max(50),
  crossDiffusion: z.boolean(),
  // ---- numerics
  dt: z.number().finite().min(DT_MIN).max(DT_MAX),
  boundary: z.enum(['periodic', 'no-flux']),
  gridSize: z.union([z.literal(128), z.literal(160), z.literal(256)]),
  /** What an unstable dt does: split into substeps (with a notice), be refused, or run and blow up. */
  onUnstable: z.enum(RD_UNSTABLE_POLICIES),
  // ---- run
  /** Sim 3: grid steps per frame at 60 fps (the clock keeps it independent of the frame rate). */
  stepsPerFrame: z.number().int().min(1).max(STEPS_PER_FRAME_MAX),
  /** Sims 1–2: simulated time per wall-clock second. */
  odeRate: z.number().finite().min(ODE_RATE_MIN).max(ODE_RATE_MAX),
  /** Sim 3: amplitude of the seeded uniform noise added to the steady state on reset. */
  noise: z.number().finite().min(0).max(0.5),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
  /** Painting: disc radius in cells and the amount added to u per dab (subtracted with Shift/right). */
  brushRadius: z.number().finite().min(1).max(24),
  brushAmount: z.number().finite().min(0.01).max(2),
  // ---- view
  colormap: z.enum(RD_COLORMAPS),
  field: z.enum(['u', 'v']),
});

export type RdSettings = z.infer<typeof rdSettingsSchema>;

/** The model and dt part of the settings that a preset sets. */
export type RdPresetFields = Pick<
  RdSettings,
  'a' | 'b' | 'c' | 'r' | 'K' | 'n' | 'hill' | 'Du' | 'Dv' | 'crossDiffusion' | 'dt' | 'boundary'
>;

export function presetFields(sim: RdSimId): RdPresetFields {
  const p = RD_PRESETS[sim];
  const { a, b, c, r, K, n, hill, Du, Dv, crossDiffusion } = p.params;
  return { a, b, c, r, K, n, hill, Du, Dv, crossDiffusion, dt: p.dt, boundary: 'periodic' };
}

/** The model parameters of a settings object, as the dynamics module takes them. */
export function modelParams(s: Readonly<RdSettings>): RdParams {
  const { a, b, c, r, K, n, hill, Du, Dv, crossDiffusion } = s;
  return { a, b, c, r, K, n, hill, Du, Dv, crossDiffusion };
}

export const RD_SETTINGS_DEFAULTS: RdSettings = {
  sim: 'sim3',
  ...presetFields('sim3'),
  gridSize: 160,
  onUnstable: 'subdivide',
  stepsPerFrame: 30,
  // One cycle of sim 1 (period ≈ 0.256) per second or so.
  odeRate: 0.25,
  noise: 0.01,
  seed: 1,
  brushRadius: 5,
  brushAmount: 0.3,
  colormap: 'viridis',
  field: 'u',
};

/**
 * The settings a shared link carries (the sim is in the address: `#reaction-diffusion/3`); only
 * those that differ from the sim's preset and the defaults are written.
 */
export const RD_LINK_KEYS = [
  'a',
  'b',
  'c',
  'r',
  'K',
  'n',
  'hill',
  'Du',
  'Dv',
  'crossDiffusion',
  'dt',
  'boundary',
  'gridSize',
  'onUnstable',
  'stepsPerFrame',
  'odeRate',
  'noise',
  'seed',
  'brushRadius',
  'brushAmount',
  'colormap',
  'field',
] as const satisfies readonly (keyof RdSettings)[];

export const RD_SETTINGS_VERSION = 1;
export type RdSettingsStore = SettingsStore<RdSettings>;

/** A fresh store kept in `storage` (the page passes localStorage, tests memory). */
export function createRdSettings(storage: StateStorage): RdSettingsStore {
  return createSettingsStore<RdSettings>({
    name: 'rl-playground/rd-settings',
    version: RD_SETTINGS_VERSION,
    schema: rdSettingsSchema,
    defaults: RD_SETTINGS_DEFAULTS,
    storage,
    label: (t) => t.common.settings.labels.rd,
  });
}

/** Switch to a sim with its preset parameters and dt (no change if it is already the one). */
export function chooseSim(store: RdSettingsStore, sim: RdSimId): string | null {
  if (store.getState().sim === sim) return null;
  return store.getState().update({ sim, ...presetFields(sim) });
}

/** Restore the current sim's preset parameters and dt. */
export function loadPreset(store: RdSettingsStore): string | null {
  return store.getState().update(presetFields(store.getState().sim));
}

/** `#reaction-diffusion/1` … `/3` → sim id; anything else → undefined. */
export function simFromRoute(route: string | undefined): RdSimId | undefined {
  const i = route === undefined ? Number.NaN : Number(route);
  return i === 1 || i === 2 || i === 3 ? RD_SIMS[i - 1] : undefined;
}

export function routeOfSim(sim: RdSimId): string {
  return String(RD_SIMS.indexOf(sim) + 1);
}
