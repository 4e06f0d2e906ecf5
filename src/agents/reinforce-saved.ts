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
  /** The learned baseline's w; absent in files saved before it existed (then w = 0). */
  w?: number[];
  rng: RngState;
  provenance: Provenance;
}

/** The parts of a saved file, each checked against its schema. */
export function parseSavedReinforce(json: unknown): SavedReinforce {
  const saved = parseSavedAgent(json, 'reinforce');
  const config = parseWith(reinforceConfigSchema, saved.config, WHAT, ['config']) as ReinforceConfig;
  const params = parseWith(reinforceParamsSchema, saved.params, WHAT, ['params']);
  const stateSchema = z.looseObject({ theta: finiteNumbers, w: finiteNumbers.optional() });
  const state = parseWith(stateSchema, saved.state, WHAT, ['state']);
  return {
    config,
    params,
    theta: state.theta,
    w: state.w,
    rng: saved.state.rng,
    provenance: saved.provenance,
  };
}

/**
 * Build the agent of a saved config. The constructor's own checks name paths inside the config,
 * so its refusals are re-rooted under `config`.
 */
export function buildSaved<A>(make: () => A, what = WHAT): A {
  try {
    return make();
  } catch (e) {
    if (!(e instanceof AgentFormatError && e.code === 'saved-agent-invalid')) throw e;
    const { problems, more } = (e as AgentFormatError<'saved-agent-invalid'>).values;
    const english = e.message.replace(/^[a-z-]+ agent config: /, '');
    throw new AgentFormatError(
      'saved-agent-invalid',
      { problems: problems.map((p) => ({ ...p, path: ['config', ...p.path] })), more },
      `${what}: config: ${english}`,
    );
  }
}

/** θ from the file must fill the agent's nActions × featureDim exactly. */
export function checkSavedTheta(
  length: number,
  agent: { nActions: number; featureDim: number; theta: Float64Array },
  what = WHAT,
): void {
  if (length === agent.theta.length) return;
  const problem: AgentProblem = {
    path: ['state', 'theta'],
    kind: 'length-mismatch',
    values: { length, dims: ['nActions', 'featureDim'], sizes: [agent.nActions, agent.featureDim] },
  };
  throw oneProblem(
    what,
    problem,
    `state.theta: has ${length} values, but nActions × featureDim = ${agent.nActions} × ${agent.featureDim} = ${agent.theta.length}`,
  );
}

/** w from the file must have featureDim numbers. */
export function checkSavedW(length: number, agent: { featureDim: number }, what = WHAT): void {
  if (length === agent.featureDim) return;
  const problem: AgentProblem = {
    path: ['state', 'w'],
    kind: 'length-mismatch',
    values: { length, dims: ['featureDim', '1'], sizes: [agent.featureDim, 1] },
  };
  throw oneProblem(what, problem, `state.w: has ${length} values, but featureDim = ${agent.featureDim}`);
}
