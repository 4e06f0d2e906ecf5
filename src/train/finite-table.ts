/**
 * A Q-table with ±Infinity or NaN cannot be saved as JSON (it would hold nulls) or trusted: training
 * stops, naming the first bad entry. REINFORCE guards θ itself (it throws on divergence).
 */
import type { AnyAgent } from '../agents/index.ts';
import { isPolicyGradient } from '../agents/policy-gradient.ts';
import { ACTION_NAMES } from '../envs/index.ts';
import { NonFiniteTableError } from './errors.ts';

/** Throws a `NonFiniteTableError` for the first non-finite Q-value, after `episodes` episodes. */
export function assertFiniteTable(agent: AnyAgent, episodes: number): void {
  if (isPolicyGradient(agent)) return;
  const q = agent.q;
  for (let i = 0; i < q.length; i++) {
    if (Number.isFinite(q[i])) continue;
    const state = Math.floor(i / agent.nActions);
    const action = i % agent.nActions;
    const { alpha, gamma } = agent.params;
    throw new NonFiniteTableError({
      episode: episodes,
      state,
      action,
      actionName: agent.nActions === 4 ? ACTION_NAMES[action] : null,
      value: String(q[i]),
      alpha,
      gamma,
    });
  }
}
