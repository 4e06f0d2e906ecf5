/**
 * The one-step backup every DP method here shares, and the loop that repeats sweeps until they
 * settle. G is terminal, so nothing is added after it; a cliff sends the agent to S, whose value
 * the backup then reads like any other successor's.
 */
import { OUTCOME } from '../../envs/grid-maze.ts';
import { checkRange } from './checks.ts';
import type { MazeModel } from './model.ts';

/** What an iterative DP method returns. */
export interface DpResult {
  v: Float64Array;
  q: Float64Array;
  sweeps: number;
  /** max_s |V_{k+1}(s) − V_k(s)| of the last sweep (Infinity if none ran or the values blew up). */
  residual: number;
  /** The residual fell to `tolerance` within `maxSweeps`, with every value finite. */
  converged: boolean;
}

export interface DpOptions {
  /** Stop when a sweep changes no value by more than this. Default 1e-10. */
  tolerance?: number;
  /** Stop after this many sweeps, converged or not. Default 100000. */
  maxSweeps?: number;
}

export const DP_DEFAULTS = { tolerance: 1e-10, maxSweeps: 100_000 } as const;
/** Largest `maxSweeps` accepted. */
export const MAX_DP_SWEEPS = 1e9;

/** q(s, a) = r(s, a) + γ·V(s′), with V(s′) taken as 0 past G (i = s·4 + a). */
export function backup(m: MazeModel, gamma: number, v: Float64Array, i: number): number {
  return m.outcome[i] === OUTCOME.GOAL ? m.reward[i] : m.reward[i] + gamma * v[m.next[i]];
}

/** Fill q with the backups of `v` on live cells, 0 elsewhere. */
export function backupAll(m: MazeModel, gamma: number, v: Float64Array, q: Float64Array): void {
  const nA = m.nActions;
  for (let s = 0; s < m.nStates; s++) {
    for (let a = 0; a < nA; a++) q[s * nA + a] = m.live[s] === 1 ? backup(m, gamma, v, s * nA + a) : 0;
  }
}

/** Sweep until the residual is ≤ tolerance, maxSweeps have run, or a value is non-finite. */
export function sweepUntilSettled(
  sweep: () => number,
  options: DpOptions | undefined,
): { sweeps: number; residual: number; converged: boolean } {
  const tolerance = checkRange('tolerance', options?.tolerance ?? DP_DEFAULTS.tolerance, 0, Infinity);
  const maxSweeps = checkRange(
    'maxSweeps',
    options?.maxSweeps ?? DP_DEFAULTS.maxSweeps,
    0,
    MAX_DP_SWEEPS,
    true,
  );
  let sweeps = 0;
  let residual = Number.POSITIVE_INFINITY;
  while (sweeps < maxSweeps) {
    residual = sweep();
    sweeps++;
    if (residual === Number.POSITIVE_INFINITY) break;
    if (residual <= tolerance) return { sweeps, residual, converged: true };
  }
  return { sweeps, residual, converged: false };
}

/** The largest change, made non-finite-proof: a NaN or infinite change gives Infinity. */
export function settledResidual(delta: number): number {
  return Number.isFinite(delta) ? delta : Number.POSITIVE_INFINITY;
}
