/**
 * The Q-table of a learner as an estimate of Q, for comparing with DP. Double Q-learning's `q` holds
 * Q1 + Q2 (it acts on the sum), so its estimate is half of that; every other learner's is `q`.
 */
import { DoubleQAgent } from '../double-q.ts';
import type { TabularAgent } from '../tabular.ts';

export function agentQEstimate(agent: TabularAgent, out?: Float64Array): Float64Array {
  if (!(agent instanceof DoubleQAgent)) return agent.q;
  const q = out ?? new Float64Array(agent.q.length);
  for (let i = 0; i < q.length; i++) q[i] = 0.5 * (agent.q1[i] + agent.q2[i]);
  return q;
}
