/**
 * `npm run train`: train an agent headless through the one runner, with a progress bar on stderr,
 * a summary at the end, and optional `--out` (a saved agent the browser can load) and `--log` (CSV).
 *
 * Nothing is lost: output paths are checked before training, paths naming the same file are
 * refused, every file is written atomically (cli-files.ts, atomic-write.ts), the log streams to
 * disk, and only running summaries stay in memory, so memory does not grow with the episode count.
 */
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import cliProgress from 'cli-progress';
import {
  AGENT_LABELS,
  AgentFormatError,
  type AnyAgent,
  IncompatibleAgentError,
  ReinforceAgent,
} from '../agents/index.ts';
import { ACTION_NAMES, MAZE_PRESET_NAMES, MazeLayoutError } from '../envs/index.ts';
import { AtomicFile, writeFileAtomic } from './atomic-write.ts';
import { type CliArgs, helpText, parseCliArgs, UsageError } from './cli-args.ts';
import { assertNoCollisions, checkWritable, rescueWrite } from './cli-files.ts';
import { isLayoutFile, setUp } from './cli-setup.ts';
import { RecentEpisodes } from './recent-episodes.ts';
import { Runner } from './runner.ts';
import { evaluate, summarize } from './summary.ts';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Whether stderr is a terminal (the progress bar is drawn only there). */
  isTTY: boolean;
  /** Folder that relative paths are resolved against (default: the process's). */
  cwd?: string;
  /** Test hook: called after training, before the files are written. */
  afterTraining?: () => void;
}

/** Training was stopped for a reason the user can act on (divergence, a non-finite table): exit 2. */
export class TrainingStopped extends Error {
  override name = 'TrainingStopped';
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
      e instanceof IncompatibleAgentError ||
      e instanceof TrainingStopped ||
      e instanceof RangeError
    ) {
      io.stderr(`error: ${e.message}\n`);
      return 2;
    }
    io.stderr(`unexpected error: ${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}

function train(args: CliArgs, io: CliIO): number {
  const cwd = io.cwd ?? process.cwd();
  const layoutFile = args.layout !== undefined && isLayoutFile(args.layout) ? args.layout : undefined;
  assertNoCollisions(
    [
      ['--in', args.in],
      ['--layout', layoutFile],
      ['--out', args.out],
      ['--log', args.log],
    ],
    cwd,
  );
  if (args.out !== undefined) checkWritable(args.out, '--out', cwd);
  if (args.log !== undefined) checkWritable(args.log, '--log', cwd);

  const { envId, envOptions, env, agent, seedLabel, notes } = setUp(args, cwd);
  for (const note of notes) io.stderr(`note: ${note}\n`);
  const label = `${envId} · ${AGENT_LABELS[agent.kind]} · seed ${seedLabel}`;
  const recent = new RecentEpisodes(100);
  let log: AtomicFile | undefined;
  if (args.log !== undefined) {
    try {
      log = new AtomicFile(resolve(cwd, args.log));
    } catch (e) {
      throw new UsageError(`--log ${args.log}: cannot write there (${codeOf(e)})`);
    }
    log.write('episode,return,length,success\n');
  }
  const runner = new Runner(env, agent, {
    seed: args.seed,
    onEpisode: (e) => {
      recent.add(e.return, e.length, e.success);
      log?.write(`${recent.count},${e.return},${e.length},${e.success ? 1 : 0}\n`);
    },
  });

  let stopped: Error | undefined;
  try {
    trainLoop(runner, agent, args, label, recent, io);
  } catch (e) {
    if (!(e instanceof TrainingStopped)) {
      log?.abort();
      throw e;
    }
    stopped = e;
  }
  io.afterTraining?.();

  const failures: string[] = [];
  if (log) {
    try {
      log.commit();
    } catch (e) {
      failures.push(`--log ${args.log}: cannot write the file (${codeOf(e)})`);
    }
  }
  const keepAgent = !(stopped && agent.kind !== 'reinforce'); // a non-finite table is never saved
  if (args.out !== undefined && keepAgent) {
    const text = `${JSON.stringify(agent.toJSON())}\n`;
    try {
      writeFileAtomic(resolve(cwd, args.out), text);
    } catch (e) {
      const rescued = rescueWrite(resolve(cwd, args.out), text, tmpdir());
      failures.push(
        `--out ${args.out}: cannot write the file (${codeOf(e)}); ` +
          (rescued ? `the agent was saved to ${rescued} instead` : 'and no copy could be saved elsewhere'),
      );
    }
  }
  if (stopped) {
    const kept =
      args.out === undefined
        ? ''
        : keepAgent
          ? ` The last good agent (θ before the failed update) was saved to --out ${args.out}.`
          : ` --out ${args.out} was not written.`;
    io.stderr(`error: ${stopped.message}${kept}\n`);
    for (const f of failures) io.stderr(`error: ${f}\n`);
    return 2;
  }
  if (failures.length) {
    for (const f of failures) io.stderr(`error: ${f}\n`);
    return 1;
  }

  const evaluation = args.eval > 0 ? evaluate(agent, envId, envOptions, args.eval, args.seed) : undefined;
  const summary = summarize({ label, envId, agent, recent, evaluation });
  io.stdout(args.json ? `${JSON.stringify(summary, null, 2)}\n` : `${summary.text}\n`);
  return 0;
}

/**
 * Step until `args.episodes` episodes have finished, in chunks: after each one the progress bar
 * moves and the learned numbers are checked. Throws `TrainingStopped` on a divergence.
 */
function trainLoop(
  runner: Runner<unknown>,
  agent: AnyAgent,
  args: CliArgs,
  label: string,
  recent: RecentEpisodes,
  io: CliIO,
): void {
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
  const chunk = Math.max(1, Math.min(Math.ceil(args.episodes / 200), 100_000));
  let done = 0;
  try {
    while (done < args.episodes) {
      const n = Math.min(chunk, args.episodes - done);
      for (let k = 0; k < n; ) if (runner.step()) k++;
      done += n;
      assertFiniteTable(agent, done);
      bar?.update(done, { ret: recent.meanReturn().toFixed(2) });
    }
  } catch (e) {
    if (agent instanceof ReinforceAgent && agent.diverged) throw new TrainingStopped(agent.diverged);
    throw e;
  } finally {
    bar?.stop();
  }
}

/**
 * A Q-table with ±Infinity or NaN cannot be saved as JSON (it would hold nulls) or trusted: stop,
 * naming the first bad entry. REINFORCE guards θ itself (it throws on divergence).
 */
function assertFiniteTable(agent: AnyAgent, episodes: number): void {
  if (agent instanceof ReinforceAgent) return;
  const q = agent.q;
  for (let i = 0; i < q.length; i++) {
    if (Number.isFinite(q[i])) continue;
    const s = Math.floor(i / agent.nActions);
    const a = i % agent.nActions;
    const name = agent.nActions === 4 ? ` (${ACTION_NAMES[a]})` : '';
    const { alpha, gamma } = agent.params;
    throw new TrainingStopped(
      `training stopped by episode ${episodes}: Q(state ${s}, action ${a}${name}) became ${q[i]} (α = ${alpha}, γ = ${gamma}). ` +
        'The values grew beyond what a number can hold; lower α or γ, or the rewards, or start from a fresh agent.',
    );
  }
}

const codeOf = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2));
}
