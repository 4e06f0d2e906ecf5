import { describe, expect, it } from 'vitest';
import { makeFeatures } from '../../src/agents/features.ts';
import { REINFORCE_DEFAULTS, ReinforceAgent } from '../../src/agents/reinforce.ts';
import { AgentFormatError } from '../../src/agents/saved-agent.ts';
import type { Transition } from '../../src/agents/types.ts';
import { JumpHoleEnv } from '../../src/envs/jump-hole.ts';
import { runEpisodes } from '../../src/train/runner.ts';

/** A transition with a 1-d observation `s` (the next observation is irrelevant to REINFORCE). */
const tr = (s: number, a: number, r: number, end = false, truncated = false): Transition<Float64Array> => ({
  observation: Float64Array.of(s),
  action: a,
  reward: r,
  nextObservation: Float64Array.of(0),
  terminated: end && !truncated,
  truncated,
});

const agent1d = (options: Partial<ConstructorParameters<typeof ReinforceAgent>[0]> = {}) =>
  new ReinforceAgent({ nActions: 2, obsDim: 1, learningRate: 0.1, gamma: 0.5, batchEpisodes: 2, ...options });

/**
 * Two episodes of two steps, φ(s) = (s, 1), θ = 0 so π(·|s) = (½, ½), γ = ½, η = 0.1.
 *   episode 1: s = 1, a = 1, r = 0;  s = 2, a = 0, r = 1 (end)  →  R = 0 + ½·1 = 0.5, then 1
 *   episode 2: s = −2, a = 0, r = 2; s = 0, a = 1, r = −1 (end) →  R = 2 − ½ = 1.5, then −1
 * ∇θ_1 log π(a|s) = (1[a=1] − ½)·(s, 1) = ±½·(s, 1), and ∇θ_0 log π = −∇θ_1 log π.
 */
function feedTinyBatch(agent: ReinforceAgent): void {
  agent.learn(tr(1, 1, 0));
  agent.learn(tr(2, 0, 1, true));
  agent.learn(tr(-2, 0, 2));
  agent.learn(tr(0, 1, -1, true));
}

describe('ReinforceAgent gradient, worked by hand', () => {
  it('without a baseline: Σ R_t ∇ log π', () => {
    const agent = agent1d({ baseline: 'none' });
    // Row θ_1:  +½(1, 1)·0.5 − ½(2, 1)·1 − ½(−2, 1)·1.5 + ½(0, 1)·(−1)
    //         = (0.25, 0.25) + (−1, −0.5) + (1.5, −0.75) + (0, −0.5) = (0.75, −1.5)
    agent.learn(tr(1, 1, 0));
    agent.learn(tr(2, 0, 1, true));
    expect(Array.from(agent.theta)).toEqual([0, 0, 0, 0]); // M = 2: no update after one episode
    agent.learn(tr(-2, 0, 2));
    agent.learn(tr(0, 1, -1, true));
    const g = [-0.75, 1.5, 0.75, -1.5]; // rows θ_0, θ_1 of (w, bias)
    expectClose(agent.lastGradient, g);
    expectClose(agent.lastGradientNoBaseline, g);
    expectClose(
      agent.theta,
      g.map((v) => 0.1 * v),
    ); // θ ← 0 + η ∇J
    expect(agent.lastBatch).toMatchObject({ updates: 1, episodes: 2, steps: 4, baseline: 0 });
    expect(agent.lastBatch.meanReturn).toBeCloseTo((1 + 1) / 2, 12); // undiscounted: (0 + 1), (2 − 1)
  });

  it('with the mean baseline: Σ (R_t − b̄) ∇ log π', () => {
    const agent = agent1d({ baseline: 'mean' });
    feedTinyBatch(agent);
    // b̄ = (0.5 + 1 + 1.5 − 1)/4 = 0.5, so R − b̄ = 0, 0.5, 1, −1.5.
    // Row θ_1:  ½(1, 1)·0 − ½(2, 1)·0.5 − ½(−2, 1)·1 + ½(0, 1)·(−1.5)
    //         = (0, 0) + (−0.5, −0.25) + (1, −0.5) + (0, −0.75) = (0.5, −1.5)
    expect(agent.lastBatch.baseline).toBeCloseTo(0.5, 12);
    expectClose(agent.lastGradient, [-0.5, 1.5, 0.5, -1.5]);
    expectClose(agent.lastGradientNoBaseline, [-0.75, 1.5, 0.75, -1.5]);
    expectClose(agent.theta, [-0.05, 0.15, 0.05, -0.15]);
  });

  it('with a non-uniform policy: θ_1 = (0, ln 3) gives π = (¼, ¾)', () => {
    const agent = new ReinforceAgent({
      nActions: 2,
      obsDim: 1,
      learningRate: 1,
      batchEpisodes: 1,
      baseline: 'none',
      initialTheta: [
        [0, 0],
        [0, Math.log(3)],
      ],
    });
    expectClose(agent.probabilities(Float64Array.of(2)), [0.25, 0.75]);
    // One step, s = 2, a = 0, r = 4: θ_0 += (1 − ¼)(2, 1)·4 = (6, 3); θ_1 += (0 − ¾)(2, 1)·4 = (−6, −3).
    agent.learn(tr(2, 0, 4, true));
    expectClose(agent.lastGradient, [6, 3, -6, -3]);
    expectClose(agent.theta, [6, 3, -6, Math.log(3) - 3]);
    // With the mean baseline a single step has R − b̄ = 0: no change.
    const b = new ReinforceAgent({ nActions: 2, obsDim: 1, batchEpisodes: 1, baseline: 'mean' });
    b.learn(tr(2, 0, 4, true));
    expectClose(b.lastGradient, [0, 0, 0, 0]);
  });

  it('closes a truncated episode with the rewards seen so far', () => {
    const agent = agent1d({ baseline: 'none', batchEpisodes: 1, gamma: 1 });
    // R = 1 + 2 = 3, then 2; nothing is bootstrapped after the cut.
    agent.learn(tr(1, 1, 1));
    agent.learn(tr(1, 1, 2, false, true));
    // Row θ_1: ½(1, 1)·3 + ½(1, 1)·2 = (2.5, 2.5).
    expectClose(agent.lastGradient, [-2.5, -2.5, 2.5, 2.5]);
    expect(agent.provenance).toMatchObject({ episodesTrained: 1, stepsTrained: 2 });
  });

  it('matches a plain reference implementation on a large JumpHole batch (buffers grow)', () => {
    const env = new JumpHoleEnv();
    const M = 80; // ≈ 2000 steps: the 1024-step buffers double once
    const agent = new ReinforceAgent({
      nActions: 2,
      obsDim: 2,
      batchEpisodes: M,
      learningRate: 0.001,
      seed: 3,
    });
    const steps: { phi: number[]; a: number; r: number; end: boolean }[] = [];
    const theta0 = Array.from(agent.theta);
    runEpisodes(env, agent, {
      episodes: M,
      seed: 5,
      onStep: (t) =>
        steps.push({
          phi: [...Array.from(t.observation as Float64Array), 1],
          a: t.action,
          r: t.reward,
          end: t.terminated || t.truncated,
        }),
    });
    expect(steps.length).toBeGreaterThan(1024);
    const ref = referenceGradient(steps, theta0, 2, REINFORCE_DEFAULTS.gamma);
    expect(agent.lastBatch.updates).toBe(1);
    expectClose(agent.lastGradient, ref, 9);
    expectClose(
      agent.theta,
      theta0.map((v, i) => v + 0.001 * ref[i]),
      9,
    );
  });
});

describe('ReinforceAgent policy', () => {
  it('gives probabilities that sum to 1 and samples from them', () => {
    const agent = new ReinforceAgent({
      nActions: 3,
      obsDim: 2,
      seed: 1,
      initialTheta: [
        [0.5, -1, 0.2],
        [2, 0.3, -0.4],
        [-1, 1, 0],
      ],
    });
    const obs = Float64Array.of(0.7, -0.3);
    const p = Array.from(agent.probabilities(obs));
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
    const counts = [0, 0, 0];
    const n = 20000;
    for (let i = 0; i < n; i++) counts[agent.act(obs)]++;
    counts.forEach((c, a) => {
      expect(c / n).toBeCloseTo(p[a], 1);
    });
    expect(agent.greedyAction(obs)).toBe(p.indexOf(Math.max(...p)));
  });

  it('stays finite for huge logits and breaks greedy ties by the lowest index', () => {
    const agent = new ReinforceAgent({
      nActions: 2,
      obsDim: 1,
      initialTheta: [
        [1000, 0],
        [0, 0],
      ],
    });
    expectClose(agent.probabilities(Float64Array.of(1)), [1, 0]);
    expect(new ReinforceAgent({ nActions: 3, obsDim: 1 }).greedyAction(Float64Array.of(5))).toBe(0);
  });

  it('computes RBF features by hand', () => {
    const f = makeFeatures(
      {
        kind: 'rbf',
        centers: [
          [0, 1],
          [1, 1],
        ],
        width: 1,
      },
      2,
    );
    const out = new Float64Array(f.dim);
    f.compute(Float64Array.of(0, 1), out, 0);
    // exp(−0/2) = 1, exp(−1/2), then the constant 1.
    expectClose(out, [1, Math.exp(-0.5), 1]);
    const agent = new ReinforceAgent({
      nActions: 2,
      obsDim: 2,
      features: { kind: 'rbf', centers: [[0, 1]], width: 0.5 },
    });
    expect(agent.featureDim).toBe(2);
    expect(() => makeFeatures({ kind: 'rbf', centers: [[0]], width: 1 }, 2)).toThrow(
      /centers\[0\].*obsDim = 2/,
    );
  });

  it('refuses a mis-shaped θ, observation or action', () => {
    expect(() => new ReinforceAgent({ nActions: 2, obsDim: 1, initialTheta: [[0, 0]] })).toThrow(
      /initialTheta must have nActions = 2 rows of featureDim = 2/,
    );
    expect(() => new ReinforceAgent({ nActions: 2, obsDim: 1, gamma: 2 })).toThrow(/gamma/);
    const agent = agent1d();
    expect(() => agent.act(Float64Array.of(1, 2))).toThrow(/observation has 2 numbers, expected obsDim = 1/);
    expect(() => agent.learn(tr(1, 2, 0))).toThrow(/action 2/);
  });
});

describe('ReinforceAgent live params and divergence', () => {
  it('reads batchEpisodes, baseline and learningRate at the next use', () => {
    const agent = agent1d({ baseline: 'none', batchEpisodes: 5 });
    agent.params.batchEpisodes = 2;
    agent.params.baseline = 'mean';
    agent.params.learningRate = 1;
    feedTinyBatch(agent);
    expect(agent.lastBatch.updates).toBe(1);
    expectClose(agent.theta, [-0.5, 1.5, 0.5, -1.5]);
  });

  it('restores θ, flags and throws when an update is not finite', () => {
    const agent = agent1d({ learningRate: 1.5e308, baseline: 'none' });
    expect(() => feedTinyBatch(agent)).toThrow(/diverged.*lower learningRate/);
    expect(agent.diverged?.message).toMatch(/learningRate = 1\.5e\+308/);
    expect(agent.diverged?.values.learningRate).toBe(1.5e308);
    expect(Array.from(agent.theta)).toEqual([0, 0, 0, 0]);
    // Lowering η lets training go on; a good update clears the flag.
    agent.params.learningRate = 0.1;
    feedTinyBatch(agent);
    expect(agent.diverged).toBeNull();
    expectClose(agent.theta, [-0.075, 0.15, 0.075, -0.15]);
  });
});

describe('ReinforceAgent serialization', () => {
  const trained = () => {
    const agent = new ReinforceAgent({ nActions: 2, obsDim: 2, seed: 'save-me' });
    agent.provenance.env = new JumpHoleEnv().spec;
    runEpisodes(new JumpHoleEnv(), agent, { episodes: 205, seed: 1 });
    return agent;
  };

  it('round-trips θ, params, provenance and the generator', () => {
    const agent = trained();
    agent.params.learningRate = 0.002;
    const copy = ReinforceAgent.fromJSON(JSON.parse(JSON.stringify(agent.toJSON())));
    expect(Array.from(copy.theta)).toEqual(Array.from(agent.theta));
    expect(copy.params).toEqual(agent.params);
    expect(copy.provenance).toEqual(agent.provenance);
    expect(copy.provenance).toMatchObject({ seed: 'save-me', episodesTrained: 205 });
    expect(copy.provenance.env?.id).toBe('JumpHole-v0');
    const obs = Float64Array.of(0.6, 1);
    const next = (a: ReinforceAgent) => Array.from({ length: 200 }, () => a.act(obs));
    expect(next(copy)).toEqual(next(agent));
  });

  it('drops the partial batch: training resumes from a fresh batch', () => {
    const agent = trained(); // 205 episodes, M = 10: 5 episodes pending
    const copy = ReinforceAgent.fromJSON(agent.toJSON());
    runEpisodes(new JumpHoleEnv(), copy, { episodes: 9, seed: 2 });
    expect(copy.lastBatch.updates).toBe(0);
    runEpisodes(new JumpHoleEnv(), copy, { episodes: 1, seed: 3 });
    expect(copy.lastBatch.updates).toBe(1);
    expect(copy.lastBatch.episodes).toBe(10);
  });

  it('names the path of what is wrong in a malformed file', () => {
    const good = trained().toJSON();
    // JSON.parse's untyped result: the copy is broken on purpose, field by field.
    type Json = ReturnType<typeof JSON.parse>;
    const bad = (edit: (j: Json) => void) => {
      const j: Json = JSON.parse(JSON.stringify(good));
      edit(j);
      return () => ReinforceAgent.fromJSON(j);
    };
    expect(bad((j) => (j.kind = 'sarsa'))).toThrow(/holds a 'sarsa' agent, expected 'reinforce'/);
    expect(bad((j) => (j.params.gamma = 2))).toThrow(/: params\.gamma: /);
    expect(bad((j) => (j.config.features = { kind: 'cubic' }))).toThrow(/: config\.features\.kind: /);
    expect(bad((j) => (j.state.theta[1] = 'x'))).toThrow(
      /: state\.theta\.1: must be a finite number, got "x"/,
    );
    expect(bad((j) => j.state.theta.pop())).toThrow(
      /state\.theta: has 5 values, but nActions × featureDim = 2 × 3 = 6/,
    );
    expect(bad((j) => (j.state.rng.s0 = null))).toThrow(/: state\.rng\.s0: /);
    expect(bad((j) => (j.config.initialTheta = [[1]]))).toThrow(AgentFormatError);
    expect(() => ReinforceAgent.fromJSON('{ not json')).toThrow(/not valid JSON/);
  });
});

describe('ReinforceAgent determinism', () => {
  it('gives the same θ for the same seeds', () => {
    const train = (seed: number) => {
      const agent = new ReinforceAgent({ nActions: 2, obsDim: 2, seed });
      runEpisodes(new JumpHoleEnv(), agent, { episodes: 100, seed: 9 });
      return Array.from(agent.theta);
    };
    expect(train(1)).toEqual(train(1));
    expect(train(1)).not.toEqual(train(2));
  });
});

/** Σ_m Σ_t (R^m_t − b̄) (1[a=k] − π_k) φ, written plainly with arrays (mean baseline). */
function referenceGradient(
  steps: { phi: number[]; a: number; r: number; end: boolean }[],
  theta: number[],
  nActions: number,
  gamma: number,
): number[] {
  const R = new Array<number>(steps.length);
  let G = 0;
  for (let i = steps.length - 1; i >= 0; i--) {
    if (steps[i].end) G = 0;
    G = steps[i].r + gamma * G;
    R[i] = G;
  }
  const b = R.reduce((x, y) => x + y, 0) / R.length;
  const fd = steps[0].phi.length;
  const g = new Array<number>(nActions * fd).fill(0);
  steps.forEach((s, i) => {
    const z = Array.from({ length: nActions }, (_, k) =>
      s.phi.reduce((acc, f, j) => acc + theta[k * fd + j] * f, 0),
    );
    const e = z.map(Math.exp);
    const pi = e.map((v) => v / e.reduce((x, y) => x + y, 0));
    for (let k = 0; k < nActions; k++) {
      for (let j = 0; j < fd; j++) g[k * fd + j] += (R[i] - b) * ((k === s.a ? 1 : 0) - pi[k]) * s.phi[j];
    }
  });
  return g;
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, digits = 12): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) expect(actual[i]).toBeCloseTo(expected[i], digits);
}
