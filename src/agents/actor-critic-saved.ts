/**
 * Reading a saved actor–critic: every check of the file before an agent is built from it, each
 * failure an `AgentFormatError` that names the JSON path (`config.gamma`, `state.w.2`).
 */
import { z } from 'zod';
import type { RngState } from '../core/rng.ts';
import {
  type ActorCriticConfig,
  type ActorCriticParams,
  actorCriticConfigSchema,
  actorCriticParamsSchema,
} from './actor-critic-config.ts';
import { finiteNumber, finiteNumbers, parseSavedAgent, parseWith } from './saved-agent.ts';
import type { Provenance } from './types.ts';

const WHAT = 'saved actor-critic agent';

export interface SavedActorCritic {
  config: ActorCriticConfig;
  params: ActorCriticParams;
  theta: number[];
  w: number[];
  /** I of the next step, in [0, 1]. */
  discount: number;
  rng: RngState;
  provenance: Provenance;
}

const stateSchema = z.looseObject({
  theta: finiteNumbers,
  w: finiteNumbers,
  discount: finiteNumber.pipe(z.number().min(0).max(1)),
});

export function parseSavedActorCritic(json: unknown): SavedActorCritic {
  const saved = parseSavedAgent(json, 'actor-critic');
  const config = parseWith(actorCriticConfigSchema, saved.config, WHAT, ['config']) as ActorCriticConfig;
  const params = parseWith(actorCriticParamsSchema, saved.params, WHAT, ['params']);
  const state = parseWith(stateSchema, saved.state, WHAT, ['state']);
  return {
    config,
    params,
    theta: state.theta,
    w: state.w,
    discount: state.discount,
    rng: saved.state.rng,
    provenance: saved.provenance,
  };
}
