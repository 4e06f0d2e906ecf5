/**
 * `npm run train`: train an agent headless through the one runner, with a progress bar on stderr,
 * a summary at the end, and optional `--out` (a saved agent the browser can load) and `--log` (CSV).
 * It speaks English or Japanese (`--lang`, else LC_ALL / LC_MESSAGES / LANG): every word comes from
 * the catalog (src/i18n/{en,ja}/cli.ts, errors from below through `describeError`).
 *
 * Nothing is lost: output paths are checked before training, paths naming the same file are
 * refused, every file is written atomically (train/files.ts, train/atomic-write.ts), the log
 * streams to disk, and only running summaries stay in memory, so memory does not grow with the
 * episode count.
 */
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import cliProgress from 'cli-progress';
import { type AnyAgent, ReinforceAgent } from '../agents/index.ts';
import { isCoded } from '../core/coded-error.ts';
import { MAZE_PRESET_NAMES } from '../envs/index.ts';
import { describeError } from '../i18n/describe-error.ts';
import { setLanguage, t } from '../i18n/index.ts';
import { AtomicFile, writeFileAtomic } from '../train/atomic-write.ts';
import { evaluate } from '../train/evaluate.ts';
import { reasonOf, rescueWrite } from '../train/files.ts';
import { assertFiniteTable } from '../train/finite-table.ts';
import { fusedAdvance, fusedApplies } from '../train/fused/index.ts';
import { RecentEpisodes } from '../train/recent-episodes.ts';
import { Runner } from '../train/runner.ts';
import { type CliArgs, helpText, parseCliArgs } from './args.ts';
import { TrainingStopped, UsageError } from './errors.ts';
import { chooseLanguage } from './language.ts';
import { assertNoCollisions, assertWritable } from './paths.ts';
import { isLayoutFile, setUp } from './setup.ts';
import { summarize } from './summary.ts';

export { TrainingStopped };

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Whether stderr is a terminal (the progress bar is drawn only there). */
  isTTY: boolean;
  /** Folder that relative paths are resolved against (default: the process's). */
  cwd?: string;
  /** The locale variables (LC_ALL, LC_MESSAGES, LANG) that choose the language (default: the process's). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Test hook: called after training, before the files are written. */
  afterTraining?: () => void;
}

const defaultIO: CliIO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: process.stderr.isTTY === true,
};

/** Run the CLI; returns the exit code instead of exiting, so tests can call it in-process. */
export function main(argv: string[], io: CliIO = defaultIO): number {
  const { language, badLang } = chooseLanguage(argv, io.env ?? process.env);
  setLanguage(language);
  const words = t().cli;
  try {
    if (badLang !== undefined) {
      throw new UsageError(
        words.usage.badValue({ flag: '--lang', value: JSON.stringify(badLang), why: words.why.lang }),
      );
    }
    const args = parseCliArgs(argv);
    if (args.help) {
      io.stdout(`${helpText(MAZE_PRESET_NAMES)}\n`);
      return 0;
    }
    return train(args, io);
  } catch (e) {
    // A refusal the user can act on: a bad flag, value, file or combination, or a coded error from
    // below (a layout, an env option, a saved agent), or training stopped.
    if (e instanceof UsageError || e instanceof TrainingStopped || isCoded(e) || e instanceof RangeError) {
      io.stderr(`${words.prefix.error}${describeError(e)}\n`);
      return 2;
    }
    io.stderr(`${words.prefix.unexpected}${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}

function train(args: CliArgs, io: CliIO): number {
  const words = t().cli;
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
  assertWritable(
    [
      ['--out', args.out],
      ['--log', args.log],
    ],
    cwd,
  );

  const { envId, envOptions, env, agent, seedLabel, notes } = setUp(args, cwd);
  for (const note of notes) io.stderr(`${words.prefix.note}${note}\n`);
  const label = words.label({ env: envId, agent: words.agents[agent.kind], seed: seedLabel });
  const recent = new RecentEpisodes(100);
  let log: AtomicFile | undefined;
  if (args.log !== undefined) {
    try {
      log = new AtomicFile(resolve(cwd, args.log));
    } catch (e) {
      throw new UsageError(words.writes.logCannotStart({ path: args.log, reason: reasonOf(e) }));
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
      failures.push(words.writes.logFailed({ path: String(args.log), reason: reasonOf(e) }));
    }
  }
  const keepAgent = !(stopped && agent.kind !== 'reinforce'); // a non-finite table is never saved
  if (args.out !== undefined && keepAgent) {
    const text = `${JSON.stringify(agent.toJSON())}\n`;
    try {
      writeFileAtomic(resolve(cwd, args.out), text);
    } catch (e) {
      const rescued = rescueWrite(resolve(cwd, args.out), text, tmpdir());
      const reason = reasonOf(e);
      failures.push(
        rescued
          ? words.writes.outRescued({ path: args.out, reason, rescued })
          : words.writes.outLost({ path: args.out, reason }),
      );
    }
  }
  const error = words.prefix.error;
  if (stopped) {
    const kept =
      args.out === undefined
        ? ''
        : keepAgent
          ? words.stopped.keptLastGood({ out: args.out })
          : words.stopped.notWritten({ out: args.out });
    io.stderr(`${error}${stopped.message}${kept}\n`);
    for (const f of failures) io.stderr(`${error}${f}\n`);
    return 2;
  }
  if (failures.length) {
    for (const f of failures) io.stderr(`${error}${f}\n`);
    return 1;
  }

  const evaluation = args.eval > 0 ? evaluate(agent, envId, envOptions, args.eval, args.seed) : undefined;
  const summary = summarize({ label, agent, recent, evaluation });
  io.stdout(args.json ? `${JSON.stringify(summary, null, 2)}\n` : `${summary.text}\n`);
  return 0;
}

/**
 * Step until `args.episodes` episodes have finished, in chunks: after each one the progress bar
 * moves and the learned numbers are checked. Throws `TrainingStopped` (worded) on a divergence or a
 * table that turned non-finite.
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
          { format: t().cli.progress({ label }), formatTime: durationOf, hideCursor: true },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
  bar?.start(args.episodes, 0, { ret: '—' });
  const chunk = Math.max(1, Math.min(Math.ceil(args.episodes / 200), 100_000));
  let done = 0;
  try {
    while (done < args.episodes) {
      const n = Math.min(chunk, args.episodes - done);
      // Tabular GridMaze agents run on the fused kernel, bit-identical to the runner (train/fused).
      if (!args.genericRunner && fusedApplies(runner))
        fusedAdvance(runner, Number.POSITIVE_INFINITY, { maxEpisodes: n });
      else for (let k = 0; k < n; ) if (runner.step()) k++;
      done += n;
      assertFiniteTable(agent, done);
      bar?.update(done, { ret: recent.meanReturn().toFixed(2) });
    }
  } catch (e) {
    if (agent instanceof ReinforceAgent && agent.diverged)
      throw new TrainingStopped(describeError(agent.diverged));
    if (isCoded(e) && e.code === 'table-not-finite') throw new TrainingStopped(describeError(e));
    throw e;
  } finally {
    bar?.stop();
  }
}

/** cli-progress's times (seconds; the time left rounded to `roundTo`), worded in the CLI's language. */
export function durationOf(secs: number, _options: unknown, roundTo?: number): string {
  if (!Number.isFinite(secs) || secs < 0) return '—';
  const round = (x: number) => (roundTo ? roundTo * Math.round(x / roundTo) : Math.round(x));
  if (secs > 3600) {
    return t().cli.duration({
      hours: Math.floor(secs / 3600),
      minutes: round((secs % 3600) / 60),
      seconds: 0,
    });
  }
  if (secs > 60)
    return t().cli.duration({ hours: 0, minutes: Math.floor(secs / 60), seconds: round(secs % 60) });
  return t().cli.duration({ hours: 0, minutes: 0, seconds: secs > 10 ? round(secs) : Math.round(secs) });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2));
}
