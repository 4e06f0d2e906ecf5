/**
 * Issue 9, items 6, 9, 10, 12 and 17 on the agents: names looked up by own keys only, live params
 * validated on assignment, out-of-range states and actions refused, saved generator states checked,
 * sizes capped up front.
 */
import { describe, expect, it } from 'vitest';
import {
  AgentFormatError,
  loadAgent,
  makeAgent,
  QLearningAgent,
  REINFORCE_PARAM_RANGES,
  ReinforceAgent,
  SarsaAgent,
  TABULAR_PARAM_RANGES,
} from '../../src/agents/index.ts';
import type { AgentKind } from '../../src/agents/types.ts';
import { makeEnv } from '../../src/envs/index.ts';
import { Runner } from '../../src/train/runner.ts';

const maze = () => makeEnv('GridMaze-v0', { layout: 'small' });

describe('item 6: makeAgent looks kinds up by own keys only', () => {
  it.each(['monte-carlo', 'toString', '__proto__', 'constructor', 'valueOf'])(
    'makeAgent(%j) throws, listing the known kinds',
    (kind) => {
      expect(() => makeAgent(kind as AgentKind, maze())).toThrow(
        /unknown agent kind .*; known kinds: q-learning, sarsa, expected-sarsa, double-q, n-step-sarsa, sarsa-lambda, q-lambda, dyna-q, reinforce/,
      );
    },
  );
});

describe('item 9: live params are validated on assignment', () => {
  const q = () => new QLearningAgent({ nStates: 4, nActions: 2, seed: 1 });
  const r = () => new ReinforceAgent({ nActions: 2, obsDim: 2, seed: 1 });

  it.each([
    ['epsilon', 5, /epsilon: 5 is outside \[0, 1\]/],
    ['gamma', 2, /gamma: 2 is outside \[0, 1\]/],
    ['alpha', Number.NaN, /alpha: must be a finite number in \[0, 1\], got NaN/],
    ['epsilon', '0.5', /epsilon: must be a finite number in \[0, 1\], got "0.5"/],
  ])('tabular %s = %j throws a RangeError and keeps the old value', (name, value, message) => {
    const a = q();
    const params = a.params as unknown as Record<string, unknown>;
    const old = params[name];
    let error: unknown;
    try {
      params[name] = value;
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).message).toMatch(message);
    expect(params[name]).toBe(old);
    expect(() => QLearningAgent.fromJSON(a.toJSON())).not.toThrow();
  });

  it.each([
    ['learningRate', -5, /learningRate: -5 is outside \[0, /],
    ['baseline', 'bogus', /baseline: must be one of "none", "mean", "learned", got "bogus"/],
    ['batchEpisodes', 0, /batchEpisodes: 0 is outside \[1, 200\]/],
    ['batchEpisodes', 2.5, /batchEpisodes: must be a whole number/],
  ])('REINFORCE %s = %j throws a RangeError and keeps the old value', (name, value, message) => {
    const a = r();
    const params = a.params as unknown as Record<string, unknown>;
    const old = params[name];
    expect(() => {
      params[name] = value;
    }).toThrow(RangeError);
    expect(() => {
      params[name] = value;
    }).toThrow(message);
    expect(params[name]).toBe(old);
  });

  it('an unknown param name is refused, not silently added', () => {
    const a = q();
    expect(() => {
      (a.params as unknown as Record<string, unknown>).epsilonn = 0.5;
    }).toThrow(TypeError);
  });

  it('valid values take effect at the next step, and params still spread and assign', () => {
    const a = q();
    a.params.epsilon = 0;
    a.params.alpha = 1;
    a.learn({ observation: 0, action: 1, reward: 5, nextObservation: 1, terminated: true, truncated: false });
    expect(a.q[1]).toBe(5);
    for (let i = 0; i < 20; i++) expect(a.act(0)).toBe(1);
    expect({ ...a.params }).toEqual({ epsilon: 0, alpha: 1, gamma: 0.9 });
    const b = q();
    Object.assign(b.params, a.params);
    expect(b.params.alpha).toBe(1);
    expect(JSON.parse(JSON.stringify(a.toJSON())).params).toEqual({ epsilon: 0, alpha: 1, gamma: 0.9 });
  });

  it('exports the ranges, so a panel can clamp before it writes', () => {
    expect(TABULAR_PARAM_RANGES.epsilon).toMatchObject({ min: 0, max: 1 });
    expect(REINFORCE_PARAM_RANGES.batchEpisodes).toMatchObject({ min: 1, max: 200, integer: true });
  });
});

describe('item 10: out-of-range states and actions', () => {
  const t = (s: number, a: number, s2: number) => ({
    observation: s,
    action: a,
    reward: 0,
    nextObservation: s2,
    terminated: false,
    truncated: false,
  });

  it.each([QLearningAgent, SarsaAgent])('%o refuses act(99) on 4 states', (Ctor) => {
    const a = new Ctor({ nStates: 4, nActions: 2, seed: 1 });
    expect(() => a.act(99)).toThrow(RangeError);
    expect(() => a.act(99)).toThrow(/state 99 is outside 0…3/);
    expect(() => a.act(-1)).toThrow(RangeError);
    expect(() => a.act(1.5)).toThrow(RangeError);
  });

  it.each([QLearningAgent, SarsaAgent])(
    '%o refuses learn with action 7 and leaves the table alone',
    (Ctor) => {
      const a = new Ctor({ nStates: 4, nActions: 2, seed: 1 });
      expect(() => a.learn(t(0, 7, 1))).toThrow(/action 7 is outside 0…1/);
      expect(() => a.learn(t(9, 0, 1))).toThrow(/state 9 is outside 0…3/);
      expect(() => a.learn(t(0, 0, 4))).toThrow(/next state 4 is outside 0…3/);
      expect(Array.from(a.q)).toEqual(new Array(8).fill(0));
    },
  );

  it('a run refuses an agent that does not fit the env', () => {
    const env = makeEnv('GridMaze-v0', { layout: 'small' }); // 49 cells
    const small = new QLearningAgent({ nStates: 4, nActions: 4, seed: 1 });
    expect(() => new Runner(env, small)).toThrow(/4 states.*49/);
    const jump = makeEnv('JumpHole-v0');
    const wide = new ReinforceAgent({ nActions: 2, obsDim: 3, seed: 1 });
    expect(() => new Runner(jump, wide)).toThrow(/obsDim = 3.*2/);
  });
});

describe('item 12: saved generator states are validated', () => {
  const saved = () => JSON.parse(JSON.stringify(new QLearningAgent({ nStates: 4, nActions: 4, seed: 1 })));

  it('an all-zero state is refused (it would always draw 0)', () => {
    const s = saved();
    s.state.rng = { c: 0, s0: 0, s1: 0, s2: 0 };
    expect(() => loadAgent(s)).toThrow(AgentFormatError);
    expect(() => loadAgent(s)).toThrow(/state\.rng: .*all zero/);
  });

  it.each([
    ['s0', 1e300, /state\.rng\.s0: must be in \[0, 1\)/],
    ['s1', -0.5, /state\.rng\.s1: must be in \[0, 1\)/],
    ['c', 0.5, /state\.rng\.c: must be a whole number in \[0, 2091639\]/],
    ['c', 1e12, /state\.rng\.c: must be a whole number in \[0, 2091639\]/],
  ])('%s = %s is refused naming the field', (field, value, message) => {
    const s = saved();
    s.state.rng[field] = value;
    expect(() => loadAgent(s)).toThrow(message);
  });

  it('a real saved state loads', () => {
    expect(loadAgent(saved())).toBeInstanceOf(QLearningAgent);
  });
});

describe('item 17: sizes are capped up front, naming the option and the limit', () => {
  it('a Q-table of 1e9 states is refused before any allocation', () => {
    expect(() => new QLearningAgent({ nStates: 1e9, nActions: 4 })).toThrow(
      /nStates × nActions = 4000000000 is above the limit of 16777216/,
    );
  });

  it('obsDim 1e9 is refused before any allocation', () => {
    expect(() => new ReinforceAgent({ nActions: 2, obsDim: 1e9 })).toThrow(/obsDim: .*at most 4096/);
  });

  it('a saved file with nStates 1e9 is refused as a format error naming the field', () => {
    const s = JSON.parse(JSON.stringify(new QLearningAgent({ nStates: 4, nActions: 4 })));
    s.config.nStates = 1e9;
    expect(() => loadAgent(s)).toThrow(AgentFormatError);
    expect(() => loadAgent(s)).toThrow(/nStates × nActions = 4000000000 is above the limit/);
  });
});
