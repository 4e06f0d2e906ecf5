/**
 * Helpers for the preset tests: run a preset part at its reduced counts (in-process pool, or block
 * by block for per-run numbers) and compare means within 2 standard errors.
 */
import { expect } from 'vitest';
import {
  allocateBlock,
  type ExperimentPlan,
  type ExperimentResult,
  inProcessPort,
  planExperiment,
  runBlock,
  runExperimentPool,
  tQuantile975,
} from '../../../src/train/experiment/index.ts';
import { findPreset, type PresetPart } from '../../../src/train/experiment/presets/index.ts';
import type { CurveMetric } from '../../../src/train/experiment/spec.ts';

export function presetPart(id: string, part = 'main'): PresetPart {
  const found = findPreset(id)?.parts.find((p) => p.id === part);
  if (found === undefined) throw new Error(`no part ${part} in preset ${id}`);
  return found;
}

/** The part's plan at its reduced counts (everything else as the preset says). */
export function reducedPlan(id: string, part = 'main'): ExperimentPlan {
  const p = presetPart(id, part);
  return planExperiment({ ...p.spec, ...p.reduced });
}

/** The whole experiment through the pool, on this thread. */
export async function runReduced(id: string, part = 'main'): Promise<ExperimentResult> {
  const { result, cancelled } = await runExperimentPool(reducedPlan(id, part), {
    spawn: inProcessPort,
    workers: 1,
  });
  expect(cancelled).toBe(false);
  expect(result.complete).toBe(true);
  return result;
}

/** A mean and its standard error. */
export interface Estimate {
  mean: number;
  se: number;
  n: number;
}

/** Mean and standard error (sd/√n) of per-run numbers. */
export function estimate(values: ArrayLike<number>): Estimate {
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i];
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - mean) ** 2;
  return { mean, se: Math.sqrt(ss / (n - 1) / n), n };
}

/** A result's point (curve x, 1-based, or the summary) as an estimate: se = ci / t₀.₉₇₅(n − 1). */
export function pointEstimate(mean: number, ci: number, n: number): Estimate {
  return { mean, se: ci / tQuantile975(n - 1), n };
}

/** How many standard errors a's mean is above b's (independent samples). */
export function zAbove(a: Estimate, b: Estimate): number {
  return (a.mean - b.mean) / Math.hypot(a.se, b.se);
}

/** Assert that a is above b by more than 2 standard errors of the difference. */
export function expectAbove(a: Estimate, b: Estimate, what: string): void {
  expect(zAbove(a, b), `${what}: ${fmt(a)} vs ${fmt(b)}`).toBeGreaterThan(2);
}

/** Assert that a is not below b by 2 standard errors or more ("at or above, within 2 SE"). */
export function expectAtLeast(a: Estimate, b: Estimate, what: string): void {
  expect(zAbove(a, b), `${what}: ${fmt(a)} vs ${fmt(b)}`).toBeGreaterThan(-2);
}

function fmt(e: Estimate): string {
  return `${e.mean.toFixed(3)} ± ${e.se.toFixed(3)} (n ${e.n})`;
}

/**
 * Per-run curves of one condition at the plan's counts, run block by block: `curve(run, metric)`
 * is run k's curve (index x − 1 = episode or step x).
 */
export function runCurves(plan: ExperimentPlan, condition: number) {
  const runs = plan.spec.runs;
  const out = allocateBlock(plan, runs);
  runBlock(plan, { condition, runStart: 0, count: runs }, out);
  const L = plan.curveLength;
  const M = plan.metrics.length;
  const curve = (run: number, metric: CurveMetric) => {
    const m = plan.metrics.indexOf(metric);
    if (m < 0) throw new Error(`metric ${metric} not kept`);
    return out.data.subarray((run * M + m) * L, (run * M + m + 1) * L);
  };
  /** Each run's mean of `metric` over x = from … to (1-based, inclusive). */
  const windowMeans = (metric: CurveMetric, from: number, to: number) =>
    Float64Array.from({ length: runs }, (_, k) => {
      const c = curve(k, metric);
      let s = 0;
      for (let x = from; x <= to; x++) s += c[x - 1];
      return s / (to - from + 1);
    });
  /** Each run's value of `metric` at `to` minus at `from` (e.g. the reward gained after a change). */
  const gains = (metric: CurveMetric, from: number, to: number) =>
    Float64Array.from({ length: runs }, (_, k) => {
      const c = curve(k, metric);
      return c[to - 1] - c[from - 1];
    });
  return { curve, windowMeans, gains, label: plan.conditions[condition].label };
}

/** The index of the condition with this label (agent label and grid point, e.g. "Dyna-Q planningSteps=50"). */
export function conditionIndex(plan: ExperimentPlan, label: string): number {
  const i = plan.conditions.findIndex((c) => c.label === label);
  if (i < 0) throw new Error(`no condition ${label}; have ${plan.conditions.map((c) => c.label).join(', ')}`);
  return i;
}
