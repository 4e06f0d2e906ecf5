import { describe, expect, it } from 'vitest';
import { ReinforceAgent } from '../../src/agents/reinforce.ts';
import type { Transition } from '../../src/agents/types.ts';

const tr = (s: number, a: number, r: number, end = false): Transition<Float64Array> => ({
  observation: Float64Array.of(s),
  action: a,
  reward: r,
  nextObservation: Float64Array.of(0),
  terminated: end,
  truncated: false,
});

function expectClose(actual: ArrayLike<number>, expected: number[]): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((v, i) => {
    expect(actual[i]).toBeCloseTo(v, 12);
  });
}

describe('REINFORCE with a learned baseline, worked by hand', () => {
  it('one episode of two steps: w moves step by step, θ by Σ γ^t δ ∇log π', () => {
    // φ(s) = (s, 1), θ = 0 so π = (½, ½), w = 0, γ = ½, η = 1, α_w = ½, M = 1.
    // Episode: s = 1, a = 1, r = 0; s = 2, a = 0, r = 1 (end). Returns R_0 = 0 + ½·1 = 0.5, R_1 = 1.
    // Step 0 (γ^0 = 1): v̂ = 0, δ = 0.5; w ← 0 + ½·0.5·(1, 1) = (0.25, 0.25).
    //   a = 1: ∇θ_1 log π = ½(1, 1), ∇θ_0 = −½(1, 1); times γ^0 δ = 0.5: θ_1 += (0.25, 0.25), θ_0 −= same.
    // Step 1 (γ^1 = ½): v̂ = 0.25·2 + 0.25 = 0.75, δ = 1 − 0.75 = 0.25;
    //   w ← (0.25, 0.25) + ½·0.25·(2, 1) = (0.5, 0.375).
    //   a = 0: ∇θ_0 log π = ½(2, 1); times γ δ = 0.125: θ_0 += (0.125, 0.0625), θ_1 −= same.
    // g: θ_0 = (−0.25 + 0.125, −0.25 + 0.0625) = (−0.125, −0.1875), θ_1 = (0.125, 0.1875).
    // Without a baseline (γ^t R): step 0 coefficient 0.5, step 1 coefficient ½·1 = 0.5:
    //   θ_0 = −0.5·½(1, 1) + 0.5·½(2, 1) = (0.25, 0), θ_1 = (−0.25, 0).
    const agent = new ReinforceAgent({
      nActions: 2,
      obsDim: 1,
      baseline: 'learned',
      learningRate: 1,
      valueLearningRate: 0.5,
      gamma: 0.5,
      batchEpisodes: 1,
    });
    agent.learn(tr(1, 1, 0));
    agent.learn(tr(2, 0, 1, true));
    expectClose(agent.w, [0.5, 0.375]);
    expectClose(agent.lastGradient, [-0.125, -0.1875, 0.125, 0.1875]);
    expectClose(agent.theta, [-0.125, -0.1875, 0.125, 0.1875]); // θ ← 0 + η g
    expectClose(agent.lastGradientNoBaseline, [0.25, 0, -0.25, 0]);
    expect(agent.lastBatch.baseline).toBeCloseTo((0 + 0.75) / 2, 12); // mean v̂ subtracted
    expect(agent.value(Float64Array.of(2))).toBeCloseTo(0.5 * 2 + 0.375, 12);
  });

  it('in a batch of two episodes, the second episode sees the w the first left', () => {
    // γ = 1, α_w = ½, φ = (0, 1) (s = 0): v̂ is the bias alone. Episode 1: r = 2 → δ = 2, w_bias = 1.
    // Episode 2: r = 4 → δ = 4 − 1 = 3, w_bias = 1 + 1.5 = 2.5. θ unchanged until the batch ends.
    const agent = new ReinforceAgent({
      nActions: 2,
      obsDim: 1,
      baseline: 'learned',
      learningRate: 1,
      valueLearningRate: 0.5,
      gamma: 1,
      batchEpisodes: 2,
    });
    agent.learn(tr(0, 1, 2, true));
    expectClose(agent.w, [0, 0]); // nothing before the batch ends
    agent.learn(tr(0, 0, 4, true));
    expectClose(agent.w, [0, 2.5]);
    // g, θ_1 row: ½·2·(0, 1) − ½·3·(0, 1) = (0, −0.5).
    expectClose(agent.theta, [0, 0.5, 0, -0.5]);
  });

  it('restores θ and w when they overflow, with a coded error', () => {
    const agent = new ReinforceAgent({
      nActions: 2,
      obsDim: 1,
      baseline: 'learned',
      valueLearningRate: 1e308,
      batchEpisodes: 1,
    });
    expect(() => agent.learn(tr(1e10, 1, 1e10, true))).toThrow(
      expect.objectContaining({ code: 'reinforce-diverged' }),
    );
    expectClose(agent.w, [0, 0]);
    expectClose(agent.theta, [0, 0, 0, 0]);
  });

  it('saves and loads w; a file from before w (no w, no valueLearningRate) still loads', () => {
    const agent = new ReinforceAgent({ nActions: 2, obsDim: 1, baseline: 'learned', batchEpisodes: 1 });
    agent.learn(tr(1, 1, 3, true));
    const copy = ReinforceAgent.fromJSON(JSON.parse(JSON.stringify(agent.toJSON())));
    expectClose(copy.w, Array.from(agent.w));
    expect(copy.params.baseline).toBe('learned');
    const old = structuredClone(agent.toJSON()) as unknown as {
      state: Record<string, unknown>;
      params: Record<string, unknown>;
      config: Record<string, unknown>;
    };
    delete old.state.w;
    delete old.params.valueLearningRate;
    delete old.config.valueLearningRate;
    old.params.baseline = 'mean';
    old.config.baseline = 'mean';
    const loaded = ReinforceAgent.fromJSON(old);
    expectClose(loaded.w, [0, 0]);
    expect(loaded.params.valueLearningRate).toBe(0.01);
  });

  it('refuses a w of the wrong length, naming state.w', () => {
    const json = new ReinforceAgent({ nActions: 2, obsDim: 1 }).toJSON();
    json.state.w = [1, 2, 3];
    expect(() => ReinforceAgent.fromJSON(json)).toThrow(/state\.w: has 3 values, but featureDim = 2/);
  });
});
