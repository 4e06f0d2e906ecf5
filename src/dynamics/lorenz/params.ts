/** The Lorenz system's parameters, state and spectrum types, and Lorenz's own values (SPEC §3). */

export interface LorenzParams {
  /** σ, Prandtl number (classic 10). */
  sigma: number;
  /** r, reduced Rayleigh number (classic 28). */
  r: number;
  /** b, geometric factor (classic 8/3). */
  b: number;
}

export type Vec3 = [number, number, number];
/** Lyapunov exponents per time unit, descending. */
export type Spectrum = [number, number, number];
export type SweepParam = keyof LorenzParams;

/** Lorenz's own parameters. */
export const CLASSIC: Readonly<LorenzParams> = { sigma: 10, r: 28, b: 8 / 3 };

/** Published spectrum at CLASSIC (SPEC §3). */
export const CLASSIC_SPECTRUM: Readonly<Spectrum> = [0.906, 0, -14.572];
