/**
 * The built-in experiments (src/train/experiment/presets): every preset plans at its full counts and
 * has words in both languages, and each one, run at its reduced counts, shows the book's (or the
 * posts') qualitative result, with every comparison made beyond 2 standard errors of the
 * difference (SE = sd/√n over runs, or a result's ci / t₀.₉₇₅). Means over a window of episodes
 * are taken per run first (runCurves), so their SE is that of independent runs.
 *
 * Every number quoted in a comment was measured at the counts the test runs (seeds fixed by the
 * spec), unless it says "full counts".
 */
import { describe, expect, it } from 'vitest';
import { catalogOf } from '../../../src/i18n/index.ts';
import { EXPERIMENT_LIMITS, planExperiment } from '../../../src/train/experiment/index.ts';
import {
  EXPERIMENT_PRESETS,
  findPreset,
  PRESET_IDS,
  SHORT_CORRIDOR_OPTIMUM_P,
  SHORT_CORRIDOR_V_STAR,
  sampleAnalytic,
  shortCorridorJ,
} from '../../../src/train/experiment/presets/index.ts';
import { englishWords } from '../../e2e/english.ts';
import {
  conditionIndex,
  estimate,
  expectAbove,
  expectAtLeast,
  pointEstimate,
  presetPart,
  reducedPlan,
  runCurves,
  runReduced,
} from './presets-helpers.ts';

/** The issue's table, in its order. */
const ISSUE_ORDER = [
  'sb-6.4',
  'sb-6.3',
  'sb-6.5',
  'sb-8.2',
  'sb-8.4',
  'sb-8.5',
  'sb-13.2',
  'posts-maze-epsilon',
  'posts-jump-baseline',
];

describe('the preset list', () => {
  it("holds the issue's presets in the issue's order, each under its own id", () => {
    expect(PRESET_IDS).toEqual(ISSUE_ORDER);
    for (const id of PRESET_IDS) expect(EXPERIMENT_PRESETS[id].id).toBe(id);
    expect(findPreset('toString')).toBeUndefined();
  });

  for (const id of ISSUE_ORDER) {
    it(`${id}: every part plans at full counts and at its reduced counts, within the caps`, () => {
      const preset = EXPERIMENT_PRESETS[id];
      expect(preset.parts.length).toBeGreaterThan(0);
      for (const part of preset.parts) {
        const full = planExperiment(part.spec);
        const reduced = planExperiment({ ...part.spec, ...part.reduced });
        expect(reduced.conditions.map((c) => c.label)).toEqual(full.conditions.map((c) => c.label));
        expect(part.reduced.runs).toBeLessThanOrEqual(full.spec.runs);
        expect(full.spec.runs).toBeLessThanOrEqual(EXPERIMENT_LIMITS.runs);
      }
      const partIds = preset.parts.map((p) => p.id);
      for (const chart of preset.charts) {
        expect(partIds).toContain(chart.part);
        if (chart.kind === 'curve') {
          const plan = planExperiment(preset.parts.find((p) => p.id === chart.part)?.spec);
          expect(plan.metrics).toContain(chart.metric);
        }
        if (chart.kind === 'sweep') {
          const plan = planExperiment(preset.parts.find((p) => p.id === chart.part)?.spec);
          expect(plan.gridParams).toContain(chart.param);
        }
      }
    });
  }

  for (const lang of ['en', 'ja'] as const) {
    it(`every preset, part, metric and line has words in ${lang}`, () => {
      const words = catalogOf(lang).experiments;
      for (const id of ISSUE_ORDER) {
        const p = words.presets[id as keyof typeof words.presets];
        expect(p, id).toBeDefined();
        for (const key of ['title', 'found', 'lookFor'] as const)
          expect(p[key].trim(), `${id}.${key}`).not.toBe('');
        const preset = EXPERIMENT_PRESETS[id];
        for (const part of preset.parts) expect(Object.keys(words.parts)).toContain(part.id);
        for (const chart of preset.charts) {
          if (chart.metric !== undefined) expect(Object.keys(words.metrics)).toContain(chart.metric);
          for (const line of [...(chart.lines ?? []), ...(chart.xLines ?? [])]) {
            expect(Object.keys(words.lines)).toContain(line.key);
          }
        }
        for (const agent of preset.parts.flatMap((part) => part.spec.agents)) {
          expect(Object.keys(words.labels), `${id}: label`).toContain(agent.label);
        }
      }
    });
  }

  it('the Japanese words have no English left (names and maths aside)', () => {
    const texts = (node: unknown, path: string): [string, string][] =>
      typeof node === 'string'
        ? [[path, node]]
        : Object.entries(node as object).flatMap(([k, v]) => texts(v, `${path}.${k}`));
    const left = texts(catalogOf('ja').experiments, 'experiments').filter(
      ([, text]) => englishWords(text).length > 0,
    );
    expect(left).toEqual([]);
  });
});

describe('sb-6.4: cliff walking', () => {
  it('Sarsa earns more online than Q-learning over episodes 100–500', () => {
    // 20 runs: Sarsa ≈ −25, Q-learning ≈ −50 per episode (the book's −25 and −50).
    const plan = reducedPlan('sb-6.4');
    const window = (label: string) =>
      estimate(runCurves(plan, conditionIndex(plan, label)).windowMeans('return', 100, 500));
    const sarsa = window('Sarsa');
    const q = window('Q-learning');
    expectAbove(sarsa, q, 'Sarsa vs Q-learning');
    expect(sarsa.mean).toBeGreaterThan(-35);
    expect(q.mean).toBeLessThan(-40);
  });
});

describe('sb-6.3: performance against α', () => {
  const byLabel = (result: Awaited<ReturnType<typeof runReduced>>) => (label: string) => {
    const c = result.conditions.find((x) => x.label === label);
    if (!c?.summary) throw new Error(`no summary for ${label}`);
    return pointEstimate(c.summary.mean, c.summary.ci, c.summary.n);
  };
  const alphas = presetPart('sb-6.3', 'interim').spec.agents[0].grid?.alpha ?? [];

  it('interim (first 100 episodes): Expected Sarsa at or above both at every α, and above both for α ≥ 0.3', async () => {
    // 100 runs: ES −133 … −44 rising with α; Sarsa −140 … −68; Q-learning −150 … −74.
    const get = byLabel(await runReduced('sb-6.3', 'interim'));
    expect(alphas.length).toBe(10);
    for (const a of alphas) {
      const es = get(`Expected Sarsa alpha=${a}`);
      for (const other of ['Sarsa', 'Q-learning']) {
        const o = get(`${other} alpha=${a}`);
        if (a >= 0.3) expectAbove(es, o, `α ${a}: Expected Sarsa vs ${other}`);
        else expectAtLeast(es, o, `α ${a}: Expected Sarsa vs ${other}`);
      }
    }
  });

  it('asymptotic (3 runs × 5000 episodes): Expected Sarsa at or above both at every α, and Sarsa falling away at α = 1', async () => {
    // ES ≈ −21 to −24 at every α; Q-learning ≈ −51 everywhere; Sarsa ≈ −25 at small α, −570 at α = 1.
    const get = byLabel(await runReduced('sb-6.3', 'asymptotic'));
    for (const a of alphas) {
      const es = get(`Expected Sarsa alpha=${a}`);
      expectAtLeast(es, get(`Sarsa alpha=${a}`), `α ${a}: Expected Sarsa vs Sarsa`);
      expectAbove(es, get(`Q-learning alpha=${a}`), `α ${a}: Expected Sarsa vs Q-learning`);
    }
    expectAbove(get('Sarsa alpha=0.1'), get('Sarsa alpha=1'), 'Sarsa at α 0.1 vs α 1');
  });
});

describe('sb-6.5: maximization bias', () => {
  it("Double Q's share of 'left' in A is far below Q-learning's in episodes 8–30", async () => {
    // 400 runs: Q-learning 84–97 %, Double Q falling from 52 % to 23 % there (full counts: 12 % and 7 % at 300).
    const result = await runReduced('sb-6.5');
    const [q, dq] = ['Q-learning', 'Double Q-learning'].map((label) => {
      const c = result.conditions.find((x) => x.label === label);
      const curve = c?.curves['action-share'];
      if (curve === undefined) throw new Error(label);
      return (x: number) => pointEstimate(curve.mean[x - 1], curve.ci[x - 1], curve.n[x - 1]);
    });
    for (let x = 8; x <= 30; x++) {
      expectAbove(q(x), dq(x), `episode ${x}`);
      expect(q(x).mean - dq(x).mean, `episode ${x}`).toBeGreaterThan(0.25);
    }
    // The first choice is a coin toss for both (Q = 0): half go left.
    for (const share of [q(1), dq(1)]) expect(Math.abs(share.mean - 0.5)).toBeLessThan(2 * share.se);
  });
});

describe('sb-8.2: the Dyna maze', () => {
  it('n = 50 takes far fewer steps than n = 0 in episodes 2–10, and n = 5 lies between', () => {
    // 12 runs, mean steps per episode over episodes 2–10: n = 0 ≈ 278, n = 5 ≈ 42, n = 50 ≈ 20.
    const plan = reducedPlan('sb-8.2');
    const early = (n: number) =>
      estimate(
        runCurves(plan, conditionIndex(plan, `Dyna-Q planningSteps=${n}`)).windowMeans('steps', 2, 10),
      );
    const [n0, n5, n50] = [early(0), early(5), early(50)];
    expectAbove(n0, n50, 'n = 0 vs n = 50');
    expectAbove(n0, n5, 'n = 0 vs n = 5');
    expectAbove(n5, n50, 'n = 5 vs n = 50');
    expect(n50.mean * 4).toBeLessThan(n0.mean);
  });
});

describe('sb-8.4 and sb-8.5: changing mazes', () => {
  for (const [id, change, steps] of [
    ['sb-8.4', 1000, 3000],
    ['sb-8.5', 3000, 6000],
  ] as const) {
    it(`${id}: Dyna-Q+ gains more reward than Dyna-Q after the change (step ${change}) and ends ahead`, () => {
      // Gained after the change: sb-8.4 (20 runs) 101 (Dyna-Q+) vs 94, sb-8.5 (10 runs) 229 vs 168.
      const plan = reducedPlan(id);
      expect(plan.spec.steps).toBe(steps);
      const plain = runCurves(plan, conditionIndex(plan, 'Dyna-Q'));
      const plus = runCurves(plan, conditionIndex(plan, 'Dyna-Q+'));
      const gained = (r: typeof plain) => estimate(r.gains('cumulative-reward', change, steps));
      expectAbove(gained(plus), gained(plain), 'reward gained after the change');
      const end = (r: typeof plain) => estimate(r.windowMeans('cumulative-reward', steps, steps));
      expectAbove(end(plus), end(plain), `cumulative reward at step ${steps}`);
    });
  }
});

describe('sb-13.2: the short corridor', () => {
  it('starts at p(right) = 0.05: the first episodes last about −J(0.05) ≈ 82 steps', () => {
    const plan = reducedPlan('sb-13.2');
    const first = estimate(runCurves(plan, conditionIndex(plan, 'REINFORCE')).windowMeans('return', 1, 3));
    expect(Math.abs(first.mean - shortCorridorJ(0.05))).toBeLessThan(2 * first.se + 5);
  });

  it('the learned baseline is ahead of none early (200 episodes) and approaches v* without passing it', () => {
    // 20 runs: mean return over episodes 1–200 ≈ −16.8 with the baseline, −39.4 without; −11.7 over 151–200.
    const plan = reducedPlan('sb-13.2');
    const none = runCurves(plan, conditionIndex(plan, 'REINFORCE'));
    const learned = runCurves(plan, conditionIndex(plan, 'REINFORCE with baseline'));
    expectAbove(
      estimate(learned.windowMeans('return', 1, 200)),
      estimate(none.windowMeans('return', 1, 200)),
      'mean return over episodes 1–200, baseline vs none',
    );
    const late = estimate(learned.windowMeans('return', 151, 200));
    // No policy that cannot tell the states apart expects more than v* ≈ −11.66.
    expectAtLeast({ mean: SHORT_CORRIDOR_V_STAR, se: 0, n: 1 }, late, 'v* vs late return');
    expect(late.mean).toBeGreaterThan(SHORT_CORRIDOR_V_STAR - 3);
  });

  it('the analytic J(p): J(0.5) = −12, maximum −(6 + 4√2) ≈ −11.657 at p = 2 − √2', () => {
    expect(shortCorridorJ(0.5)).toBe(-12);
    expect(SHORT_CORRIDOR_OPTIMUM_P).toBeCloseTo(0.5857864376, 10);
    expect(SHORT_CORRIDOR_V_STAR).toBeCloseTo(-(6 + 4 * Math.SQRT2), 12);
    expect(SHORT_CORRIDOR_V_STAR).toBeCloseTo(-11.657, 3);
    const { x, y } = sampleAnalytic('short-corridor-j', 199);
    expect(x.length).toBe(200);
    let best = 0;
    for (let i = 0; i < x.length; i++) {
      expect(x[i]).toBeGreaterThan(0);
      expect(x[i]).toBeLessThan(1);
      if (i > 0) expect(x[i]).toBeGreaterThan(x[i - 1]);
      expect(y[i]).toBe(shortCorridorJ(x[i]));
      if (y[i] > y[best]) best = i;
    }
    expect(x[best]).toBe(SHORT_CORRIDOR_OPTIMUM_P);
    expect(y[best]).toBe(SHORT_CORRIDOR_V_STAR);
    // Either side of p* is lower (a maximum, not a saddle).
    expect(shortCorridorJ(SHORT_CORRIDOR_OPTIMUM_P - 1e-4)).toBeLessThan(SHORT_CORRIDOR_V_STAR);
    expect(shortCorridorJ(SHORT_CORRIDOR_OPTIMUM_P + 1e-4)).toBeLessThan(SHORT_CORRIDOR_V_STAR);
  });
});

describe("the posts' questions", () => {
  it('posts-maze-epsilon: once learned (episodes 101–150), more ε costs more steps, never below the 62-step shortest path', () => {
    // 20 runs: ε = 0 → 62.0, 0.05 → 66.3, 0.1 → 69.3, 0.2 → 80.7, 0.3 → 90.7 steps per episode.
    const plan = reducedPlan('posts-maze-epsilon');
    const settled = [0, 0.05, 0.1, 0.2, 0.3].map((e) =>
      estimate(
        runCurves(plan, conditionIndex(plan, `Q-learning epsilon=${e}`)).windowMeans('steps', 101, 150),
      ),
    );
    for (let i = 1; i < settled.length; i++)
      expectAbove(settled[i], settled[i - 1], `ε index ${i} vs ${i - 1}`);
    for (const s of settled) expect(s.mean).toBeGreaterThanOrEqual(62);
  });

  it('posts-jump-baseline: every learner learns to jump, and the learned baseline does at least as well as none', () => {
    // 16 runs × 400 episodes: mean success 0.66 (none), 0.72 (mean), 0.75 (learned), 0.58 (actor–critic).
    const plan = reducedPlan('posts-jump-baseline');
    const runs = plan.conditions.map((c) => runCurves(plan, c.index));
    for (const r of runs) {
      expectAbove(
        estimate(r.windowMeans('success', 301, 400)),
        estimate(r.windowMeans('success', 1, 20)),
        r.label,
      );
    }
    const overall = (label: string) => {
      const r = runs.find((x) => x.label === label);
      if (r === undefined) throw new Error(label);
      return estimate(r.windowMeans('success', 1, 400));
    };
    expectAtLeast(
      overall('REINFORCE, learned baseline'),
      overall('REINFORCE, no baseline'),
      'learned vs none',
    );
  });
});
