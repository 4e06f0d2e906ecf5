/**
 * `npm run train`: train an agent headless through the one runner, with a progress bar on stderr,
 * a summary at the end, and optional `--out` (a saved agent the browser can load) and `--log` (CSV).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import cliProgress from 'cli-progress';
import {
  AGENT_LABELS,
  AgentFormatError,
  type AnyAgent,
  assertAgentMatchesEnv,
  IncompatibleAgentError,
  loadAgent,
  makeAgent,
} from '../agents/index.ts';
import {
  generateMaze,
  MAZE_PRESET_NAMES,
  MazeLayoutError,
  makeEnv,
  type RegisteredEnvId,
} from '../envs/index.ts';
import { type CliArgs, helpText, parseCliArgs, UsageError } from './cli-args.ts';
import { Runner } from './runner.ts';
import { evaluate, summarize, type TrainingSummary } from './summary.ts';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Whether stderr is a terminal (the progress bar is drawn only there). */
  isTTY: boolean;
  cwd?: string;
}

const defaultIO: CliIO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: process.stderr.isTTY === true,
};

/** Run the CLI; returns the exit code instead of exiting, so tests can call it in-process. */
export function main(argv: string[], io: CliIO = defaultIO): number {
  try {
    const args = parseCliArgs(argv);
    if (args.help) {
      io.stdout(`${helpText(MAZE_PRESET_NAMES)}\n`);
      return 0;
    }
    return train(args, io);
  } catch (e) {
    if (
      e instanceof UsageError ||
      e instanceof AgentFormatError ||
      e instanceof MazeLayoutError ||
      e instanceof IncompatibleAgentError
    ) {
      io.stderr(`error: ${e.message}\n`);
      return 2;
    }
    if (e instanceof RangeError) {
      io.stderr(`error: ${e.message}\n`);
      return 2;
    }
    io.stderr(`unexpected error: ${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}

function train(args: CliArgs, io: CliIO): number {
  const loaded = args.in ? readAgent(args.in) : undefined;
  const envId: RegisteredEnvId =
    args.env ??
    (loaded?.provenance.env?.id as RegisteredEnvId | undefined) ??
    ((args.agent ?? loaded?.kind) === 'reinforce' ? 'JumpHole-v0' : 'GridMaze-v0');
  const kind = args.agent ?? loaded?.kind ?? (envId === 'JumpHole-v0' ? 'reinforce' : 'q-learning');
  if (loaded && loaded.kind !== kind) {
    throw new UsageError(
      `--agent ${args.agent}: the file given to --in holds a ${AGENT_LABELS[loaded.kind]} agent`,
    );
  }
  checkFlagsApply(args, kind);

  const envOptions: Record<string, unknown> = {};
  const savedEnv = loaded?.provenance.env;
  if (savedEnv && savedEnv.id === envId) Object.assign(envOptions, savedEnv.options);
  if (args.layout !== undefined) {
    if (envId !== 'GridMaze-v0') throw new UsageError('--layout applies to the maze only (--env maze)');
    envOptions.layout = resolveLayout(args.layout);
  }
  if (args.maxSteps !== undefined) envOptions.maxEpisodeSteps = args.maxSteps;
  const env = makeEnv(envId, envOptions);

  let agent: AnyAgent;
  if (loaded) {
    assertAgentMatchesEnv(loaded, env);
    agent = loaded;
    applyParams(agent, args);
    agent.provenance.env = structuredClone(env.spec);
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

  const label = `${envId} · ${AGENT_LABELS[kind]} · seed ${args.seed}`;
  const bar =
    args.progress && io.isTTY && args.episodes > 0
      ? new cliProgress.SingleBar(
          {
            format: `${label} |{bar}| {value}/{total} episodes · return(100) {ret} · {eta_formatted} left`,
            hideCursor: true,
          },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
  bar?.start(args.episodes, 0, { ret: '—' });

  const returns: number[] = [];
  const lengths: number[] = [];
  const successes: boolean[] = [];
  const runner = new Runner(env, agent, { seed: args.seed });
  const chunk = Math.max(1, Math.ceil(args.episodes / 200));
  while (returns.length < args.episodes) {
    const res = runner.run({ episodes: Math.min(chunk, args.episodes - returns.length) });
    returns.push(...res.returns);
    lengths.push(...res.lengths);
    successes.push(...res.successes);
    bar?.update(returns.length, { ret: meanLast(returns, 100).toFixed(2) });
  }
  bar?.stop();

  const evaluation = args.eval > 0 ? evaluate(agent, envId, envOptions, args.eval, args.seed) : undefined;
  const summary: TrainingSummary = summarize({
    label,
    envId,
    agent,
    env,
    returns,
    lengths,
    successes,
    evaluation,
  });

  if (args.log) {
    const rows = returns.map((r, i) => `${i + 1},${r},${lengths[i]},${successes[i] ? 1 : 0}`);
    writeOut(args.log, `episode,return,length,success\n${rows.join('\n')}\n`, '--log');
  }
  if (args.out) writeOut(args.out, `${JSON.stringify(agent.toJSON())}\n`, '--out');

  io.stdout(args.json ? `${JSON.stringify(summary, null, 2)}\n` : `${summary.text}\n`);
  return 0;
}

function meanLast(xs: number[], n: number): number {
  const k = Math.min(n, xs.length);
  let s = 0;
  for (let i = xs.length - k; i < xs.length; i++) s += xs[i];
  return k ? s / k : 0;
}

function readAgent(path: string): AnyAgent {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(
      `--in ${path}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  try {
    return loadAgent(text);
  } catch (e) {
    if (e instanceof AgentFormatError) throw new AgentFormatError(`--in ${path}: ${e.message}`);
    throw e;
  }
}

/** A preset name, `generated:WxH[:seed]`, or a text file with one maze row per line. */
function resolveLayout(spec: string): string | string[] {
  if ((MAZE_PRESET_NAMES as readonly string[]).includes(spec)) return spec;
  const gen = /^generated:(\d+)x(\d+)(?::(.+))?$/.exec(spec);
  if (gen) {
    try {
      return generateMaze(Number(gen[1]), Number(gen[2]), gen[3] ?? 0);
    } catch (e) {
      throw new UsageError(`--layout ${spec}: ${(e as Error).message}`);
    }
  }
  let text: string;
  try {
    text = readFileSync(spec, 'utf8');
  } catch {
    throw new UsageError(
      `--layout ${spec}: not a preset (${MAZE_PRESET_NAMES.join(', ')}), not generated:WxH[:seed], and no such file`,
    );
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

function writeOut(path: string, text: string, flag: string): void {
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new UsageError(
      `${flag} ${path}: cannot write the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2));
}
