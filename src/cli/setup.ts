/**
 * What the CLI trains: the env (from the flags, or from the provenance of the `--in` file) and the
 * agent (loaded or new), with every refusal naming the flag or the file and its JSON path, worded
 * in the CLI's language (errors from below through `describeError`).
 */
import {
  type AgentKind,
  type AnyAgent,
  agentOptionNames,
  assertAgentMatchesEnv,
  loadAgent,
  makeAgent,
  POLICY_GRADIENT_KINDS,
} from '../agents/index.ts';
import { isCoded } from '../core/coded-error.ts';
import {
  ENV_IDS,
  ENV_REGISTRY,
  EnvOptionError,
  generateMaze,
  MAZE_PRESET_NAMES,
  MazeLayoutError,
  type MazeSource,
  makeEnv,
  parseMazeLayout,
  type RegisteredEnvId,
  type TimeLimit,
} from '../envs/index.ts';
import { describeError } from '../i18n/describe-error.ts';
import { t } from '../i18n/index.ts';
import { FileError } from '../train/errors.ts';
import { MAX_AGENT_FILE_BYTES, MAX_LAYOUT_FILE_BYTES, readTextCapped } from '../train/files.ts';
import type { CliArgs } from './args.ts';
import { UsageError } from './errors.ts';

const isPolicyGradientKind = (kind: AgentKind | undefined) =>
  kind !== undefined && (POLICY_GRADIENT_KINDS as readonly string[]).includes(kind);

/** A refusal naming the flag (or file and JSON path) before the words for a coded error from below. */
const refuse = (context: string, e: unknown) => new UsageError(`${context}: ${describeError(e)}`);

export interface CliSetup {
  envId: RegisteredEnvId;
  envOptions: Record<string, unknown>;
  env: TimeLimit<unknown>;
  agent: AnyAgent;
  loaded: boolean;
  /** The seed as the run's label shows it. */
  seedLabel: string;
  /** Things the user should know (printed on stderr as notes). */
  notes: string[];
}

export function setUp(args: CliArgs, cwd: string): CliSetup {
  const loaded = args.in !== undefined ? readAgent(args.in, cwd) : undefined;
  const inFile = `--in ${args.in}`;
  const savedEnv = loaded?.provenance.env;
  if (savedEnv && args.env === undefined && !Object.hasOwn(ENV_REGISTRY, savedEnv.id)) {
    const words = t().errors.codes['env-unknown']({ id: savedEnv.id, known: ENV_IDS });
    throw new UsageError(`${inFile}: provenance.env.id: ${words}`);
  }
  const envId: RegisteredEnvId =
    args.env ??
    (savedEnv?.id as RegisteredEnvId | undefined) ??
    (isPolicyGradientKind(args.agent ?? loaded?.kind) ? 'JumpHole-v0' : 'GridMaze-v0');
  const kind = args.agent ?? loaded?.kind ?? (envId === 'JumpHole-v0' ? 'reinforce' : 'q-learning');
  if (loaded && loaded.kind !== kind) {
    throw new UsageError(
      t().cli.usage.agentMismatch({ agent: String(args.agent), held: t().cli.agents[loaded.kind] }),
    );
  }
  checkFlagsApply(args, kind, loaded);

  const envOptions: Record<string, unknown> = {};
  const fromFile = savedEnv !== undefined && savedEnv.id === envId;
  if (fromFile) {
    Object.assign(envOptions, savedEnv.options);
    // A continued run keeps its time limit unless the flags change it (or the maze).
    if (savedEnv.maxEpisodeSteps !== undefined && args.layout === undefined) {
      envOptions.maxEpisodeSteps = savedEnv.maxEpisodeSteps;
    }
  }
  if (args.layout !== undefined) {
    if (envId !== 'GridMaze-v0') throw new UsageError(t().cli.usage.layoutMazeOnly);
    envOptions.layout = resolveLayout(args.layout, cwd);
  }
  if (args.maxSteps !== undefined) envOptions.maxEpisodeSteps = args.maxSteps;
  let env: TimeLimit<unknown>;
  try {
    env = makeEnv(envId, envOptions);
  } catch (e) {
    const option = e instanceof EnvOptionError ? e.option : e instanceof MazeLayoutError ? 'layout' : null;
    if (fromFile && option !== null && !(option === 'layout' && args.layout !== undefined)) {
      throw refuse(`${inFile}: provenance.env.options.${option}`, e);
    }
    if (isCoded(e)) throw new UsageError(describeError(e));
    throw e;
  }

  const notes: string[] = [];
  let seedLabel = String(args.seed);
  let agent: AnyAgent;
  if (loaded) {
    try {
      assertAgentMatchesEnv(loaded, env);
    } catch (e) {
      if (isCoded(e)) throw refuse(inFile, e);
      throw e;
    }
    if (fromFile && envId === 'GridMaze-v0' && args.layout !== undefined && !args.force) {
      assertSameMaze(savedEnv.options.layout, envOptions.layout, args.layout, inFile);
    }
    agent = loaded;
    applyParams(agent, args);
    agent.provenance.env = structuredClone(env.spec);
    if (env.stochastic === false) {
      // Nothing in a deterministic env draws from the run seed, and the agent keeps its own stream.
      seedLabel = t().cli.seedFromIn({ seed: String(agent.provenance.seed) });
      if (args.seedGiven) {
        notes.push(
          t().cli.notes.seedNoEffect({
            seed: String(args.seed),
            env: envId,
            agentSeed: String(agent.provenance.seed),
          }),
        );
      }
    }
  } else {
    const options: Record<string, unknown> = { seed: args.seed, gamma: args.gamma };
    for (const [, key, option] of AGENT_FLAGS) options[option] = args[key];
    agent = newAgent(kind, env, options as Parameters<typeof makeAgent>[2]);
  }
  return { envId, envOptions, env, agent, loaded: loaded !== undefined, seedLabel, notes };
}

/** Refuse continuing an agent on a maze other than the one it learned (its Q-table means nothing there). */
function assertSameMaze(saved: unknown, given: unknown, flag: string, inFile: string): void {
  const rowsOf = (layout: unknown) => parseMazeLayout(layout as MazeSource).rows.join('\n');
  if (rowsOf(saved) === rowsOf(given)) return;
  throw new UsageError(
    t().cli.usage.differentMaze({ layout: flag, inFile, name: typeof saved === 'string' ? saved : null }),
  );
}

function readAgent(path: string, cwd: string): AnyAgent {
  const text = readFile('--in', path, MAX_AGENT_FILE_BYTES, cwd);
  try {
    return loadAgent(text);
  } catch (e) {
    if (isCoded(e)) throw refuse(`--in ${path}`, e);
    throw e;
  }
}

/** A capped read; a file refusal names the flag (the words name the path). */
function readFile(flag: string, path: string, cap: number, cwd: string): string {
  try {
    return readTextCapped(path, cap, cwd);
  } catch (e) {
    if (e instanceof FileError) throw new UsageError(`${flag} ${describeError(e)}`);
    throw e;
  }
}

/** A new agent; a refusal (the agent does not fit the env, a parameter out of range) is worded. */
function newAgent(kind: AgentKind, env: TimeLimit<unknown>, options: Parameters<typeof makeAgent>[2]) {
  try {
    return makeAgent(kind, env, options);
  } catch (e) {
    if (isCoded(e)) throw new UsageError(describeError(e));
    throw e;
  }
}

/** `layout` names a file (rather than a preset or a generated maze). */
export function isLayoutFile(spec: string): boolean {
  return !(MAZE_PRESET_NAMES as readonly string[]).includes(spec) && !spec.startsWith('generated:');
}

/** A preset name, `generated:WxH[:seed]`, or a text file with one maze row per line. */
function resolveLayout(spec: string, cwd: string): string | string[] {
  if ((MAZE_PRESET_NAMES as readonly string[]).includes(spec)) return spec;
  const gen = /^generated:(\d+)x(\d+)(?::(.+))?$/.exec(spec);
  if (gen) {
    try {
      return generateMaze(Number(gen[1]), Number(gen[2]), gen[3] ?? 0);
    } catch (e) {
      throw refuse(`--layout ${spec}`, e);
    }
  }
  if (spec.startsWith('generated:')) throw new UsageError(t().cli.usage.generatedFormat({ spec }));
  let text: string;
  try {
    text = readTextCapped(spec, MAX_LAYOUT_FILE_BYTES, cwd);
  } catch (e) {
    if (e instanceof FileError && e.code === 'file-unreadable' && /ENOENT/.test(e.message)) {
      throw new UsageError(t().cli.usage.layoutNotFound({ spec, presets: MAZE_PRESET_NAMES.join(', ') }));
    }
    if (e instanceof FileError) throw new UsageError(`--layout ${describeError(e)}`);
    throw e;
  }
  const rows = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  try {
    makeEnv('GridMaze-v0', { layout: rows });
  } catch (e) {
    if (e instanceof MazeLayoutError) throw refuse(`--layout ${spec}`, e);
    throw e;
  }
  return rows;
}

/** The agent flags: the flag, its `CliArgs` field and the `makeAgent` option it sets (`--gamma` fits all). */
const AGENT_FLAGS = [
  ['--epsilon', 'epsilon', 'epsilon'],
  ['--alpha', 'alpha', 'alpha'],
  ['--initial-q', 'initialQ', 'initialQ'],
  ['--epsilon-schedule', 'epsilonSchedule', 'epsilonSchedule'],
  ['--n-steps', 'nSteps', 'nSteps'],
  ['--lambda', 'lambda', 'lambda'],
  ['--traces', 'traces', 'traces'],
  ['--planning-steps', 'planningSteps', 'planningSteps'],
  ['--kappa', 'kappa', 'kappa'],
  ['--lr', 'lr', 'learningRate'],
  ['--batch', 'batch', 'batchEpisodes'],
  ['--baseline', 'baseline', 'baseline'],
  ['--value-lr', 'valueLr', 'valueLearningRate'],
] as const satisfies readonly (readonly [string, keyof CliArgs, string])[];

/** How an agent starts, not a live parameter: refused for an agent from --in. */
const START_ONLY = new Set(['initialQ', 'epsilonSchedule']);

/** Refuse a flag the agent does not use (naming the agent), or one that cannot change a loaded agent. */
function checkFlagsApply(args: CliArgs, kind: AgentKind, loaded: AnyAgent | undefined): void {
  const uses = agentOptionNames(kind);
  for (const [flag, key, option] of AGENT_FLAGS) {
    if (args[key] === undefined) continue;
    if (!uses.includes(option))
      throw new UsageError(t().cli.usage.notApply({ flag, agent: t().cli.agents[kind] }));
    if (loaded && START_ONLY.has(option)) throw new UsageError(t().cli.usage.newAgentOnly({ flag }));
  }
  if (kind === 'reinforce' && args.valueLr !== undefined) {
    const baseline = args.baseline ?? (loaded?.params as { baseline?: string } | undefined)?.baseline;
    if (baseline !== 'learned') throw new UsageError(t().cli.usage.valueLrNeedsLearned);
  }
}

/** Override a loaded agent's live params with the flags given (checked by `checkFlagsApply`). */
function applyParams(agent: AnyAgent, args: CliArgs): void {
  const params = agent.params as Record<string, unknown>;
  if (args.gamma !== undefined) params.gamma = args.gamma;
  for (const [, key, option] of AGENT_FLAGS) {
    if (args[key] !== undefined && Object.hasOwn(params, option)) params[option] = args[key];
  }
}
