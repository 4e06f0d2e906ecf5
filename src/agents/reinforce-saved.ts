/**
 * Reading a saved REINFORCE agent: every check of the file before an agent is built from it, each
 * failure an `AgentFormatError` that names the JSON path (`config.gamma`, `state.theta`).
 */
import { z } from 'zod';
import type { RngState } from '../core/rng.ts';
import type { AgentProblem } from './errors.ts';
import { type ReinforceConfig, reinforceConfigSchema } from './reinforce-config.ts';
import { type ReinforceParams, reinforceParamsSchema } from './reinforce-params.ts';
import { AgentFormatError, finiteNumbers, oneProblem, parseSavedAgent, parseWith } from './saved-agent.ts';
import type { Provenance } from './types.ts';

const WHAT = 'saved reinforce agent';

export interface SavedReinforce {
  config: ReinforceConfig;
  params: ReinforceParams;
  theta: number[];
  rng: RngState;
  provenance: Provenance;
}

/** The parts of a saved file, each checked against its schema. */
export function parseSavedReinforce(json: unknown): SavedReinforce {
  const saved = parseSavedAgent(json, 'reinforce');
  const config = parseWith(reinforceConfigSchema, saved.config, WHAT, ['config']) as ReinforceConfig;
  const params = parseWith(reinforceParamsSchema, saved.params, WHAT, ['params']);
  const state = parseWith(z.looseObject({ theta: finiteNumbers }), saved.state, WHAT, ['state']);
  return { config, params, theta: state.theta, rng: saved.state.rng, provenance: saved.provenance };
}

/**
 * Build the agent of a saved config. The constructor's own checks name paths inside the config,
 * so its refusals are re-rooted under `config`.
 */
export function buildSaved<A>(make: () => A): A {
  try {
    return make();
  } catch (e) {
    if (!(e instanceof AgentFormatError && e.code === 'saved-agent-invalid')) throw e;
    const { problems, more } = (e as AgentFormatError<'saved-agent-invalid'>).values;
    const english = e.message.replace(/^reinforce agent config: /, '');
    throw new AgentFormatError(
      'saved-agent-invalid',
      { problems: problems.map((p) => ({ ...p, path: ['config', ...p.path] })), more },
      `${WHAT}: config: ${english}`,
    );
  }
}

/** θ from the file must fill the agent's nActions × featureDim exactly. */
export function checkSavedTheta(
  length: number,
  agent: { nActions: number; featureDim: number; theta: Float64Array },
): void {
  if (length === agent.theta.length) return;
  const problem: AgentProblem = {
    path: ['state', 'theta'],
    kind: 'length-mismatch',
    values: { length, dims: ['nActions', 'featureDim'], sizes: [agent.nActions, agent.featureDim] },
  };
  throw oneProblem(
    WHAT,
    problem,
    `state.theta: has ${length} values, but nActions × featureDim = ${agent.nActions} × ${agent.featureDim} = ${agent.theta.length}`,
  );
}
