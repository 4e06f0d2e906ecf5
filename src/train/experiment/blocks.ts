/**
 * How the runs are dealt out: in rounds, each round giving every condition its next block of runs,
 * so every curve fills in together. The first rounds are one run each (a first picture within a
 * second), then blocks double up to about `BLOCK_EPISODES` episodes, which keeps a message's
 * round trip (~0.1 ms) small against the work and a cancel quick. The split never changes the
 * numbers: runs are folded in run-index order (accumulate.ts).
 */
import type { ExperimentPlan } from './plan.ts';
import type { RunBlock } from './run-one.ts';

const BLOCK_EPISODES = 20_000;
/** A step-budget run costs about as much as this many episodes per 20 steps (for sizing only). */
const STEPS_PER_EPISODE = 20;

export function runCost(plan: ExperimentPlan): number {
  const { episodes, steps } = plan.spec;
  return episodes ?? Math.ceil((steps ?? 1) / STEPS_PER_EPISODE);
}

export function planBlocks(plan: ExperimentPlan): RunBlock[] {
  const runs = plan.spec.runs;
  const cap = Math.max(1, Math.floor(BLOCK_EPISODES / runCost(plan)));
  const blocks: RunBlock[] = [];
  let start = 0;
  let size = 1;
  let round = 0;
  while (start < runs) {
    const count = Math.min(size, runs - start);
    for (const c of plan.conditions) blocks.push({ condition: c.index, runStart: start, count });
    start += count;
    round++;
    // Two rounds of single runs, then doubling.
    if (round >= 2) size = Math.min(cap, size * 2);
  }
  return blocks;
}
