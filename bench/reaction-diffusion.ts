/**
 * Sim 3 on a 256×256 periodic grid (explicit Euler, dt = 4e-4, from the steady state plus seeded
 * noise): cell updates per second, each time step of each cell counted once. Median of 3 runs.
 * The runs start after the pattern has formed, so they time the regime a viewer watches.
 */
import { RdGrid } from '../src/dynamics/rd/grid.ts';
import { median, timeIt } from './timing.ts';
import type { BenchResult } from './types.ts';

const SIZE = 256;
const STEPS = 1000;

export function run(): BenchResult[] {
  const grid = new RdGrid({ width: SIZE, height: SIZE, onUnstable: 'refuse' }); // 1 sweep per step, checked
  grid.addNoise(0.01, 1);
  grid.step(1500); // warm-up: JIT settles and the Turing pattern is visible (t = 0.6)
  const rates = [0, 1, 2].map(() => (STEPS * SIZE * SIZE) / timeIt(() => grid.step(STEPS)));
  if (grid.status !== 'ok') throw new Error(`reaction-diffusion bench: ${grid.message}`);
  return [
    {
      key: 'rd_cell_updates_per_s',
      label: `Reaction–diffusion sim 3, ${SIZE}×${SIZE} periodic, explicit Euler (Float64, ${STEPS} steps, median of 3)`,
      value: median(rates),
      unit: 'cell updates/s',
      note: `runs: ${rates.map((r) => (r / 1e6).toFixed(0)).join(', ')} M/s`,
    },
  ];
}

// `npx tsx bench/reaction-diffusion.ts` runs this section alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of run()) console.log(`${r.label}\n  ${r.value.toExponential(3)} ${r.unit}  (${r.note})`);
}
