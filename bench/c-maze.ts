/**
 * The fused Q-learning loop against the same loop in C (bench/c/maze_q.c, with the same Alea in
 * doubles), on the same 'bench10' tables, written from the env to a temporary folder. The C program
 * is compiled there with `gcc -O2` (never into the repository); without gcc this section reports
 * nothing and says so on stderr. A short run first checks that C and JS agree (episodes, sum of
 * returns, sum of Q), so the figure compares the same computation.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GridMazeEnv } from '../src/envs/grid-maze.ts';
import type { TimeLimit } from '../src/envs/time-limit.ts';
import { fusedAdvance } from '../src/train/fused/index.ts';
import { BENCH_PARAMS, benchRunner } from './maze-fused.ts';
import type { BenchResult } from './types.ts';

const SOURCE = fileURLToPath(new URL('./c/maze_q.c', import.meta.url));
const CHECK_STEPS = 1_000_000;
export const C_STEPS = 20_000_000;

export interface CRun {
  stepsPerSecond: number;
  episodes: number;
  returnSum: number;
  qSum: number;
}

/** The C program's input for a Q-learning run of `steps` from `seed` (the JS bench's setup). */
function input(seed: number, steps: number): string {
  const runner = benchRunner('q-learning', seed);
  const limit = runner.env as TimeLimit<number>;
  const maze = limit.env as GridMazeEnv;
  const rng = runner.agent.toJSON().state.rng as { s0: number; s1: number; s2: number; c: number };
  const { next, reward, outcome } = maze.transitions;
  const { epsilon, alpha, gamma } = BENCH_PARAMS;
  const head = [
    maze.observationSpace.n,
    maze.layout.start,
    limit.maxEpisodeSteps,
    steps,
    epsilon,
    alpha,
    gamma,
  ];
  // String(x) of a double round-trips exactly through C's strtod.
  return [
    [...head, rng.s0, rng.s1, rng.s2, rng.c].join(' '),
    Array.from(next).join(' '),
    Array.from(reward).map(String).join(' '),
    Array.from(outcome).join(' '),
    '',
  ].join('\n');
}

/** The same run in JS through the fused kernel: episodes, sum of returns, sum of Q (in index order). */
export function jsChecksum(seed: number, steps: number): Omit<CRun, 'stepsPerSecond'> {
  const runner = benchRunner('q-learning', seed);
  let episodes = 0;
  let returnSum = 0;
  fusedAdvance(runner, steps, {
    onEpisode: (e) => {
      episodes++;
      returnSum += e.return;
    },
  });
  let qSum = 0;
  for (const v of (runner.agent as unknown as { q: Float64Array }).q) qSum += v;
  return { episodes, returnSum, qSum };
}

/** Compile the C loop into a fresh temporary folder, or say why not (gcc missing or failing). */
export function compile(): { dir: string; exe: string } | { error: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rl-maze-c-'));
  const exe = join(dir, 'maze_q');
  const cc = spawnSync('gcc', ['-O2', '-o', exe, SOURCE, '-lm'], { encoding: 'utf8' });
  if (cc.error || cc.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return { error: cc.error ? cc.error.message : cc.stderr.trim() };
  }
  return { dir, exe };
}

/** Run the compiled loop once on a fresh input. */
export function runC(exe: string, dir: string, seed: number, steps: number): CRun {
  const file = join(dir, `bench10-${seed}-${steps}.txt`);
  writeFileSync(file, input(seed, steps));
  const out = spawnSync(exe, [file], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`maze_q exited with ${out.status}: ${out.stderr}`);
  const [rate, episodes, returnSum, qSum] = out.stdout.trim().split(/\s+/).map(Number);
  return { stepsPerSecond: rate, episodes, returnSum, qSum };
}

/**
 * `maze_q_c_steps_per_s` (best of 3 runs of 20M steps) and `maze_q_fused_to_c_ratio` against the
 * fused Q-learning figure measured just before; nothing (with a note on stderr) without gcc.
 */
export function cResults(fusedQ: number): BenchResult[] {
  const built = compile();
  if ('error' in built) {
    process.stderr.write(`maze: C comparison skipped (gcc -O2 failed: ${built.error})\n`);
    return [];
  }
  try {
    const c = runC(built.exe, built.dir, 1, CHECK_STEPS);
    const js = jsChecksum(1, CHECK_STEPS);
    const same = c.episodes === js.episodes && c.returnSum === js.returnSum && c.qSum === js.qSum;
    if (!same) {
      throw new Error(
        `maze: the C loop disagrees with the fused kernel on ${CHECK_STEPS} steps: C ${JSON.stringify(c)}, JS ${JSON.stringify(js)}`,
      );
    }
    const rates = [1, 2, 3].map((seed) => runC(built.exe, built.dir, seed, C_STEPS).stepsPerSecond);
    const best = Math.max(...rates);
    const checksum = `checksum on ${CHECK_STEPS / 1e6}M steps: ${c.episodes} episodes, Σreturn ${c.returnSum}, ΣQ ${c.qSum} (C = JS)`;
    return [
      {
        key: 'maze_q_c_steps_per_s',
        label: "Q-learning on 'bench10' in C (gcc -O2, same loop and Alea, 20M steps, best of 3)",
        value: best,
        unit: 'steps/s',
        note: `runs: ${rates.map((r) => (r / 1e6).toFixed(1)).join(', ')} M/s; ${checksum}`,
      },
      {
        key: 'maze_q_fused_to_c_ratio',
        label: 'fused Q-learning / C',
        value: fusedQ / best,
        unit: '×',
      },
    ];
  } finally {
    rmSync(built.dir, { recursive: true, force: true });
  }
}
