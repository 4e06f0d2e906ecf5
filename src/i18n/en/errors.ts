/**
 * Errors from below the app layer (src/envs, src/agents, src/train), by code: what describeError
 * says. No final full stop: the CLI and the page put these inside their own sentences.
 */
import { formatSig } from '../../core/format.ts';
import type { AgentProblem, ErrorMessages, FileKind, ProblemMessages } from '../error-values.ts';
import { agentNames } from './agent-names.ts';
import { dynamicsCodes } from './dynamics-errors.ts';

const at = (row: number, col: number) => `(row ${row}, col ${col})`;
const quoted = (xs: readonly string[]) => xs.map((x) => JSON.stringify(x)).join(', ');
/** `[0, 1]`, or `[0, ∞)` for an open end. */
const interval = (min: number, max: number) =>
  `[${min}, ${max === Number.POSITIVE_INFINITY ? '∞)' : `${max}]`}`;
const article = (type: string) => {
  const t = type === 'record' ? 'object' : type;
  return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
};
const mib = (bytes: number) => `${bytes / (1024 * 1024)} MiB`;

const FILE_KINDS: Record<FileKind, string> = {
  fifo: 'a FIFO or pipe',
  'character-device': 'a character device',
  'block-device': 'a block device',
  socket: 'a socket',
  other: 'not a file',
};

const AGENTS: Record<string, string> = agentNames;
const agentName = (kind: string) => (Object.hasOwn(AGENTS, kind) ? AGENTS[kind] : kind);

const problems = {
  missing: ({ expected }) => `missing (expected ${article(expected)})`,
  'wrong-type': ({ expected, got }) => `expected ${article(expected)}, got ${got}`,
  'too-small': ({ min, inclusive, got }) => `must be ${inclusive ? '≥' : '>'} ${min}, got ${got}`,
  'too-big': ({ max, inclusive, got }) => `must be ${inclusive ? '≤' : '<'} ${max}, got ${got}`,
  'not-one-of': ({ options, got }) =>
    got === null
      ? `missing (must be ${options.join(' or ')})`
      : `must be ${options.join(' or ')}, got ${got}`,
  'not-finite': ({ got }) => `must be a finite number, got ${got}`,
  'rng-fraction': () => 'must be in [0, 1), a multiple of 2^-32 as the generator writes it',
  'rng-carry': ({ max }) => `must be a whole number in [0, ${max}]`,
  'rng-all-zero': () =>
    'is all zero: such a generator draws 0 for ever (the agent would always take its first action)',
  'table-too-large': ({ size, max }) => `nStates × nActions = ${size} is above the limit of ${max} Q-values`,
  'theta-too-large': ({ size, max }) =>
    `nActions × featureDim = ${size} is above the limit of ${max} numbers in θ`,
  'length-mismatch': ({ length, dims, sizes }) =>
    `has ${length} values, but ${dims[0]} × ${dims[1]} = ${sizes[0]} × ${sizes[1]} = ${sizes[0] * sizes[1]}`,
  'initial-theta-shape': ({ rows, featureDim, lengths }) =>
    `must have nActions = ${rows} rows of featureDim = ${featureDim} numbers, got ${lengths.length} rows of lengths [${lengths.join(', ')}]`,
  'rbf-center-length': ({ length, obsDim }) => `has ${length} numbers, expected obsDim = ${obsDim}`,
  'rbf-width': ({ width }) => `must be a finite number > 0, got ${width}`,
  'gated-index': ({ index, obsDim }) => `is ${index}, but must be below obsDim = ${obsDim}`,
  other: ({ message }) => message,
} satisfies ProblemMessages;

const problem = (p: AgentProblem) =>
  `${p.path.length ? p.path.join('.') : '(top level)'}: ${(problems[p.kind] as (v: unknown) => string)(p.values)}`;

const codes = {
  ...dynamicsCodes,
  'maze-unknown-preset': ({ name, presets }) =>
    `unknown preset ${JSON.stringify(name)}; valid presets: ${presets.join(', ')}`,
  'maze-empty': () => 'the layout is empty (no tiles)',
  'maze-too-tall': ({ rows, max }) => `the maze has ${rows} rows; at most ${max} × ${max}`,
  'maze-too-wide': ({ width, max }) => `the maze is ${width} tiles wide; at most ${max} × ${max}`,
  'maze-row-not-text': ({ row, type }) => `row ${row} (0-based) is not a string (got ${type})`,
  'maze-ragged': ({ row, length, width }) =>
    `ragged rows: row ${row} has ${length} tiles but row 0 has ${width} (0-based rows)`,
  'maze-unknown-tile': ({ tile, row, col, allowed }) =>
    `unknown tile ${JSON.stringify(tile)} at ${at(row, col)} (0-based); allowed: ${allowed.join(' ')}`,
  'maze-duplicate-tile': ({ tile, first, second }) =>
    `more than one ${tile === 'S' ? 'start' : 'goal'} ${tile}: at ${at(first.row, first.col)} and at ${at(second.row, second.col)} (0-based)`,
  'maze-missing-tile': ({ tile }) => (tile === 'S' ? 'no start tile S' : 'no goal tile G'),
  'maze-unreachable': ({ goal, start }) =>
    `the goal G at ${at(goal.row, goal.col)} cannot be reached from the start S at ${at(start.row, start.col)} (0-based) by a path that avoids walls # and cliffs C`,
  'env-option-not-number': ({ env, option, value }) =>
    `${env}: option ${option} must be a finite number, got ${value}`,
  'env-option-out-of-range': ({ env, option, value, min, max }) =>
    `${env}: option ${option} must be between ${min} and ${max}, got ${value}`,
  'env-option-too-small': ({ env, option, value, min, inclusive }) =>
    `${env}: option ${option} must be ${!inclusive ? `> ${min}` : min === 0 ? '≥ 0' : `at least ${min}`}, got ${value}`,
  'env-option-too-large': ({ env, option, value, max }) =>
    `${env}: option ${option} must be at most ${max}, got ${value}`,
  'jump-hole-order': ({ holeStartMin, holeStartMax }) =>
    `JumpHole-v0: option holeStartMax (${holeStartMax}) must be ≥ holeStartMin (${holeStartMin})`,
  'jump-hole-too-wide': ({ holeWidth, jumpLength, window, stepRun }) =>
    `JumpHole-v0: option holeWidth = ${holeWidth} m is too wide: a jump covers speed·2·jumpVelocity/gravity = ${jumpLength} m, and the take-off window (jump length − holeWidth = ${window} m) must be at least one step's run (speed·dt = ${stepRun} m), or some holes cannot be cleared`,
  'env-unknown': ({ id, known }) => `unknown env ${JSON.stringify(id)}; known: ${known.join(', ')}`,
  'time-limit-invalid': ({ value }) =>
    `the time limit (maxEpisodeSteps) must be a positive whole number, got ${value}`,
  'maze-size-invalid': ({ name, value, min, max }) =>
    `the maze ${name} must be an odd integer from ${min} to ${max}, got ${value}`,
  'discrete-size-invalid': ({ value }) => `Discrete(n): n must be a positive integer, got ${value}`,
  'box-shape-invalid': ({ value }) => `Box: shape must be a positive integer length, got ${value}`,
  'box-bound-nan': ({ index, low, high }) => `Box: bound ${index} is NaN (low ${low}, high ${high})`,
  'box-bounds-reversed': ({ index, low, high }) =>
    `Box: low[${index}] = ${low} is above high[${index}] = ${high}`,
  'box-length-mismatch': ({ name, length, size }) =>
    `Box: ${name} has length ${length}, but the shape is [${size}]`,
  'env-step-before-reset': ({ env }) => `${env}: step() called before reset(); call reset() first`,
  'env-step-after-end': ({ env }) =>
    `${env}: step() called after the episode ended (terminated or truncated); call reset() first`,
  'env-invalid-action': ({ env, action, space }) =>
    `${env}: invalid action ${action}; the action space is ${space}`,
  'env-illegal-action': ({ env, action, state, legal }) =>
    `${env}: action ${action} is not allowed in state ${state}; allowed: ${legal.join(', ')}`,
  'env-option-not-integer': ({ env, option, value }) =>
    `${env}: option ${option} must be a whole number, got ${value}`,
  'env-option-not-object': ({ env, option, value }) =>
    `${env}: option ${option} must be an object or null, got ${value}`,
  'env-change-mismatch': ({ env, option, what, expected, got }) =>
    `${env}: option ${option}: the changed maze must keep the ${what === 'size' ? 'size' : what === 'start' ? 'start S at' : 'goal G at'} ${expected}, got ${got}`,
  'env-check-failed': ({ env, problems: found }) => `${env} fails the env contract: ${found.join('; ')}`,

  'param-out-of-range': ({ name, value, min, max, kept }) =>
    `params.${name}: ${value} is outside ${interval(min, max)} (kept ${kept})`,
  'param-not-number': ({ name, value, min, max, kept }) =>
    `params.${name}: must be a finite number in ${interval(min, max)}, got ${value} (kept ${kept})`,
  'param-not-integer': ({ name, value, min, max, kept }) =>
    `params.${name}: must be a whole number in ${interval(min, max)}, got ${value} (kept ${kept})`,
  'param-not-choice': ({ name, value, choices, kept }) =>
    `params.${name}: must be one of ${quoted(choices)}, got ${value} (kept ${kept})`,
  'param-unknown': ({ name, known }) => `params.${name}: unknown parameter; known: ${known.join(', ')}`,
  'agent-unknown-kind': ({ kind, known }) => `unknown agent kind ${kind}; known kinds: ${known.join(', ')}`,
  'agent-needs-discrete-actions': ({ agent, env, space }) =>
    `${agentName(agent)} needs a discrete action space; ${env} has ${space}`,
  'agent-needs-discrete-observations': ({ agent, env, space }) =>
    `${agentName(agent)} is tabular and needs a discrete observation space, but ${env} observes ${space} (continuous). Use the REINFORCE agent there`,
  'agent-needs-vector-observations': ({ env, space }) =>
    `REINFORCE here is a softmax-linear policy over a vector observation; ${env} observes ${space}. Use Q-learning or SARSA there`,
  'agent-table-mismatch': ({ states, actions, env, envStates, envActions }) =>
    `the saved agent's Q-table is ${states} states × ${actions} actions; ${env} here has ${envStates} × ${envActions} (was it trained on another maze?)`,
  'agent-shape-mismatch': ({ obsDim, actions, env, envObsDim, envActions }) =>
    `the saved agent expects ${obsDim}-dim observations and ${actions} actions; ${env} has ${envObsDim} and ${envActions}`,
  'saved-agent-invalid': ({ problems: list, more }) =>
    [...list.map(problem), ...(more > 0 ? [`and ${more} more`] : [])].join('; '),
  'saved-agent-not-json': ({ detail }) => `not valid JSON (${detail})`,
  'saved-agent-wrong-kind': ({ kind, expected }) =>
    `the file holds a '${kind}' agent, expected '${expected}'`,
  'reinforce-diverged': ({ learningRate, batchEpisodes, gradientNorm }) =>
    `REINFORCE diverged: θ became non-finite after an update with learningRate = ${learningRate} over batchEpisodes = ${batchEpisodes} episodes (gradient norm ${formatSig(gradientNorm)}). θ was restored to its value before the update and the batch dropped; lower learningRate (or batchEpisodes: the gradient is a sum over the batch).`,
  'actor-critic-diverged': ({ learningRate, valueLearningRate, delta }) =>
    `actor–critic diverged: θ or w became non-finite in a step with learningRate = ${learningRate} and valueLearningRate = ${valueLearningRate} (TD error δ = ${formatSig(delta)}). Both were restored to their values before the step; lower the step sizes.`,
  'agent-index-out-of-range': ({ agent, what, value, n }) =>
    `${agentName(agent)}: ${what} ${value} is outside 0…${n - 1}`,
  'agent-observation-length': ({ length, obsDim }) =>
    `REINFORCE: the observation has ${length} numbers, expected obsDim = ${obsDim}`,
  'agent-no-legal-action': ({ agent }) =>
    `${agentName(agent)}: the env's action mask allows no action in this state`,
  'dp-argument-out-of-range': ({ name, value, min, max, whole }) =>
    `dynamic programming: ${name} must be a ${whole ? 'whole ' : ''}number in ${interval(min, max)}, got ${value}`,
  'dp-length-mismatch': ({ name, length, expected }) =>
    `dynamic programming: ${name} has ${length} values, but the maze needs ${expected}`,
  'dp-policy-not-distribution': ({ state, sum }) =>
    `dynamic programming: the policy's probabilities in state ${state} must be ≥ 0 and sum to 1, got a sum of ${sum}`,

  'file-unreadable': ({ path, reason }) => `${path}: cannot read the file (${reason})`,
  'file-is-folder': ({ path }) => `${path}: is a directory, not a file; give a file name`,
  'file-not-regular': ({ path, kind }) => `${path}: not a regular file (${FILE_KINDS[kind]}); give a file`,
  'file-too-large': ({ path, size, limit }) =>
    size === null
      ? `${path}: the file is larger than the limit of ${mib(limit)}`
      : `${path}: the file has ${size} bytes; the limit is ${mib(limit)}`,
  'folder-missing': ({ path, folder }) => `${path}: the folder ${folder} does not exist`,
  'folder-not-folder': ({ path, folder }) => `${path}: ${folder} is not a folder`,
  'file-unwritable': ({ path, reason }) => `${path}: cannot write there (${reason})`,
  'table-not-finite': ({ episode, state, action, actionName, value, alpha, gamma }) =>
    `training stopped by episode ${episode}: Q(state ${state}, action ${action}${actionName === null ? '' : ` (${actionName})`}) became ${value} (α = ${alpha}, γ = ${gamma}). The values grew beyond what a number can hold; lower α or γ, or the rewards, or start from a fresh agent.`,
  'run-budget-invalid': ({ episodes, steps }) =>
    `a run needs a non-negative episode or step budget, got episodes = ${episodes}, steps = ${steps}`,
  'turbo-no-lanes': () => 'Turbo training needs at least one lane',
  'fused-not-applicable': () =>
    'the fused maze kernel runs only tabular Q-learning, SARSA, Expected SARSA, Double Q or Dyna-Q (n = 0) on a learning GridMaze run',
  'recent-window-invalid': ({ value }) =>
    `the window of recent episodes must be a positive integer, got ${value}`,
  'series-capacity-invalid': ({ value }) =>
    `the episode series' capacity must be an even integer ≥ 4, got ${value}`,
  'atomic-file-closed': ({ path, operation }) =>
    `${path}: ${operation} after the file was committed or aborted`,
  'experiment-spec-invalid': ({ field, issue }) =>
    `experiment spec, field ${field === '' ? '(top level)' : field}: ${issue}`,
  'experiment-part-refused': ({ field, cause, detail }): string =>
    `experiment spec, field ${field}: ${cause !== null && Object.hasOwn(codes, cause.code) ? (codes as unknown as Record<string, (v: unknown) => string>)[cause.code](cause.values) : detail}`,
  'experiment-grid-unknown': ({ field, kind, name, known }) =>
    `experiment spec, field ${field}: ${agentName(kind)} has no hyper-parameter ${JSON.stringify(name)}; it has ${quoted(known)}`,
  'experiment-too-large': ({ what, value, limit }) =>
    `the experiment asks for ${value} ${what === 'conditions' ? 'agent configurations' : what === 'curve-points' ? 'curve points (episodes × configurations)' : 'episodes over all runs'}, more than the limit of ${limit}; use fewer runs, episodes or grid values`,
  'experiment-not-finite': ({ condition, run, episode, metric }) =>
    `${condition}, run ${run}, episode ${episode}: ${metric} is not a finite number (the values diverged); lower α or the rewards`,
} satisfies ErrorMessages;

export const errors = {
  codes,
  problems,
  /** A problem at its JSON path, as listed in `saved-agent-invalid`. */
  problem,
};
