import { describe, expect, it } from 'vitest';
import { ACTOR_CRITIC_CRITIC_FEATURES, ActorCriticAgent } from '../../src/agents/actor-critic.ts';
import { assertFits, loadAgent, makeAgent } from '../../src/agents/make-agent.ts';
import { ReinforceAgent } from '../../src/agents/reinforce.ts';
import { AgentFormatError } from '../../src/agents/saved-agent.ts';
import type { Transition } from '../../src/agents/types.ts';
import { JumpHoleEnv } from '../../src/envs/jump-hole.ts';
import { makeEnv } from '../../src/envs/registry.ts';
import { runEpisodes } from '../../src/train/runner.ts';

const tr = (
  s: number,
  a: number,
  r: number,
  next: number,
  end: 'terminated' | 'truncated' | null = null,
): Transition<Float64Array> => ({
  observation: Float64Array.of(s),
  action: a,
  reward: r,
  nextObservation: Float64Array.of(next),
  terminated: end === 'terminated',
  truncated: end === 'truncated',
});

function expectClose(actual: ArrayLike<number>, expected: number[]): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((v, i) => {
    expect(actual[i]).toBeCloseTo(v, 10);
  });
}

// φ(s) = ψ(s) = (s, 1), θ = 0, w = 0, α_θ = 1, α_w = ½, γ = ½.
const agent1d = () =>
  new ActorCriticAgent({
    nActions: 2,
    obsDim: 1,
    features: { kind: 'linear' },
    learningRate: 1,
    valueLearningRate: 0.5,
    gamma: 0.5,
  });

describe('ActorCriticAgent, worked by hand', () => {
  it('two steps: δ, the critic, the actor and I', () => {
    const agent = agent1d();
    // Step 1: S = 1, A = 1, R = 2, S′ = 3. v̂(S) = v̂(S′) = 0, δ = 2 + ½·0 − 0 = 2.
    //   w ← 0 + ½·2·(1, 1) = (1, 1). π = (½, ½), I = 1:
    //   θ_1 += 1·1·2·(1 − ½)(1, 1) = (1, 1), θ_0 += 2·(0 − ½)(1, 1) = (−1, −1). I ← ½.
    agent.learn(tr(1, 1, 2, 3));
    expectClose(agent.w, [1, 1]);
    expectClose(agent.theta, [-1, -1, 1, 1]);
    expect(agent.lastStep).toMatchObject({ updates: 1, delta: 2, value: 0, discount: 1 });
    expect(agent.discount).toBe(0.5);
    // Step 2: S = 3, A = 0, R = 0, S′ terminal. v̂(S) = (1, 1)·(3, 1) = 4, v̂(S′) = 0, δ = −4.
    //   w ← (1, 1) + ½·(−4)·(3, 1) = (−5, −1).
    //   π(·|3) from θ before the step: logits θ_0·φ = −4, θ_1·φ = 4, so π_1 = e⁸/(1 + e⁸), π_0 = 1 − π_1.
    //   α_θ I δ = 1·½·(−4) = −2; a = 0: θ_0 += −2(1 − π_0)(3, 1) = −2π_1(3, 1), θ_1 += −2(0 − π_1)(3, 1).
    const p1 = Math.exp(8) / (1 + Math.exp(8));
    agent.learn(tr(3, 0, 0, 99, 'terminated'));
    expect(agent.lastStep.delta).toBeCloseTo(-4, 12);
    expectClose(agent.w, [-5, -1]);
    expectClose(agent.theta, [-1 - 6 * p1, -1 - 2 * p1, 1 + 6 * p1, 1 + 2 * p1]);
    expect(agent.lastStep.discount).toBe(0.5);
    expect(agent.discount).toBe(1); // I = 1 again for the next episode
    expect(agent.provenance).toMatchObject({ episodesTrained: 1, stepsTrained: 2 });
  });

  it('a truncated step bootstraps from v̂(S′); a terminated one does not', () => {
    const truncated = agent1d();
    truncated.learn(tr(1, 1, 2, 3)); // w = (1, 1) as above
    // S = 1, R = 0, S′ = 2: v̂(S) = 2, v̂(S′) = 3, δ = 0 + ½·3 − 2 = −0.5; w ← (1, 1) − ½·0.5·(1, 1).
    truncated.learn(tr(1, 1, 0, 2, 'truncated'));
    expect(truncated.lastStep.delta).toBeCloseTo(-0.5, 12);
    expectClose(truncated.w, [0.75, 0.75]);
    expect(truncated.discount).toBe(1);
    const terminated = agent1d();
    terminated.learn(tr(1, 1, 2, 3));
    terminated.learn(tr(1, 1, 0, 2, 'terminated'));
    expect(terminated.lastStep.delta).toBeCloseTo(-2, 12); // 0 + 0 − 2
  });

  it('restores θ and w when a step overflows, with a coded error', () => {
    const agent = new ActorCriticAgent({
      nActions: 2,
      obsDim: 1,
      features: { kind: 'linear' },
      valueLearningRate: 1e308,
      learningRate: 1e308,
    });
    expect(() => agent.learn(tr(1e10, 1, 1e300, 0))).toThrow(
      expect.objectContaining({ code: 'actor-critic-diverged' }),
    );
    expect(agent.diverged?.values.learningRate).toBe(1e308);
    expectClose(agent.w, [0, 0]);
    expectClose(agent.theta, [0, 0, 0, 0]);
  });

  it('validates live params', () => {
    const agent = agent1d();
    expect(() => {
      agent.params.valueLearningRate = -1;
    }).toThrow(/valueLearningRate/);
    expect(agent.params.valueLearningRate).toBe(0.5);
  });
});

describe('action masks (both policy-gradient agents)', () => {
  for (const make of [
    () =>
      new ActorCriticAgent({
        nActions: 3,
        obsDim: 1,
        features: { kind: 'linear' },
        learningRate: 1,
        gamma: 1,
        seed: 4,
      }),
    () =>
      new ReinforceAgent({
        nActions: 3,
        obsDim: 1,
        learningRate: 1,
        baseline: 'none',
        batchEpisodes: 1,
        seed: 4,
      }),
  ]) {
    const name = make().kind;
    it(`${name}: an illegal action has probability 0 and is never sampled`, () => {
      const agent = make();
      const mask = Uint8Array.of(1, 0, 1);
      expectClose(agent.probabilities(Float64Array.of(1), mask), [0.5, 0, 0.5]);
      const counts = [0, 0, 0];
      for (let i = 0; i < 2000; i++) counts[agent.act(Float64Array.of(1), mask)]++;
      expect(counts[1]).toBe(0);
      expect(counts[0]).toBeGreaterThan(900);
      expect(counts[2]).toBeGreaterThan(900);
      expect(() => agent.act(Float64Array.of(1), Uint8Array.of(0, 0, 0))).toThrow(RangeError);
    });

    it(`${name}: ∇log π uses the masked distribution (the illegal row is untouched)`, () => {
      // θ = 0, mask (1, 0, 1): π = (½, 0, ½); φ = (1, 1); a = 0, r = 1 ends the episode.
      // REINFORCE: R = 1, g_0 = (1 − ½)(1, 1), g_1 = 0, g_2 = −½(1, 1).
      // Actor–critic: v̂ = 0, δ = 1, I = 1, α_θ = 1: the same numbers (α_w only moves w).
      const agent = make();
      const a = agent.act(Float64Array.of(1), Uint8Array.of(1, 0, 1));
      agent.learn({
        observation: Float64Array.of(1),
        action: a,
        reward: 1,
        nextObservation: Float64Array.of(0),
        terminated: true,
        truncated: false,
      });
      const s = a === 0 ? 1 : -1; // the drawn action's row gains, the other legal row loses
      expectClose(agent.theta, [0.5 * s, 0.5 * s, 0, 0, -0.5 * s, -0.5 * s]);
    });
  }
});

describe('one-hot features on a Discrete observation', () => {
  it('makeAgent picks one-hot features for GridMaze-v0, and both agents act on state numbers', () => {
    const env = makeEnv('GridMaze-v0');
    for (const kind of ['reinforce', 'actor-critic'] as const) {
      expect(() => assertFits(kind, env)).not.toThrow();
      const agent = makeAgent(kind, env, { seed: 1 }) as ActorCriticAgent | ReinforceAgent;
      expect(agent.config.features).toEqual({ kind: 'one-hot', n: env.observationSpace.n });
      expect(agent.featureDim).toBe(env.observationSpace.n + 1);
      agent.assertFits?.(env);
      const r = runEpisodes(env, agent, { episodes: 3, seed: 2 });
      expect(r.returns).toHaveLength(3);
      expect(() => agent.act(env.observationSpace.n)).toThrow(/state number/);
      expect(() => agent.act(Float64Array.of(0))).toThrow(/state number/);
    }
  });

  it('φ(s) is one-hot then 1: θ·φ(s) = θ_s + θ_bias', () => {
    const agent = new ActorCriticAgent({
      nActions: 2,
      obsDim: 1,
      features: { kind: 'one-hot', n: 2 },
      initialTheta: [
        [0, 0, 0],
        [Math.log(3), 0, 0],
      ],
    });
    expectClose(agent.probabilities(0), [0.25, 0.75]);
    expectClose(agent.probabilities(1), [0.5, 0.5]);
  });
});

describe('saving and loading an actor–critic', () => {
  it('round-trips θ, w, I, params, provenance and the generator', () => {
    const env = new JumpHoleEnv();
    const agent = makeAgent('actor-critic', env, { seed: 7 }) as ActorCriticAgent;
    runEpisodes(env, agent, { episodes: 30, seed: 3 });
    agent.learn(tr2(agent)); // mid-episode: I ≠ 1
    agent.params.gamma = 0.9;
    const copy = loadAgent(JSON.parse(JSON.stringify(agent.toJSON()))) as ActorCriticAgent;
    expect(copy).toBeInstanceOf(ActorCriticAgent);
    expectClose(copy.theta, Array.from(agent.theta));
    expectClose(copy.w, Array.from(agent.w));
    expect(copy.discount).toBe(agent.discount);
    expect({ ...copy.params }).toEqual({ ...agent.params });
    expect(copy.provenance).toEqual(agent.provenance);
    const obs = Float64Array.of(0.5, 1);
    for (let i = 0; i < 20; i++) expect(copy.act(obs)).toBe(agent.act(obs));
  });

  it('refuses a bad file, naming the JSON path', () => {
    const good = new ActorCriticAgent({ nActions: 2, obsDim: 2 }).toJSON();
    const badW = structuredClone(good);
    badW.state.w = [0, 'x', 0];
    expect(() => ActorCriticAgent.fromJSON(badW)).toThrow(AgentFormatError);
    expect(() => ActorCriticAgent.fromJSON(badW)).toThrow(/state\.w\.1: must be a finite number, got "x"/);
    const badGamma = structuredClone(good);
    badGamma.config.gamma = 2;
    expect(() => ActorCriticAgent.fromJSON(badGamma)).toThrow(/config\.gamma: must be ≤ 1, got 2/);
    const shortW = structuredClone(good);
    shortW.state.w = [0];
    expect(() => ActorCriticAgent.fromJSON(shortW)).toThrow(/state\.w: has 1 values, but featureDim = 15/);
    const noDiscount = structuredClone(good);
    delete (noDiscount.state as { discount?: number }).discount;
    expect(() => ActorCriticAgent.fromJSON(noDiscount)).toThrow(/state\.discount: missing/);
    expect(() => ReinforceAgent.fromJSON(good)).toThrow(/holds a 'actor-critic' agent, expected 'reinforce'/);
  });
});

describe('the critic’s own features', () => {
  it('gated features: a line where the switch is 0, bumps where it is 1, worked by hand', () => {
    // ψ(d, g) = ((1 − g)·(d, g, 1), g·(exp(−(d − 1)²/2), 1)) with one bump at (1, 1), width 1.
    const agent = new ActorCriticAgent({
      nActions: 2,
      obsDim: 2,
      learningRate: 0,
      valueLearningRate: 0.5,
      gamma: 1,
      criticFeatures: {
        kind: 'gated',
        index: 1,
        off: { kind: 'linear' },
        on: { kind: 'rbf', centers: [[1, 1]], width: 1 },
      },
    });
    expect(agent.criticDim).toBe(5);
    expect(agent.featureDim).toBe(3); // the actor keeps (d, g, 1)
    // S = (2, 1) on the ground: ψ = (0, 0, 0, e^−½, 1); S′ = (1.5, 0) in the air. v̂ = 0, R = 4: δ = 4.
    agent.learn({
      observation: Float64Array.of(2, 1),
      action: 0,
      reward: 4,
      nextObservation: Float64Array.of(1.5, 0),
      terminated: false,
      truncated: false,
    });
    // w ← w + ½·4·ψ(S) = (0, 0, 0, 2e^−½, 2).
    expectClose(agent.w, [0, 0, 0, 2 * Math.exp(-0.5), 2]);
    expect(agent.value(Float64Array.of(1, 1))).toBeCloseTo(2 * Math.exp(-0.5) + 2, 12);
    expect(agent.value(Float64Array.of(3, 0))).toBe(0); // the air side is untouched
  });

  it('the defaults: a linear actor, the gated critic', () => {
    const agent = new ActorCriticAgent({ nActions: 2, obsDim: 2 });
    expect(agent.config.features).toEqual({ kind: 'linear' });
    expect(agent.config.criticFeatures).toEqual(ACTOR_CRITIC_CRITIC_FEATURES);
    expect(agent.criticDim).toBe(15); // 3 in the air, 11 bumps and 1 on the ground
  });

  it('a save from before criticFeatures loads with the critic on the actor’s features', () => {
    const saved = new ActorCriticAgent({ nActions: 2, obsDim: 2, features: { kind: 'linear' } }).toJSON();
    delete (saved.config as { criticFeatures?: unknown }).criticFeatures;
    saved.state.w = [1, 2, 3];
    const agent = ActorCriticAgent.fromJSON(JSON.parse(JSON.stringify(saved)));
    expect(agent.criticDim).toBe(3);
    expect(agent.value(Float64Array.of(0.5, 1))).toBeCloseTo(0.5 + 2 + 3, 12);
  });

  it('a save with the gated critic round-trips it; a bad index is refused', () => {
    const agent = new ActorCriticAgent({ nActions: 2, obsDim: 2, seed: 3 });
    agent.w.set(agent.w.map((_, j) => j / 10));
    const copy = ActorCriticAgent.fromJSON(JSON.parse(JSON.stringify(agent.toJSON())));
    expect(copy.config.criticFeatures).toEqual(ACTOR_CRITIC_CRITIC_FEATURES);
    const obs = Float64Array.of(0.7, 1);
    expect(copy.value(obs)).toBe(agent.value(obs));
    const bad = agent.toJSON();
    (bad.config as { criticFeatures: { index: number } }).criticFeatures.index = 2;
    expect(() => ActorCriticAgent.fromJSON(bad)).toThrow(AgentFormatError);
  });
});

/** A mid-episode step on JumpHole's observation shape. */
function tr2(_agent: ActorCriticAgent): Transition<Float64Array> {
  return {
    observation: Float64Array.of(1.5, 1),
    action: 0,
    reward: 0,
    nextObservation: Float64Array.of(1.4, 1),
    terminated: false,
    truncated: false,
  };
}
