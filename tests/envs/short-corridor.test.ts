import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/core/rng.ts';
import {
  checkEnv,
  makeEnv,
  SHORT_CORRIDOR_BEST_P,
  ShortCorridorEnv,
  shortCorridorValue,
} from '../../src/envs/index.ts';

const LEFT = 0;
const RIGHT = 1;

describe('ShortCorridor-v0 transitions (S&B Example 13.1, by hand)', () => {
  it('left stays in 0, state 1 is switched, state 2 is normal; −1 a step; the goal ends it', () => {
    const env = new ShortCorridorEnv();
    const reset = env.reset({ seed: 1 });
    expect(reset.observation).toBe(0);
    expect(env.position).toBe(0);
    // [action, true state after, terminated]
    const walk: [number, number, boolean][] = [
      [LEFT, 0, false], // 0: left bumps, stays
      [RIGHT, 1, false], // 0 → 1
      [RIGHT, 0, false], // 1 is switched: right goes back to 0
      [RIGHT, 1, false],
      [LEFT, 2, false], // 1 is switched: left goes on to 2
      [LEFT, 1, false], // 2 is normal: left → 1
      [LEFT, 2, false],
      [RIGHT, 3, true], // 2 → the goal
    ];
    for (const [action, position, terminated] of walk) {
      const r = env.step(action);
      expect(r.observation).toBe(0);
      expect(r.reward).toBe(-1);
      expect(env.position).toBe(position);
      expect(r.terminated).toBe(terminated);
      expect(r.truncated).toBe(false);
      expect(r.info.success).toBe(terminated);
    }
    expect(() => env.step(RIGHT)).toThrow(/after the episode ended/);
    env.reset();
    expect(env.position).toBe(0);
  });

  it('observes one state only, takes two actions, and throws a RangeError on others', () => {
    const env = new ShortCorridorEnv();
    expect(env.observationSpace.n).toBe(1);
    expect(env.actionSpace.n).toBe(2);
    expect(() => env.step(0)).toThrow(/before reset/);
    env.reset();
    expect(() => env.step(2)).toThrow(RangeError);
    expect(() => env.step(0.5)).toThrow(/invalid action 0.5; the action space is Discrete\(2\)/);
  });

  it('is registered with a 1000-step limit and passes checkEnv', () => {
    const env = makeEnv('ShortCorridor-v0');
    expect(env.maxEpisodeSteps).toBe(1000);
    expect(env.spec).toEqual({ id: 'ShortCorridor-v0', options: {}, maxEpisodeSteps: 1000 });
    expect(() => checkEnv(env)).not.toThrow();
    // Always left never leaves state 0: the limit truncates.
    env.reset();
    let r = env.step(LEFT);
    for (let i = 1; i < 1000; i++) r = env.step(LEFT);
    expect(r.truncated).toBe(true);
    expect(r.terminated).toBe(false);
  });
});

describe('shortCorridorValue J(p) = (2p − 4) / (p(1 − p))', () => {
  it('has the book values: J(0.5) = −12, best p = 2 − √2 with J ≈ −11.66', () => {
    // (2·0.5 − 4) / (0.5 · 0.5) = −3 / 0.25 = −12.
    expect(shortCorridorValue(0.5)).toBeCloseTo(-12, 12);
    expect(SHORT_CORRIDOR_BEST_P).toBeCloseTo(0.5858, 4);
    // (2(2 − √2) − 4) / ((2 − √2)(√2 − 1)) = −2√2 / (3√2 − 4) = −6 − 4√2 ≈ −11.657.
    expect(shortCorridorValue(SHORT_CORRIDOR_BEST_P)).toBeCloseTo(-6 - 4 * Math.SQRT2, 10);
    expect(Math.abs(shortCorridorValue(SHORT_CORRIDOR_BEST_P) - -11.6)).toBeLessThan(0.06);
    // 2 − √2 is the maximum: both neighbours are lower.
    for (const dp of [-0.01, 0.01]) {
      expect(shortCorridorValue(SHORT_CORRIDOR_BEST_P + dp)).toBeLessThan(
        shortCorridorValue(SHORT_CORRIDOR_BEST_P),
      );
    }
  });

  it('is −∞ at the deterministic policies and NaN outside [0, 1]', () => {
    expect(shortCorridorValue(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(shortCorridorValue(1)).toBe(Number.NEGATIVE_INFINITY);
    expect(shortCorridorValue(-0.1)).toBeNaN();
    expect(shortCorridorValue(Number.NaN)).toBeNaN();
  });

  it.each([0.5, SHORT_CORRIDOR_BEST_P, 0.3])(
    'matches the mean return of seeded Monte Carlo episodes at p = %f',
    (p) => {
      const env = new ShortCorridorEnv();
      const rng = new Rng(`short-corridor-mc/${p}`);
      const episodes = 20_000;
      let sum = 0;
      let sumSq = 0;
      env.reset({ seed: 3 });
      for (let e = 0; e < episodes; e++) {
        env.reset();
        let ret = 0;
        for (;;) {
          const r = env.step(rng.random() < p ? RIGHT : LEFT);
          ret += r.reward;
          if (r.terminated) break;
        }
        sum += ret;
        sumSq += ret * ret;
      }
      const mean = sum / episodes;
      const se = Math.sqrt((sumSq / episodes - mean * mean) / (episodes - 1));
      // Within 4 standard errors (a false alarm about once in 16 000 runs; the seeds are fixed).
      expect(Math.abs(mean - shortCorridorValue(p))).toBeLessThan(4 * se);
      expect(se).toBeLessThan(0.2);
    },
  );
});
