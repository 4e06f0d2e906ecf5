import { describe, expect, it } from 'vitest';
import type { DoubleQAgent } from '../../src/agents/double-q.ts';
import type { TabularAgentKind } from '../../src/agents/types.ts';
import { generateMaze } from '../../src/envs/maze-generator.ts';
import { fusedAdvance } from '../../src/train/fused/index.ts';
import { expectSame, fused, generic, side } from './fused-helpers.ts';

const KINDS: TabularAgentKind[] = ['q-learning', 'sarsa', 'expected-sarsa', 'double-q', 'dyna-q'];
/** Dyna-Q runs fused only with n = 0. */
const own = (kind: TabularAgentKind) => (kind === 'dyna-q' ? { planningSteps: 0 } : {});

const MAZES: [string, Record<string, unknown>][] = [
  ['bench10', { layout: 'bench10' }],
  ['cliff-book', { layout: 'cliff-book' }],
  ['a generated 15×11 maze', { layout: generateMaze(15, 11, 3) }],
  ['bench10 cut at 30 steps (truncation)', { layout: 'bench10', maxEpisodeSteps: 30 }],
];

describe('fused kernel: bit-identical to the generic runner', () => {
  for (const kind of KINDS) {
    for (const [name, envOptions] of MAZES) {
      it(`${kind} on ${name}: same Q, generator, episodes, saved agent and runner after 40 000 steps`, () => {
        const a = side(kind, envOptions, own(kind));
        const b = side(kind, envOptions, own(kind));
        generic(a, 40_000);
        fused(b, 40_000);
        expect(a.episodes.length).toBeGreaterThan(5);
        expectSame(a, b);
      });
    }

    it(`${kind}: uneven chunks (1, 7, 1000, 3, 2500) and generic/fused chunks interleaved`, () => {
      const envOptions = { layout: 'cliff-book', maxEpisodeSteps: 40 };
      const a = side(kind, envOptions, own(kind));
      const b = side(kind, envOptions, own(kind));
      const c = side(kind, envOptions, own(kind));
      generic(a, 20_000);
      fused(b, 20_000, [1, 7, 1000, 3, 2500]);
      const sizes = [1, 5, 7, 300, 1, 1000, 13];
      for (let done = 0, k = 0; done < 20_000; k++) {
        const n = Math.min(sizes[k % sizes.length], 20_000 - done);
        if (k % 2 === 0) generic(c, n);
        else fused(c, n);
        done += n;
      }
      expectSame(a, b);
      expectSame(a, c);
    });

    it(`${kind}: live ε, α, γ changes between chunks apply at the same step; an ε schedule moves alike`, () => {
      const options = {
        ...own(kind),
        epsilonSchedule: { kind: 'linear', floor: 0.02, episodes: 40 } as const,
      };
      const a = side(kind, { layout: 'bench10', maxEpisodeSteps: 200 }, options);
      const b = side(kind, { layout: 'bench10', maxEpisodeSteps: 200 }, options);
      const change = [
        { epsilon: 0.5, alpha: 0.3 },
        { gamma: 0.99 },
        { epsilon: 0.05, alpha: 0.05, gamma: 0.8 },
      ];
      generic(a, 3_001);
      fused(b, 3_001, [999, 2002]);
      for (const params of change) {
        Object.assign(a.agent.params, params);
        Object.assign(b.agent.params, params);
        generic(a, 4_003);
        fused(b, 4_003, [17, 4_000]);
        expectSame(a, b);
      }
      expect(b.agent.currentEpsilon).toBe(0.02);
    });
  }

  it('runs seedEpisodes runners (as Turbo does) and optimistic initial values (many ties) alike', () => {
    for (const kind of KINDS) {
      const opts = { ...own(kind), initialQ: 1 };
      const a = side(kind, { layout: 'small' }, opts, { seed: 'x', seedEpisodes: true });
      const b = side(kind, { layout: 'small' }, opts, { seed: 'x', seedEpisodes: true });
      generic(a, 10_000);
      fused(b, 10_000, [333]);
      expectSame(a, b);
    }
  });

  it('keeps Double Q’s q equal to q1 + q2, and a SARSA commitment crosses a chunk boundary', () => {
    const a = side('double-q', { layout: 'bench10' });
    const b = side('double-q', { layout: 'bench10' });
    generic(a, 5_000);
    fused(b, 5_000, [77]);
    const d = b.agent as DoubleQAgent;
    for (let i = 0; i < d.q.length; i++) expect(d.q[i]).toBe(d.q1[i] + d.q2[i]);
    expectSame(a, b);

    const s = side('sarsa', { layout: 'bench10' });
    fused(s, 1);
    const { committedAction, committedState } = s.agent.kernelState();
    expect(committedAction).toBeGreaterThanOrEqual(0);
    expect(committedState).toBe(s.runner.observation);
  });

  it('stops at maxEpisodes at an episode boundary and reports the steps taken', () => {
    const a = side('q-learning', { layout: 'small' });
    const b = side('q-learning', { layout: 'small' });
    a.runner.run({ episodes: 3 });
    const taken = fusedAdvance(b.runner, 1e9, { maxEpisodes: 3 });
    expect(taken).toBe(a.runner.steps);
    expect(b.runner.inEpisode).toBe(false);
    expectSame(a, b);
  });
});
