import { describe, expect, it } from 'vitest';
import {
  checkEnv,
  EnvRangeError,
  MAX_BIAS_ACTIONS,
  MAX_BIAS_STATES,
  MaxBiasEnv,
  type MaxBiasInfo,
  makeEnv,
} from '../../src/envs/index.ts';

const { A, B } = MAX_BIAS_STATES;
const { RIGHT, LEFT } = MAX_BIAS_ACTIONS;
const A_MASK = [1, 1, 0, 0, 0, 0, 0, 0, 0, 0];
const ALL = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1];

const maskOf = (info: unknown) => Array.from((info as MaxBiasInfo).actionMask);

/** The reward of `episodes` episodes that go left then take `action` in B. */
function bRewards(env: MaxBiasEnv, seed: number, episodes: number, action = 3): number[] {
  const out: number[] = [];
  env.reset({ seed });
  for (let e = 0; e < episodes; e++) {
    env.reset();
    env.step(LEFT);
    out.push(env.step(action).reward);
  }
  return out;
}

describe('MaxBias-v0 (S&B Example 6.7)', () => {
  it('starts in A; right ends with 0 and success; left goes to B with 0', () => {
    const env = new MaxBiasEnv();
    expect(env.observationSpace.n).toBe(2);
    expect(env.actionSpace.n).toBe(10);
    expect(env.stochastic).toBe(true);
    const reset = env.reset({ seed: 1 });
    expect(reset.observation).toBe(A);
    expect(maskOf(reset.info)).toEqual(A_MASK);
    const right = env.step(RIGHT);
    expect([right.observation, right.reward, right.terminated, right.info.success]).toEqual([
      A,
      0,
      true,
      true,
    ]);
    expect(maskOf(right.info)).toEqual(A_MASK);
    expect(() => env.step(RIGHT)).toThrow(/after the episode ended/);

    expect(maskOf(env.reset().info)).toEqual(A_MASK);
    const left = env.step(LEFT);
    expect([left.observation, left.reward, left.terminated, left.info.success]).toEqual([B, 0, false, false]);
    expect(maskOf(left.info)).toEqual(ALL);
    expect(env.position).toBe(B);
    const end = env.step(9);
    expect([end.observation, end.terminated, end.truncated, end.info.success]).toEqual([
      B,
      true,
      false,
      false,
    ]);
    expect(maskOf(end.info)).toEqual(ALL);
    // The next reset gives A's mask again.
    expect(maskOf(env.reset().info)).toEqual(A_MASK);
  });

  it('reuses its two mask arrays rather than making new ones', () => {
    const env = new MaxBiasEnv();
    const a = (env.reset().info as MaxBiasInfo).actionMask;
    const b = (env.step(LEFT).info as MaxBiasInfo).actionMask;
    expect(b).not.toBe(a);
    expect((env.reset().info as MaxBiasInfo).actionMask).toBe(a);
    expect((env.step(LEFT).info as MaxBiasInfo).actionMask).toBe(b);
    expect(a).toBeInstanceOf(Uint8Array);
  });

  it('throws a coded RangeError for an action A does not allow, and stays in A', () => {
    const env = new MaxBiasEnv();
    env.reset();
    let error: unknown;
    try {
      env.step(5);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RangeError);
    expect(error).toBeInstanceOf(EnvRangeError);
    expect(error).toMatchObject({
      code: 'env-illegal-action',
      values: { env: 'MaxBias-v0', action: 5, state: 'A', legal: [0, 1] },
    });
    expect((error as Error).message).toMatch(/action 5 is not legal in state A; legal actions: 0, 1/);
    // The episode goes on from A.
    expect(env.step(LEFT).observation).toBe(B);
    expect(() => env.step(10)).toThrow(/invalid action 10; the action space is Discrete\(10\)/);
    expect(() => env.step(-1)).toThrow(RangeError);
  });

  it("draws B's rewards from N(−0.1, 1): mean and sd within statistical bounds", () => {
    const n = 40_000;
    const rewards = bRewards(new MaxBiasEnv(), 7, n);
    const mean = rewards.reduce((s, x) => s + x, 0) / n;
    const variance = rewards.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
    // The mean's standard error is 1/√n = 0.005: allow 4 of them.
    expect(Math.abs(mean - -0.1)).toBeLessThan(4 / Math.sqrt(n));
    // The sample variance's standard error is about √(2/n) ≈ 0.007 for a normal: allow 4 of them.
    expect(Math.abs(variance - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
    // Roughly normal: about 68.3 % within one sd of the mean (binomial sd ≈ 0.0023).
    const within = rewards.filter((x) => Math.abs(x + 0.1) < 1).length / n;
    expect(Math.abs(within - 0.6827)).toBeLessThan(0.01);
    // Every one of B's actions draws from the same distribution.
    const action9 = bRewards(new MaxBiasEnv(), 8, 10_000, 9);
    expect(Math.abs(action9.reduce((s, x) => s + x, 0) / 10_000 - -0.1)).toBeLessThan(0.04);
  });

  it('gives the same rewards for the same seed, and other rewards for another', () => {
    const a = bRewards(new MaxBiasEnv(), 42, 50);
    expect(bRewards(new MaxBiasEnv(), 42, 50)).toEqual(a);
    expect(bRewards(new MaxBiasEnv(), 43, 50)).not.toEqual(a);
  });

  it('is registered, passes checkEnv (with its masks) and rebuilds from its spec', () => {
    const env = makeEnv('MaxBias-v0');
    expect(env.spec).toEqual({ id: 'MaxBias-v0', options: {}, maxEpisodeSteps: 100 });
    expect(() => checkEnv(env)).not.toThrow();
    expect(() => checkEnv(makeEnv('MaxBias-v0'), { seed: 5, steps: 500 })).not.toThrow();
  });
});
