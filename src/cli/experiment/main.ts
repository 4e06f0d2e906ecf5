/**
 * `npm run experiment`: run a built-in experiment (--preset) or a spec file (--spec) on a pool of
 * worker threads, write the results (--out .csv/.json) and the chart (--plot .svg/.png) atomically,
 * and print a summary (text, or JSON with --json). Timings and worker counts go to stderr only.
 * Ctrl-C stops the runs and still writes the ones that finished, marked as partial.
 *
 * Every word comes from the catalog (src/i18n/{en,ja}/cli-experiment.ts; errors from below through
 * `describeError`); a refusal names the flag, the file and the spec field, and exits with code 2.
 */
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isCoded } from '../../core/coded-error.ts';
import { formatCount } from '../../core/format.ts';
import { describeError } from '../../i18n/describe-error.ts';
import { setLanguage, t } from '../../i18n/index.ts';
import { writeFileAtomic } from '../../train/atomic-write.ts';
import { ExperimentRunError } from '../../train/experiment/pool.ts';
import { PRESET_IDS } from '../../train/experiment/presets/index.ts';
import type { ExperimentPort } from '../../train/experiment/protocol.ts';
import { resultsText } from '../../train/experiment/results-file.ts';
import { reasonOf } from '../../train/files.ts';
import { defaultNodeWorkers, nodeExperimentPort } from '../../workers/experiment-node.ts';
import { UsageError } from '../errors.ts';
import { chooseLanguage } from '../language.ts';
import { assertNoCollisions, assertWritable } from '../paths.ts';
import { type ExperimentArgs, parseExperimentArgs } from './args.ts';
import { chartSVG, svgToPNG } from './chart-file.ts';
import { type PartOutcome, runParts } from './run.ts';
import { type ExperimentSource, resolveSource } from './source.ts';
import { summarizeParts, summaryText } from './summary.ts';

export interface ExperimentIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Whether stderr is a terminal (the progress bar is drawn only there). */
  isTTY: boolean;
  cwd?: string;
  /** The locale variables that choose the language (default: the process's). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Make a worker (default: a Node worker thread). */
  spawn?: () => ExperimentPort;
  /** Aborted on Ctrl-C (the entry point wires SIGINT to it). */
  signal?: AbortSignal;
}

/** Exit codes: done, a write failed (or anything unexpected), a refusal, stopped by Ctrl-C. */
const EXIT = { ok: 0, failed: 1, refused: 2, interrupted: 130 } as const;

/** Run the CLI; resolves to the exit code (tests call it in-process). */
export async function main(argv: string[], io: ExperimentIO): Promise<number> {
  const { language, badLang } = chooseLanguage(argv, io.env ?? process.env);
  setLanguage(language);
  const words = t().cli;
  try {
    if (badLang !== undefined) {
      throw new UsageError(
        words.usage.badValue({ flag: '--lang', value: JSON.stringify(badLang), why: words.why.lang }),
      );
    }
    const args = parseExperimentArgs(argv);
    if (args.help) {
      io.stdout(
        `${t().cliExperiment.help({ presets: PRESET_IDS.join(', '), workers: defaultNodeWorkers() })}\n`,
      );
      return EXIT.ok;
    }
    return await experiment(args, io);
  } catch (e) {
    if (e instanceof UsageError || isCoded(e)) {
      io.stderr(`${words.prefix.error}${describeError(e)}\n`);
      return EXIT.refused;
    }
    if (e instanceof ExperimentRunError) {
      io.stderr(`${words.prefix.error}${describeError(e)}\n`);
      return EXIT.failed;
    }
    io.stderr(`${words.prefix.unexpected}${(e as Error).stack ?? String(e)}\n`);
    return EXIT.failed;
  }
}

function checkOutputs(args: ExperimentArgs, cwd: string): void {
  const usage = t().cliExperiment.usage;
  if (args.out !== undefined && !['.csv', '.json'].includes(extname(args.out).toLowerCase())) {
    throw new UsageError(usage.outKind({ path: args.out }));
  }
  if (args.plot !== undefined && !['.svg', '.png'].includes(extname(args.plot).toLowerCase())) {
    throw new UsageError(usage.plotKind({ path: args.plot }));
  }
  assertNoCollisions(
    [
      ['--spec', args.spec],
      ['--out', args.out],
      ['--plot', args.plot],
    ],
    cwd,
  );
  assertWritable(
    [
      ['--out', args.out],
      ['--plot', args.plot],
    ],
    cwd,
  );
}

async function experiment(args: ExperimentArgs, io: ExperimentIO): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const words = t().cliExperiment;
  checkOutputs(args, cwd);
  const source = resolveSource(args, cwd);
  const signal = io.signal ?? new AbortController().signal;
  const outcomes = await runParts(source.parts, {
    workers: args.workers ?? defaultNodeWorkers(),
    spawn: io.spawn ?? nodeExperimentPort,
    signal,
    bar: args.progress && io.isTTY,
    onStart: (part, runs, workers) =>
      io.stderr(`${words.starting({ label: part.label, runs: formatCount(runs), workers })}\n`),
  });
  for (const o of outcomes) {
    io.stderr(
      `${words.timing({
        label: o.part.label,
        runs: formatCount(o.result.runsDone),
        seconds: (o.elapsedMs / 1000).toFixed(1),
        workers: o.workers,
      })}\n`,
    );
  }
  // Stopped: a part cancelled, or parts never started (a Ctrl-C after the last run changes nothing).
  const cancelled = outcomes.some((o) => o.cancelled) || outcomes.length < source.parts.length;
  if (cancelled) {
    const done = outcomes.reduce((s, o) => s + o.result.runsDone, 0);
    const total = source.parts.reduce((s, p) => s + p.plan.spec.runs * p.plan.conditions.length, 0);
    io.stderr(`${words.cancelled({ done: formatCount(done), total: formatCount(total) })}\n`);
  }
  const failures = await writeFiles(args, source, outcomes, cwd, io);
  const parts = summarizeParts(outcomes);
  io.stdout(
    args.json
      ? `${JSON.stringify({ experiment: source.name, complete: !cancelled, parts }, null, 2)}\n`
      : `${summaryText(outcomes, parts)}\n`,
  );
  for (const f of failures) io.stderr(`${t().cli.prefix.error}${f}\n`);
  if (failures.length > 0) return EXIT.failed;
  return cancelled ? EXIT.interrupted : EXIT.ok;
}

/** Write --out and --plot (atomically); returns the worded failures. */
async function writeFiles(
  args: ExperimentArgs,
  source: ExperimentSource,
  outcomes: PartOutcome[],
  cwd: string,
  io: ExperimentIO,
): Promise<string[]> {
  const words = t().cliExperiment;
  const failures: string[] = [];
  if (outcomes.length === 0) return failures;
  const write = (flag: string, path: string, data: string | Uint8Array) => {
    try {
      writeFileAtomic(resolve(cwd, path), data);
      io.stderr(`${words.wrote({ flag, path })}\n`);
    } catch (e) {
      failures.push(words.writes.failed({ flag, path, reason: reasonOf(e) }));
    }
  };
  if (args.out !== undefined) {
    const format = extname(args.out).toLowerCase() === '.json' ? 'json' : 'csv';
    const multiPart = source.parts.length > 1;
    write(
      '--out',
      args.out,
      resultsText(
        source.preset?.id ?? null,
        outcomes.map((o) => ({ id: o.part.id, result: o.result })),
        format,
        multiPart,
      ),
    );
  }
  if (args.plot !== undefined) {
    const svg = chartSVG(source, outcomes);
    if (extname(args.plot).toLowerCase() === '.png') {
      let png: Uint8Array | null = null;
      try {
        png = await svgToPNG(svg);
      } catch (e) {
        failures.push(words.writes.pngFailed({ path: args.plot, reason: (e as Error).message }));
      }
      if (png !== null) write('--plot', args.plot, png);
    } else {
      write('--plot', args.plot, svg);
    }
  }
  return failures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const controller = new AbortController();
  // The first Ctrl-C stops the runs and keeps what finished; a second one leaves at once. One
  // press can arrive twice: the terminal signals the whole process group (npm, tsx and this
  // process) and tsx relays its own copy, so a second SIGINT within a second is the same press.
  let firstAt = 0;
  process.on('SIGINT', () => {
    if (!controller.signal.aborted) {
      firstAt = Date.now();
      controller.abort();
    } else if (Date.now() - firstAt > 1000) {
      process.exit(EXIT.interrupted);
    }
  });
  const io: ExperimentIO = {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: process.stderr.isTTY === true,
    signal: controller.signal,
  };
  process.exitCode = await main(process.argv.slice(2), io);
}
