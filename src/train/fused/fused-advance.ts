/**
 * `fusedAdvance`: continue a `Runner` exactly where it stands through the fused kernel, and leave
 * the runner, its env and its agent exactly as the same number of `runner.step()` calls would have
 * (counters, observation, reset flag, position, TimeLimit clock, Q tables, generator, ε, committed
 * action, provenance, Dyna-Q's model). Generic and fused chunks can therefore be interleaved freely.
 *
 * Allocation: one state object and one summary per chunk; nothing per step.
 */
import type { DoubleQAgent } from '../../agents/double-q.ts';
import type { DynaQAgent } from '../../agents/dyna-q.ts';
import { TrainRangeError } from '../errors.ts';
import type { EpisodeSummary, Runner } from '../runner.ts';
import { fusedParts } from './applies.ts';
import { runKernel } from './kernel.ts';
import { KERNEL_KIND, type KernelState } from './kernel-state.ts';

export interface FusedAdvanceOptions {
  /** Stop once this many episodes have ended in this call (default: no limit). */
  maxEpisodes?: number;
  /** After each episode (default: the runner's own `onEpisode`); see `KernelHooks.onEpisode`. */
  onEpisode?: (e: EpisodeSummary) => void;
  /** Visit counts per state, +1 at each step's next observation. */
  visits?: Float64Array;
  /** The caller handles what the runner's `onStep` does (see `fusedParts`). */
  ownStepHook?: boolean;
}

/**
 * Take up to `maxSteps` steps (fewer if `maxEpisodes` episodes end first) and return how many were
 * taken. Throws `TypeError` when the kernel does not apply: check `fusedApplies` first.
 */
export function fusedAdvance<O>(
  runner: Runner<O>,
  maxSteps: number,
  options: FusedAdvanceOptions = {},
): number {
  const parts = fusedParts(runner, options.ownStepHook === true);
  if (parts === null) {
    throw new TrainRangeError(
      'fused-not-applicable',
      {},
      'fusedAdvance: the fused kernel does not apply to this runner',
    );
  }
  const maxEpisodes = options.maxEpisodes ?? Number.POSITIVE_INFINITY;
  if (!(maxSteps > 0) || !(maxEpisodes > 0)) return 0;
  const { limit, maze, agent, kind } = parts;
  // The generic reset (the first one takes the run seed); the kernel does the later ones itself.
  if (runner.pendingReset) runner.reset();
  const { rng, committedAction, committedState } = agent.kernelState();
  const schedule = agent.config.epsilonSchedule;
  const double = kind === KERNEL_KIND.DOUBLE_Q ? (agent as DoubleQAgent) : null;
  const k: KernelState = {
    kind,
    q: agent.q,
    q1: double === null ? null : double.q1,
    q2: double === null ? null : double.q2,
    model: kind === KERNEL_KIND.DYNA_Q ? (agent as unknown as DynaQAgent).kernelModel() : null,
    alpha: agent.params.alpha,
    gamma: agent.params.gamma,
    eps: agent.currentEpsilon,
    epsilon0: agent.params.epsilon,
    schedule: schedule.kind === 'constant' ? null : schedule,
    s0: rng.s0,
    s1: rng.s1,
    s2: rng.s2,
    c: rng.c,
    committedAction,
    committedState,
    stepsTrained: agent.provenance.stepsTrained,
    episodesTrained: agent.provenance.episodesTrained,
    observation: runner.observation as number,
    elapsed: limit.elapsedSteps,
    steps: runner.steps,
    episodes: runner.episodes,
    episodeReturn: runner.episodeReturn,
    episodeLength: runner.episodeLength,
    needsReset: false,
    last: -1,
  };
  const { transitions, layout } = maze;
  const taken = runKernel(
    k,
    { ...transitions, start: layout.start, maxEpisodeSteps: limit.maxEpisodeSteps },
    maxSteps,
    maxEpisodes,
    {
      visits: options.visits ?? null,
      onEpisode: options.onEpisode ?? runner.options.onEpisode ?? null,
    },
  );
  rng.setState(k.s0, k.s1, k.s2, k.c);
  agent.setKernelState(k.eps, k.committedAction, k.committedState);
  agent.provenance.stepsTrained = k.stepsTrained;
  agent.provenance.episodesTrained = k.episodesTrained;
  if (k.model !== null) (agent as unknown as DynaQAgent).setKernelModel(k.model.size, k.model.time);
  runner.fusedSync(k.steps, k.episodes, k.episodeReturn, k.episodeLength, k.observation as O, k.needsReset);
  maze.fusedSync(k.observation, taken, k.last);
  limit.fusedSync(k.elapsed, k.needsReset);
  return taken;
}
