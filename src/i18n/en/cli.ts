/** The words of `npm run train` (src/cli): help, progress, summaries, notes and refusals. */
import { AGENT_KINDS } from '../../agents/types.ts';
import { plural } from '../plural.ts';
import { agentNames } from './agent-names.ts';

const AGENT_LIST = AGENT_KINDS.join(', ');

export const cli = {
  help: (p: { presets: string }) => `Train an agent headless, at full speed.

Usage:
  npm run train -- --env ENV --agent KIND --episodes N --seed S [options]

Environment:
  --env ENV              maze (GridMaze-v0), jump (JumpHole-v0), corridor (ShortCorridor-v0,
                         Sutton & Barto Example 13.1) or max-bias (MaxBias-v0, Example 6.7)
                         (default: from --in, else jump for reinforce and actor-critic, else maze)
  --layout L             maze only: a preset (${p.presets}), a text file of rows,
                         or generated:WxH[:seed] (odd sizes, e.g. generated:21x21:7)
  --max-steps N          time limit per episode (default: the env's own)

Agent:
  --agent KIND           q-learning (q), sarsa, expected-sarsa, double-q, n-step-sarsa,
                         sarsa-lambda, q-lambda, dyna-q (tabular: the maze),
                         reinforce, actor-critic (policy gradient)
                         (default: from --in, else q for the maze, reinforce for jump)
  --epsilon E  --alpha A  --gamma G        every tabular agent (defaults 0.1, 0.1, 0.9)
  --initial-q Q          tabular: the initial Q-value (default 0; optimistic values explore)
  --epsilon-schedule S   tabular: constant, linear:FLOOR:EPISODES or exponential:FLOOR:DECAY
  --n-steps N            n-step-sarsa: the steps before bootstrapping (default 4)
  --lambda L  --traces replacing|accumulating   sarsa-lambda, q-lambda (defaults 0.9, replacing)
  --planning-steps N  --kappa K   dyna-q: planning updates per step, Dyna-Q+ bonus (defaults 5, 0)
  --lr ETA  --batch M  --baseline mean|none|learned  --gamma G   REINFORCE (and --lr for actor-critic)
  --value-lr W           the learned baseline's and actor-critic's value step size
  --in agent.json        continue training a saved agent (keeps its env and --max-steps)
  --out agent.json       save the trained agent (loads in the browser too); written atomically
  --force                continue an --in agent on a --layout other than the one it was trained on

Run:
  --episodes N           training episodes (default 500)
  --seed S               seed of the run: the env's first reset and a new agent (default 0)
  --eval N               greedy/policy evaluation episodes after training (default 100, 0 to skip)
  --log episodes.csv     one CSV row per episode: episode,return,length,success
  --no-progress          no progress bar on stderr
  --generic-runner       train on the generic runner, not the fused maze kernel (same results, slower)
  --json                 print the summary as JSON on stdout
  --lang en|ja           language of the messages (default: from LC_ALL, LC_MESSAGES or LANG)
  -h, --help             this help

Files: --out and --log are written to a temporary file and renamed, so an interrupted run never
leaves a half-written file; output paths are checked before training. --in is read up to 128 MiB,
a --layout file up to 4 MiB (regular files only); mazes up to 1001 × 1001.

Exit codes: 0 done, 2 bad flag, value, combination or file (the message names it), or training
stopped (divergence, a non-finite Q-table), 1 a final write failed (the agent is saved beside it)
or anything else.`,

  /** Line prefixes on stderr. */
  prefix: { error: 'error: ', note: 'note: ', unexpected: 'unexpected error: ' },
  /** Agent names as the summaries show them. */
  agents: agentNames,

  label: (p: { env: string; agent: string; seed: string }) => `${p.env} · ${p.agent} · seed ${p.seed}`,
  seedFromIn: (p: { seed: string }) => `${p.seed} (from --in)`,
  /** cli-progress's format: {bar}, {value}, {total}, {ret} and {eta_formatted} are its fields. */
  progress: (p: { label: string }) =>
    `${p.label} |{bar}| {value}/{total} episodes · return(100) {ret} · {eta_formatted} left`,

  /** The progress bar's time left: over an hour in hours and minutes, over a minute in minutes and seconds. */
  duration: (p: { hours: number; minutes: number; seconds: number }) =>
    p.hours > 0 ? `${p.hours}h${p.minutes}m` : p.minutes > 0 ? `${p.minutes}m${p.seconds}s` : `${p.seconds}s`,

  summary: {
    head: (p: { label: string; episodes: string; total: string }) =>
      `${p.label}: ${p.episodes} episodes (${p.total} in total for this agent)`,
    last100: (p: { meanReturn: string; success: string; meanLength: string }) =>
      `  last 100 episodes: mean return ${p.meanReturn}, success ${p.success}, mean length ${p.meanLength}`,
    loops: (p: { steps: number; shortest: number }) =>
      `  greedy policy: loops after ${p.steps} ${plural('en', p.steps, { one: 'step', other: 'steps' })} (does not reach G; shortest path ${p.shortest} steps)`,
    noGoal: (p: { shortest: number }) =>
      `  greedy policy: does not reach G (shortest path ${p.shortest} steps)`,
    path: (p: { steps: number; shortest: number }) =>
      `  greedy path: ${p.steps} steps, shortest path ${p.shortest} steps${p.steps === p.shortest ? ' (optimal)' : ''}`,
    greedy: (p: { episodes: string; success: string; meanReturn: string }) =>
      `  evaluation (${p.episodes} episodes, greedy policy, no learning): success ${p.success}, mean return ${p.meanReturn}`,
    sampled: (p: { episodes: string; success: string; meanReturn: string }) =>
      `  evaluation (${p.episodes} episodes, sampled policy, no learning): success ${p.success}, mean return ${p.meanReturn}`,
  },

  notes: {
    seedNoEffect: (p: { seed: string; env: string; agentSeed: string }) =>
      `--seed ${p.seed} has no effect here: ${p.env} is deterministic and the agent from --in continues its own random stream (it was created with seed ${p.agentSeed})`,
  },

  stopped: {
    keptLastGood: (p: { out: string }) =>
      ` The last good agent (θ before the failed update) was saved to --out ${p.out}.`,
    notWritten: (p: { out: string }) => ` --out ${p.out} was not written.`,
  },

  writes: {
    logFailed: (p: { path: string; reason: string }) =>
      `--log ${p.path}: cannot write the file (${p.reason})`,
    outRescued: (p: { path: string; reason: string; rescued: string }) =>
      `--out ${p.path}: cannot write the file (${p.reason}); the agent was saved to ${p.rescued} instead`,
    outLost: (p: { path: string; reason: string }) =>
      `--out ${p.path}: cannot write the file (${p.reason}); and no copy could be saved elsewhere`,
    logCannotStart: (p: { path: string; reason: string }) =>
      `--log ${p.path}: cannot write there (${p.reason})`,
  },

  /** Refusals of the command line; `flag` includes its dashes. */
  usage: {
    unknownFlag: (p: { flag: string }) => `Unknown option '${p.flag}' (see --help)`,
    missingValue: (p: { flag: string }) => `${p.flag} needs a value (see --help)`,
    noValue: (p: { flag: string }) => `${p.flag} takes no value (see --help)`,
    positional: (p: { arg: string }) =>
      `unexpected argument '${p.arg}': every value follows its flag (see --help)`,
    other: (p: { detail: string }) => `${p.detail} (see --help)`,
    ambiguous: (p: { flag: string }) =>
      `${p.flag}: its value starts with '-' and reads as another flag (write ${p.flag}=VALUE to give it anyway)`,
    twice: (p: { flag: string }) => `${p.flag} is given twice; give it once`,
    badValue: (p: { flag: string; value: string; why: string }) => `${p.flag} ${p.value}: ${p.why}`,
    notApply: (p: { flag: string; agent: string }) => `${p.flag} does not apply to ${p.agent}`,
    newAgentOnly: (p: { flag: string }) =>
      `${p.flag} sets how a new agent starts; the agent from --in has already started (leave out --in, or the flag)`,
    valueLrNeedsLearned: '--value-lr applies to REINFORCE only with --baseline learned',
    layoutMazeOnly: '--layout applies to the maze only (--env maze)',
    agentMismatch: (p: { agent: string; held: string }) =>
      `--agent ${p.agent}: the file given to --in holds a ${p.held} agent`,
    differentMaze: (p: { layout: string; inFile: string; name: string | null }) =>
      `--layout ${p.layout}: the agent from ${p.inFile} was trained on another maze${p.name === null ? '' : ` '${p.name}'`}; its Q-values belong to that maze. Give --force to continue training it on this one anyway.`,
    generatedFormat: (p: { spec: string }) =>
      `--layout ${p.spec}: write generated:WxH or generated:WxH:seed, e.g. generated:21x21:7`,
    layoutNotFound: (p: { spec: string; presets: string }) =>
      `--layout ${p.spec}: not a preset (${p.presets}), not generated:WxH[:seed], and no such file`,
    sameFile: (p: { a: string; b: string; overwritesIn: boolean }) =>
      `${p.a} and ${p.b} name the same file; ${p.overwritesIn ? 'it would be overwritten' : 'one would overwrite the other'}. Give different files.`,
  },

  /** Why a flag's value is refused (after `--flag "value": `). */
  why: {
    wholeNumber: 'must be a whole number',
    atMost: (p: { max: number }) => `must be at most ${p.max}`,
    atLeast: (p: { min: number }) => `must be at least ${p.min}`,
    decimal: 'must be a decimal number (like 0.1 or 1e-3)',
    underflow: 'underflows to 0',
    overflow: 'overflows (too large a number)',
    unit: 'must be in [0, 1]',
    positive: 'must be positive',
    env: 'must be maze, jump, corridor or max-bias (or an env id: GridMaze-v0, JumpHole-v0, ShortCorridor-v0, MaxBias-v0)',
    agent: `must be q, ${AGENT_LIST}`,
    baseline: 'must be mean, none or learned',
    traces: 'must be replacing or accumulating',
    schedule:
      'must be constant, linear:FLOOR:EPISODES or exponential:FLOOR:DECAY (FLOOR and DECAY in [0, 1], EPISODES a whole number ≥ 1), e.g. linear:0.01:500',
    lang: 'must be en or ja',
    seedTooLarge: 'a whole-number seed must be below 2^53 (larger ones round); quote a word instead',
    notEmpty: 'must not be empty',
  },
};
