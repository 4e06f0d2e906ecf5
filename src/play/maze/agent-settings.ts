/**
 * The maze settings an agent is made from, and the settings an agent stands for (an imported,
 * restored or undone agent makes the panel show its kind, its params and its configuration).
 * The algorithm's own params (n, λ, traces, planning steps, κ) are live; the initial Q and the ε
 * schedule are configuration: changing them makes a new agent.
 */
import type { AgentOptions } from '../../agents/make-agent.ts';
import type { EpsilonSchedule } from '../../agents/tabular-config.ts';
import type { MazeSettings } from '../../state/maze-settings.ts';
import type { MazeAgent } from './agent-file.ts';

/** The settings that are live params of some agent, beyond ε, α, γ. */
export const OWN_LIVE_KEYS = ['nSteps', 'lambda', 'traces', 'planningSteps', 'kappa'] as const;

/** The ε schedule the settings describe. */
export function scheduleOf(s: MazeSettings): EpsilonSchedule {
  switch (s.epsSchedule) {
    case 'constant':
      return { kind: 'constant' };
    case 'linear':
      return { kind: 'linear', floor: s.epsFloor, episodes: s.epsEpisodes };
    case 'exponential':
      return { kind: 'exponential', floor: s.epsFloor, decay: s.epsDecay };
  }
}

/** What `makeAgent` is given for a new maze agent (makeAgent keeps what the kind uses). */
export function agentOptions(s: MazeSettings): AgentOptions {
  return {
    seed: s.seed,
    epsilon: s.epsilon,
    alpha: s.alpha,
    gamma: s.gamma,
    initialQ: s.initialQ,
    epsilonSchedule: scheduleOf(s),
    nSteps: s.nSteps,
    lambda: s.lambda,
    traces: s.traces,
    planningSteps: s.planningSteps,
    kappa: s.kappa,
  };
}

/** Whether `agent` was configured as the settings say (initial Q and ε schedule). */
export function sameConfig(agent: MazeAgent, s: MazeSettings): boolean {
  const a = agent.config.epsilonSchedule;
  const b = scheduleOf(s);
  return (
    agent.config.initialQ === s.initialQ &&
    a.kind === b.kind &&
    (a.kind === 'constant' ||
      (a.kind === 'linear' && b.kind === 'linear' && a.floor === b.floor && a.episodes === b.episodes) ||
      (a.kind === 'exponential' && b.kind === 'exponential' && a.floor === b.floor && a.decay === b.decay))
  );
}

/** The params of the settings that `agent` has and that differ from its own (to assign). */
export function paramChanges(agent: MazeAgent, s: MazeSettings): Record<string, unknown> {
  const params = agent.params as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of ['epsilon', 'alpha', 'gamma', ...OWN_LIVE_KEYS] as const) {
    if (Object.hasOwn(params, key) && params[key] !== s[key]) out[key] = s[key];
  }
  return out;
}

/** The settings `agent` stands for: its kind, live params and configuration. */
export function agentSettings(agent: MazeAgent): Partial<MazeSettings> {
  const params = agent.params as unknown as Partial<MazeSettings>;
  const out: Partial<MazeSettings> = {
    agentKind: agent.kind,
    epsilon: agent.params.epsilon,
    alpha: agent.params.alpha,
    gamma: agent.params.gamma,
    initialQ: agent.config.initialQ,
  };
  for (const key of OWN_LIVE_KEYS) {
    if (Object.hasOwn(params, key)) (out as Record<string, unknown>)[key] = params[key];
  }
  const e = agent.config.epsilonSchedule;
  out.epsSchedule = e.kind;
  if (e.kind !== 'constant') out.epsFloor = e.floor;
  if (e.kind === 'linear') out.epsEpisodes = e.episodes;
  if (e.kind === 'exponential') out.epsDecay = e.decay;
  return out;
}
