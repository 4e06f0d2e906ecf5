/**
 * The maze's dynamic-programming words: the optimal overlay (V* or V_k on the board), the stepped
 * value iteration in the panel, the distance readout and what a screen reader hears after a sweep.
 * Numbers come in already formatted; V_k's k comes as subscript digits.
 */
import { plural } from '../plural.ts';

const cells = (n: number, text: string) => `${text} ${plural('en', n, { one: 'cell', other: 'cells' })}`;
const sweepsOf = (n: number, text: string) => `${text} ${plural('en', n, { one: 'sweep', other: 'sweeps' })}`;

export const dp = {
  panel: {
    folder: 'Dynamic programming',
    show: 'optimal values on the board (O)',
    sweep: 'Sweep (B)',
    run: 'Run to convergence',
    reset: 'Reset to V₀ = 0',
    /** What the sweeps run on. */
    on: (p: { gamma: string }) =>
      `value iteration on this maze’s walls and rewards, γ = ${p.gamma} (the agent’s)`,
    notStepped: (p: { sweeps: string; n: number }) =>
      `board shows V* (converged in ${sweepsOf(p.n, p.sweeps)}); Sweep starts again from V₀ = 0`,
    none: 'sweep 0: V₀ = 0 everywhere',
    stepped: (p: { sweeps: string; residual: string }) =>
      `sweep ${p.sweeps} · residual max|V_k − V_k−1| = ${p.residual}`,
    converged: '✓ converged: V_k = V*',
    notConverged: 'not converged: the values grow without bound (γ = 1 with a positive step reward)',
    resetGamma: 'γ changed: the sweeps start again from V₀ = 0.',
    resetMaze: 'The maze changed (walls or rewards): the sweeps start again from V₀ = 0.',
  },

  /** On the canvas: which values the heat map and the arrows show. */
  hud: {
    optimal: 'board: optimal V* and its greedy arrows',
    sweep: (p: { name: string }) => `board: value iteration ${p.name} and its greedy arrows`,
    range: (p: { name: string; min: string; max: string }) => `${p.name}  ${p.min} … ${p.max}`,
    one: (p: { name: string; value: string }) => `${p.name} ${p.value}`,
    zero: 'V = 0: the goal has not reached it yet',
  },

  /** The distance readout beside the panel. */
  readout: {
    title: 'Distance to the DP reference',
    vsOptimal: 'vs V* (an off-policy learner learns the optimal values)',
    vsOnPolicy: (p: { epsilon: string }) =>
      `vs V^π of its ε-greedy policy (ε = ${p.epsilon}): an on-policy learner learns the values of what it does`,
    error: (p: { error: string; row: string; col: string }) =>
      `max |V − V_ref| = ${p.error}, worst at row ${p.row}, col ${p.col} (ringed on the board)`,
    compared: (p: { count: string; n: number }) => `over ${cells(p.n, p.count)} visited`,
    nothingVisited: 'no cell visited yet: nothing to compare',
    greedyOptimal: '✓ greedy policy optimal from S',
    greedyNotOptimal: '✗ greedy policy not optimal from S yet',
    suboptimal: (p: { count: string; n: number }) =>
      `${cells(p.n, p.count)} visited whose greedy action is not optimal`,
    noReference:
      'no finite reference: the values do not settle (γ = 1 with a positive step reward, or a policy that never reaches G)',
  },

  /** The cell inspector's line. */
  inspector: (p: { value: string }) => `optimal value V*(s) = ${p.value}`,

  announce: {
    sweep: (p: { sweeps: string; residual: string }) =>
      `Value iteration, sweep ${p.sweeps}: residual ${p.residual}.`,
    converged: (p: { sweeps: string; n: number }) =>
      `Value iteration converged after ${sweepsOf(p.n, p.sweeps)}.`,
    reset: 'Value iteration reset: V₀ = 0 everywhere.',
  },
};
