/**
 * The maze's optimal reference as the page keeps it (src/play/maze/reference.ts, value-sweeps.ts,
 * optimal-view.ts): which reference each learner is measured against, V* cached per (maze, γ) and
 * computed again on a γ or wall change, the stepped sweeps (values flow back one cell per sweep),
 * and the throttle that keeps V^π evaluations rare.
 */
import { describe, expect, it } from 'vitest';
import { makeAgent } from '../../../src/agents/index.ts';
import type { TabularAgentKind } from '../../../src/agents/types.ts';
import type { GridMazeEnv } from '../../../src/envs/grid-maze.ts';
import { shortestPathLength } from '../../../src/envs/maze-layout.ts';
import { MAZE_CHANGES } from '../../../src/envs/maze-presets.ts';
import { makeEnv } from '../../../src/envs/registry.ts';
import type { MazeAgent } from '../../../src/play/maze/agent-file.ts';
import { type OptimalSource, OptimalView } from '../../../src/play/maze/optimal-view.ts';
import {
  DISTANCE_MIN_MS,
  estimateOf,
  ModelCache,
  OptimalCache,
  ReferenceTracker,
  Throttle,
} from '../../../src/play/maze/reference.ts';

function maze(layout: string | string[] = 'small', extra: object = {}): GridMazeEnv {
  return makeEnv('GridMaze-v0', { layout, ...extra }).unwrapped as GridMazeEnv;
}

function agentOn(kind: TabularAgentKind, env: GridMazeEnv, gamma = 0.9): MazeAgent {
  return makeAgent(kind, env, { seed: 1, gamma }) as MazeAgent;
}

/** A source the tests change by hand. */
interface HandSource extends OptimalSource {
  maze: GridMazeEnv;
  agent: MazeAgent;
  visits: Float64Array;
  snapshots: number;
  turbo: boolean;
}

function source(env: GridMazeEnv, agent: MazeAgent): HandSource {
  return {
    maze: env,
    agent,
    visits: new Float64Array(env.layout.width * env.layout.height).fill(1),
    snapshots: 0,
    turbo: false,
  };
}

const KINDS: [TabularAgentKind, 'optimal' | 'on-policy'][] = [
  ['q-learning', 'optimal'],
  ['double-q', 'optimal'],
  ['dyna-q', 'optimal'],
  ['q-lambda', 'optimal'],
  ['sarsa', 'on-policy'],
  ['expected-sarsa', 'on-policy'],
  ['n-step-sarsa', 'on-policy'],
  ['sarsa-lambda', 'on-policy'],
];

describe('optimal reference', () => {
  it('V* at S is γ^(L−1) on the small maze (goal reward 1, no step reward), cached per (maze, γ)', () => {
    const env = maze();
    const L = shortestPathLength(env.layout);
    expect(L).toBe(16);
    const models = new ModelCache();
    const cache = new OptimalCache();
    const model = models.get(env);
    expect(models.get(env)).toBe(model);
    const a = cache.get(model, 0.9);
    expect(a.converged).toBe(true);
    expect(a.v[env.layout.start]).toBeCloseTo(0.9 ** 15, 12);
    // The same maze and γ: the same values, not computed again.
    expect(cache.get(model, 0.9)).toBe(a);
    expect(cache.computed).toBe(1);
    // Another γ: computed again.
    const b = cache.get(model, 0.5);
    expect(cache.computed).toBe(2);
    expect(b.v[env.layout.start]).toBeCloseTo(0.5 ** 15, 12);
  });

  it('a wall change gives new tables, so a new model and V* (blocking: the shortest path 10 → 16)', () => {
    const env = maze('blocking', { changeAt: { step: 5, layout: MAZE_CHANGES.blocking.layout } });
    const view = new OptimalView(source(env, agentOn('q-learning', env, 0.95)));
    const before = view.follow();
    expect(before.v[env.layout.start]).toBeCloseTo(0.95 ** 9, 12);
    env.reset();
    for (let i = 0; i < 5; i++) env.step(0);
    expect(env.changed).toBe(true);
    const after = view.follow();
    expect(after).not.toBe(before);
    expect(after.v[env.layout.start]).toBeCloseTo(0.95 ** 15, 12);
  });

  it('measures off-policy learners against V*, on-policy ones against V^π of their ε-greedy policy', () => {
    const env = maze();
    for (const [kind, expected] of KINDS) {
      const agent = agentOn(kind, env);
      const s = source(env, agent);
      const view = new OptimalView(s, new ReferenceTracker());
      view.update(0);
      const report = view.tracker.report;
      expect(report?.kind, kind).toBe(expected);
      expect(report?.epsilon).toBe(agent.currentEpsilon);
      expect(view.tracker.evaluations, kind).toBe(expected === 'on-policy' ? 1 : 0);
    }
  });

  it('a Q-table equal to Q* is at distance 0 and greedy-optimal; SARSA with it is not at its V^π', () => {
    const env = maze();
    const q = agentOn('q-learning', env);
    const view = new OptimalView(source(env, q));
    q.q.set(view.optimal.q);
    view.update(0);
    expect(view.tracker.report).toMatchObject({
      kind: 'optimal',
      converged: true,
      greedyOptimal: true,
      suboptimalCells: 0,
    });
    expect(view.tracker.report?.maxError).toBeLessThan(1e-9);
    // 31 cells the agent can stand on (floor and S) in the small maze, all visited in this source.
    expect(view.tracker.report?.compared).toBe(31);

    const sarsa = agentOn('sarsa', env);
    sarsa.q.set(view.optimal.q);
    const onPolicy = new OptimalView(source(env, sarsa));
    onPolicy.update(0);
    const r = onPolicy.tracker.report;
    // Exploring with ε = 0.1 costs value: V^π < V*, while its expectation over Q* is higher.
    expect(r?.kind).toBe('on-policy');
    expect(r?.maxError).toBeGreaterThan(1e-3);
    expect(r?.greedyOptimal).toBe(true);
  });

  it("compares only visited cells, and Double Q's estimate is half its Q₁ + Q₂ sum", () => {
    const env = maze();
    const s = source(env, agentOn('q-learning', env));
    s.visits = new Float64Array(env.layout.width * env.layout.height);
    s.visits[env.layout.start] = 3;
    s.visits[1] = 1;
    const view = new OptimalView(s);
    view.update(0);
    expect(view.tracker.report?.compared).toBe(2);
    // An untrained agent (Q = 0) is off by V* itself; S is the farthest from G, so its error is smallest.
    expect(view.tracker.report?.maxError).toBeCloseTo(view.optimal.v[1], 12);
    expect(view.tracker.report?.worstState).toBe(1);

    const dq = agentOn('double-q', env);
    dq.q.fill(0.8);
    expect(Array.from(estimateOf(dq, new Float64Array(dq.q.length)).slice(0, 4))).toEqual([
      0.4, 0.4, 0.4, 0.4,
    ]);
    const ql = agentOn('q-learning', env);
    expect(estimateOf(ql, new Float64Array(ql.q.length))).toBe(ql.q);
  });
});

describe('throttling', () => {
  it('at most every DISTANCE_MIN_MS, and 20× the cost of a slow computation', () => {
    const t = new Throttle();
    expect(t.due(0)).toBe(true);
    t.done(0, 1);
    expect(t.due(DISTANCE_MIN_MS - 1)).toBe(false);
    expect(t.due(DISTANCE_MIN_MS)).toBe(true);
    t.done(1000, 50);
    expect(t.due(1999)).toBe(false);
    expect(t.due(2000)).toBe(true);
  });

  it('computes again only when the agent learned and the throttle allows; in Turbo once per snapshot', () => {
    const env = maze();
    const agent = agentOn('sarsa', env);
    const s = source(env, agent);
    const tracker = new ReferenceTracker(250, () => 0);
    const view = new OptimalView(s, tracker);
    view.update(0);
    expect(tracker.evaluations).toBe(1);
    // Nothing learned: nothing to compute, however long it has been.
    view.update(10_000);
    expect(tracker.evaluations).toBe(1);
    agent.provenance.stepsTrained += 1;
    view.update(10_100);
    expect(tracker.evaluations).toBe(2);
    agent.provenance.stepsTrained += 1;
    view.update(10_200);
    expect(tracker.evaluations).toBe(2);
    view.update(10_350);
    expect(tracker.evaluations).toBe(3);
    // Turbo: the table changes with the snapshots only.
    s.turbo = true;
    agent.provenance.stepsTrained += 1000;
    view.update(20_000);
    const turboStart = tracker.evaluations;
    agent.provenance.stepsTrained += 1000;
    view.update(21_000);
    expect(tracker.evaluations).toBe(turboStart);
    s.snapshots = 1;
    view.update(22_000);
    expect(tracker.evaluations).toBe(turboStart + 1);
    // A γ change is a new reference: computed at once, throttle or not.
    agent.params.gamma = 0.8;
    view.update(22_001);
    expect(tracker.evaluations).toBe(turboStart + 2);
    expect(tracker.report?.kind).toBe('on-policy');
  });
});

describe('value iteration, one sweep at a time', () => {
  it('the goal value reaches S after L sweeps, exactly γ^(L−1); Run converges; Reset goes back to V₀ = 0', () => {
    const env = maze();
    const view = new OptimalView(source(env, agentOn('q-learning', env)));
    const S = env.layout.start;
    expect(view.values().kind).toBe('optimal');
    expect(view.shown).toBe(false);
    view.sweep();
    expect(view.shown).toBe(true);
    expect(view.values()).toMatchObject({ kind: 'sweep', sweeps: 1, converged: false });
    // One sweep: only G's neighbours (reward 1) have a value, and it is the largest change.
    expect(view.stepper.residual).toBe(1);
    for (let k = 2; k < 16; k++) view.sweep();
    expect(view.values().v[S]).toBe(0);
    view.sweep();
    expect(view.values().v[S]).toBeCloseTo(0.9 ** 15, 12);
    view.run();
    expect(view.stepper.converged).toBe(true);
    expect(Array.from(view.values().v)).toEqual(Array.from(view.optimal.v));
    view.reset();
    expect(view.values()).toMatchObject({ kind: 'sweep', sweeps: 0 });
    expect(view.values().v.every((x) => x === 0)).toBe(true);
    expect(view.lastAction).toEqual({ action: 'reset', count: 18 });
  });

  it('a γ change or new walls start the sweeps again from V₀ = 0 and say why', () => {
    const env = maze('blocking', { changeAt: { step: 3, layout: MAZE_CHANGES.blocking.layout } });
    const agent = agentOn('q-learning', env);
    const view = new OptimalView(source(env, agent));
    view.sweep();
    view.sweep();
    agent.params.gamma = 0.5;
    view.update(0);
    expect(view.stepper.sweeps).toBe(0);
    expect(view.stepper.resetBy).toBe('gamma');
    view.sweep();
    expect(view.stepper.resetBy).toBe(null);
    env.reset();
    for (let i = 0; i < 3; i++) env.step(0);
    view.update(1);
    expect(view.stepper.resetBy).toBe('maze');
    expect(view.stepper.sweeps).toBe(0);
  });

  it('without a finite V* (γ = 1, positive step reward) nothing is measured, and Run stops', () => {
    const env = maze('small', { stepReward: 1 });
    const view = new OptimalView(source(env, agentOn('q-learning', env, 1)));
    view.update(0);
    expect(view.optimal.converged).toBe(false);
    expect(view.tracker.report).toMatchObject({ converged: false, compared: 0 });
    view.run();
    expect(view.stepper.converged).toBe(false);
  });
});
