/**
 * The CLI's memory over a long run (issue 9 item 20): `npm run train` on a one-step maze for 10M
 * episodes, streaming the CSV log to a temporary folder, with the process's RSS sampled from
 * /proc every 200 ms. Reports the slope of RSS against time after a 2 s warm-up (least squares):
 * with only running summaries kept it stays near 0, where keeping every return grew by hundreds of MB.
 * Linux only (reads /proc/<pid>/status).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchResult } from './types.ts';

const EPISODES = 10_000_000;
const SAMPLE_MS = 200;
const WARM_UP_S = 2;

function rssMB(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Least-squares slope of y against x. */
function slope(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
  }
  return sxx > 0 ? sxy / sxx : 0;
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rl-bench-mem-'));
  const layout = join(dir, 'sg.txt');
  writeFileSync(layout, 'SG\n');
  const args = ['--import', 'tsx', 'src/cli/main.ts', '--layout', layout, '--episodes', String(EPISODES)];
  const child = spawn(
    process.execPath,
    [...args, '--eval', '0', '--no-progress', '--log', join(dir, 'log.csv')],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const t0 = performance.now();
  const times: number[] = [];
  const rss: number[] = [];
  const timer = setInterval(() => {
    const mb = child.pid === undefined ? null : rssMB(child.pid);
    if (mb !== null) {
      times.push((performance.now() - t0) / 1000);
      rss.push(mb);
    }
  }, SAMPLE_MS);
  const code: number | null = await new Promise((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  const seconds = (performance.now() - t0) / 1000;
  rmSync(dir, { recursive: true, force: true });
  if (code !== 0) throw new Error(`cli-memory: the CLI exited with code ${code}`);
  const kept = times.map((t, i) => [t, rss[i]]).filter(([t]) => t >= WARM_UP_S);
  const perMinute =
    60 *
    slope(
      kept.map(([t]) => t),
      kept.map(([, m]) => m),
    );
  const peak = Math.max(...rss);
  return [
    {
      key: 'cli_rss_slope_mb_per_min',
      label: `CLI memory over ${EPISODES / 1e6}M episodes with --log (RSS slope after ${WARM_UP_S} s)`,
      value: perMinute,
      unit: 'MB/min',
      note: `${kept.length} samples over ${seconds.toFixed(1)} s; RSS ${kept[0]?.[1].toFixed(0)} → ${rss[rss.length - 1]?.toFixed(0)} MB, peak ${peak.toFixed(0)} MB`,
    },
    { key: 'cli_rss_peak_mb', label: 'CLI peak RSS over the same run', value: peak, unit: 'MB' },
  ];
}
