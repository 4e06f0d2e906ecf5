/**
 * `npm run bench [-- --json] [-- --only maze,jump,experiment]`: every benchmark of the project, one section per
 * file. Speed lives here, never in unit tests: the machines are shared and noisy.
 */
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import type { BenchResult } from './types.ts';

const SECTIONS: Record<string, () => Promise<{ run: () => BenchResult[] | Promise<BenchResult[]> }>> = {
  maze: () => import('./maze.ts'),
  jump: () => import('./jump.ts'),
  lorenz: () => import('./lorenz.ts'),
  rd: () => import('./reaction-diffusion.ts'),
  memory: () => import('./cli-memory.ts'),
  experiment: () => import('./experiment.ts'),
};

async function main(): Promise<number> {
  let values: { json?: boolean; only?: string };
  try {
    ({ values } = parseArgs({
      options: { json: { type: 'boolean' }, only: { type: 'string' } },
      strict: true,
    }));
  } catch (e) {
    process.stderr.write(`error: ${(e as Error).message}\n`);
    return 2;
  }
  const names = values.only ? values.only.split(',') : Object.keys(SECTIONS);
  const unknown = names.filter((n) => !(n in SECTIONS));
  if (unknown.length) {
    process.stderr.write(
      `error: --only: unknown section(s) ${unknown.join(', ')}; known: ${Object.keys(SECTIONS).join(', ')}\n`,
    );
    return 2;
  }
  const results: BenchResult[] = [];
  for (const name of names) {
    if (!values.json) process.stderr.write(`running ${name}…\n`);
    const section = await SECTIONS[name]();
    for (const r of await section.run()) {
      results.push(r);
      if (!values.json) {
        process.stdout.write(
          `${r.label}\n  ${formatValue(r.value)} ${r.unit}${r.note ? `  (${r.note})` : ''}\n`,
        );
      }
    }
  }
  if (values.json) {
    const out: Record<string, number> = {};
    for (const r of results) out[r.key] = r.value;
    process.stdout.write(
      `${JSON.stringify({ ...out, machine: `${cpus().length}× ${cpus()[0]?.model ?? '?'}`, node: process.version }, null, 2)}\n`,
    );
  }
  return 0;
}

function formatValue(v: number): string {
  if (Math.abs(v) >= 1e5) return v.toExponential(3);
  return v.toPrecision(4);
}

process.exitCode = await main();
