import { describe, expect, it } from 'vitest';
import { checkEnv, EnvCheckError } from '../../src/envs/check-env.ts';
import { TimeLimit } from '../../src/envs/time-limit.ts';
import { ChainEnv } from '../helpers/chain-env.ts';

describe('TimeLimit', () => {
  it('truncates after maxEpisodeSteps and then refuses to step', () => {
    const env = new TimeLimit(new ChainEnv(10), 3);
    env.reset();
    expect(env.step(0).truncated).toBe(false);
    expect(env.step(0).truncated).toBe(false);
    const last = env.step(0);
    expect(last.truncated).toBe(true);
    expect(last.terminated).toBe(false);
    expect(() => env.step(0)).toThrow(/after the episode ended/);
    env.reset();
    expect(env.step(1).truncated).toBe(false);
  });

  it('does not truncate a step that terminates', () => {
    const env = new TimeLimit(new ChainEnv(2), 1);
    env.reset();
    const r = env.step(1);
    expect(r.terminated).toBe(true);
    expect(r.truncated).toBe(false);
  });

  it('refuses a bad limit and stepping before reset', () => {
    expect(() => new TimeLimit(new ChainEnv(), 0)).toThrow(/maxEpisodeSteps.*got 0/);
    expect(() => new TimeLimit(new ChainEnv(), 2.5)).toThrow(/2\.5/);
    expect(() => new TimeLimit(new ChainEnv(), 5).step(0)).toThrow(/before reset/);
    expect(new TimeLimit(new ChainEnv(), 7).spec.maxEpisodeSteps).toBe(7);
  });
});

describe('checkEnv', () => {
  it('passes a correct env', () => {
    expect(() => checkEnv(new TimeLimit(new ChainEnv(5), 20))).not.toThrow();
  });

  it.each([
    ['a NaN reward', { nanRewardAt: 2 }, /reward must be a finite number, got NaN/],
    ['an observation outside the space', { badObservation: true }, /observation 8 is not in Discrete\(5\)/],
    ['non-determinism', { nonDeterministic: true }, /same seed .* different episodes/],
    ['silently accepted invalid actions', { acceptsAnyAction: true }, /step\(2\) did not throw/],
  ])('rejects %s', (_label, faults, message) => {
    const env = new TimeLimit(new ChainEnv(5, faults), 20);
    expect(() => checkEnv(env)).toThrow(EnvCheckError);
    expect(() => checkEnv(env)).toThrow(message);
  });

  it('demands seed variation from a stochastic env', () => {
    const env = new TimeLimit(new ChainEnv(5), 20);
    Object.defineProperty(env, 'stochastic', { value: true });
    expect(() => checkEnv(env)).toThrow(/says it is stochastic/);
  });
});
