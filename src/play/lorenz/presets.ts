/**
 * Parameter sets of the Lorenz scene (typed data, SPEC §3's landmarks in r at σ = 10, b = 8/3):
 * pitchfork at r = 1, homoclinic explosion ≈ 13.926, strange attractor from ≈ 24.06, subcritical
 * Hopf at r_H = σ(σ+b+3)/(σ−b−1) ≈ 24.737, periodic windows near 100 and in 145–166.
 * `#lorenz/<id>` opens the scene on a preset.
 */
import { CLASSIC, type LorenzParams } from '../../dynamics/lorenz/index.ts';
import type { LorenzSettingsStore } from '../../state/lorenz-settings.ts';

export interface LorenzPreset {
  id: string;
  /** Menu label. */
  label: string;
  params: LorenzParams;
  /** What to look for, one line. */
  note: string;
}

const withR = (r: number): LorenzParams => ({ ...CLASSIC, r });

export const LORENZ_PRESETS: readonly LorenzPreset[] = [
  {
    id: 'classic',
    label: 'classic, r = 28',
    params: { ...CLASSIC },
    note: "Lorenz's values: the strange attractor, λ1 ≈ 0.906",
  },
  {
    id: 'origin',
    label: 'r = 0.5 (origin)',
    params: withR(0.5),
    note: 'r < 1: every orbit falls into the origin',
  },
  {
    id: 'pre-homoclinic',
    label: 'r = 13 (before the homoclinic explosion)',
    params: withR(13),
    note: 'below r ≈ 13.93: orbits spiral into C±, no chaos even transiently',
  },
  {
    id: 'bistable',
    label: 'r = 24.5 (bistable, below Hopf)',
    params: withR(24.5),
    note: '24.06 < r < 24.74: the strange attractor and the stable foci C± coexist; the start decides',
  },
  {
    id: 'window-100',
    label: 'r = 100.5 (periodic window)',
    params: withR(100.5),
    note: 'a stable periodic orbit in the window near r ≈ 100',
  },
  {
    id: 'window-160',
    label: 'r = 160 (periodic window)',
    params: withR(160),
    note: 'the window 145 < r < 166: a periodic orbit',
  },
  {
    id: 'large-r',
    label: 'r = 350 (large r)',
    params: withR(350),
    note: 'large r: one simple symmetric periodic orbit',
  },
];

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The preset whose parameters are the given ones, if any. */
export function matchPreset(p: LorenzParams): LorenzPreset | undefined {
  return LORENZ_PRESETS.find(
    (q) => close(q.params.sigma, p.sigma) && close(q.params.r, p.r) && close(q.params.b, p.b),
  );
}

export function presetById(id: string | undefined): LorenzPreset | undefined {
  return LORENZ_PRESETS.find((q) => q.id === id);
}

/** Set σ, r, b to a preset's values. Returns the store's refusal message or null. */
export function applyPreset(store: LorenzSettingsStore, id: string): string | null {
  const preset = presetById(id);
  if (!preset) return `Unknown Lorenz preset "${id}"`;
  return store.getState().update({ ...preset.params });
}
