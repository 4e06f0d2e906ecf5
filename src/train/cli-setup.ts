/**
 * What the CLI trains: the env (from the flags, or from the provenance of the `--in` file) and the
 * agent (loaded or new), with every refusal naming the flag or the file and its JSON path.
 */
import {
  AGENT_LABELS,
  AgentFormatError,
  type AnyAgent,
  assertAgentMatchesEnv,
  loadAgent,
  makeAgent,
} from '../agents/index.ts';
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
import type { CliArgs } from './cli-args.ts';
import { UsageError } from './cli-args.ts';
import { MAX_AGENT_FILE_BYTES, MAX_LAYOUT_FILE_BYTES, readTextCapped } from './cli-files.ts';

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
    throw new AgentFormatError(
      `${inFile}: provenance.env.id: unknown env ${JSON.stringify(savedEnv.id)}; known: ${ENV_IDS.join(', ')}`,
    );
  }
  const envId: RegisteredEnvId =
    args.env ??
    (savedEnv?.id as RegisteredEnvId | undefined) ??
    ((args.agent ?? loaded?.kind) === 'reinforce' ? 'JumpHole-v0' : 'GridMaze-v0');
  const kind = args.agent ?? loaded?.kind ?? (envId === 'JumpHole-v0' ? 'reinforce' : 'q-learning');
  if (loaded && loaded.kind !== kind) {
    throw new UsageError(
      `--agent ${args.agent}: the file given to --in holds a ${AGENT_LABELS[loaded.kind]} agent`,
    );
  }
  checkFlagsApply(args, kind);

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
    if (envId !== 'GridMaze-v0') throw new UsageError('--layout applies to the maze only (--env maze)');
    envOptions.layout = resolveLayout(args.layout, cwd);
  }
  if (args.maxSteps !== undefined) envOptions.maxEpisodeSteps = args.maxSteps;
  let env: TimeLimit<unknown>;
  try {
    env = makeEnv(envId, envOptions);
  } catch (e) {
    const option = e instanceof EnvOptionError ? e.option : e instanceof MazeLayoutError ? 'layout' : null;
    if (fromFile && option !== null && !(option === 'layout' && args.layout !== undefined)) {
      throw new AgentFormatError(`${inFile}: provenance.env.options.${option}: ${(e as Error).message}`);
    }
    throw e;
  }

  const notes: string[] = [];
  let seedLabel = String(args.seed);
  let agent: AnyAgent;
  if (loaded) {
    try {
      assertAgentMatchesEnv(loaded, env);
    } catch (e) {
      if (e instanceof AgentFormatError) throw new AgentFormatError(`${inFile}: ${e.message}`);
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
      seedLabel = `${agent.provenance.seed} (from --in)`;
      if (args.seedGiven) {
        notes.push(
          `--seed ${args.seed} has no effect here: ${envId} is deterministic and the agent from --in continues its own random stream (it was created with seed ${agent.provenance.seed})`,
        );
      }
    }
  } else {
    agent = makeAgent(kind, env, {
      seed: args.seed,
      epsilon: args.epsilon,
      alpha: args.alpha,
      gamma: args.gamma,
      learningRate: args.lr,
      batchEpisodes: args.batch,
      baseline: args.baseline,
    });
  }
  return { envId, envOptions, env, agent, loaded: loaded !== undefined, seedLabel, notes };
}

/** Refuse continuing an agent on a maze other than the one it learned (its Q-table means nothing there). */
function assertSameMaze(saved: unknown, given: unknown, flag: string, inFile: string): void {
  const rowsOf = (layout: unknown) => parseMazeLayout(layout as MazeSource).rows.join('\n');
  if (rowsOf(saved) === rowsOf(given)) return;
  const name = typeof saved === 'string' ? ` '${saved}'` : '';
  throw new UsageError(
    `--layout ${flag}: the agent from ${inFile} was trained on another maze${name}; its Q-values belong to that maze. Give --force to continue training it on this one anyway.`,
  );
}

function readAgent(path: string, cwd: string): AnyAgent {
  const text = readTextCapped(path, MAX_AGENT_FILE_BYTES, '--in', cwd);
  try {
    return loadAgent(text);
  } catch (e) {
    if (e instanceof AgentFormatError) throw new AgentFormatError(`--in ${path}: ${e.problems ?? e.message}`);
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
      throw new UsageError(`--layout ${spec}: ${(e as Error).message}`);
    }
  }
  if (spec.startsWith('generated:')) {
    throw new UsageError(
      `--layout ${spec}: write generated:WxH or generated:WxH:seed, e.g. generated:21x21:7`,
    );
  }
  let text: string;
  try {
    text = readTextCapped(spec, MAX_LAYOUT_FILE_BYTES, '--layout', cwd);
  } catch (e) {
    if (e instanceof UsageError && /ENOENT/.test(e.message)) {
      throw new UsageError(
        `--layout ${spec}: not a preset (${MAZE_PRESET_NAMES.join(', ')}), not generated:WxH[:seed], and no such file`,
      );
    }
    throw e;
  }
  const rows = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  try {
    makeEnv('GridMaze-v0', { layout: rows });
  } catch (e) {
    if (e instanceof MazeLayoutError)
      throw new MazeLayoutError(`--layout ${spec}: ${e.message}`, e.row, e.col);
    throw e;
  }
  return rows;
}

const TABULAR_FLAGS = ['epsilon', 'alpha'] as const;
const REINFORCE_FLAGS = ['lr', 'batch', 'baseline'] as const;

function checkFlagsApply(args: CliArgs, kind: AnyAgent['kind']): void {
  const wrong = kind === 'reinforce' ? TABULAR_FLAGS : REINFORCE_FLAGS;
  for (const flag of wrong) {
    if (args[flag] !== undefined) throw new UsageError(`--${flag} does not apply to ${AGENT_LABELS[kind]}`);
  }
}

/** Override a loaded agent's live params with the flags given. */
function applyParams(agent: AnyAgent, args: CliArgs): void {
  if (agent.kind === 'reinforce') {
    if (args.lr !== undefined) agent.params.learningRate = args.lr;
    if (args.batch !== undefined) agent.params.batchEpisodes = args.batch;
    if (args.baseline !== undefined) agent.params.baseline = args.baseline;
    if (args.gamma !== undefined) agent.params.gamma = args.gamma;
  } else {
    if (args.epsilon !== undefined) agent.params.epsilon = args.epsilon;
    if (args.alpha !== undefined) agent.params.alpha = args.alpha;
    if (args.gamma !== undefined) agent.params.gamma = args.gamma;
  }
}
