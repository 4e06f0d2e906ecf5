/**
 * The softmax-linear policy-gradient agents (REINFORCE, actor–critic) as one type, for the code that
 * treats them alike (θ, v̂, divergence) and apart from the tabular ones (a Q-table).
 */
import { ActorCriticAgent } from './actor-critic.ts';
import { ReinforceAgent } from './reinforce.ts';

export type PolicyGradientAgent = ReinforceAgent | ActorCriticAgent;

export function isPolicyGradient(agent: unknown): agent is PolicyGradientAgent {
  return agent instanceof ReinforceAgent || agent instanceof ActorCriticAgent;
}
