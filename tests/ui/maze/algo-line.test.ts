/**
 * The HUD's line for the algorithm's own state: outside Turbo the page's agent's numbers; in Turbo
 * (where the traces, the model and the window live in the worker and the page's copy is stale) a
 * plain line saying where they are shown, and Double Q's heat map on Q₁ + Q₂ (the mirrored table).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { DoubleQAgent } from '../../../src/agents/double-q.ts';
import { makeAgent } from '../../../src/agents/index.ts';
import { makeEnv } from '../../../src/envs/index.ts';
import { setLanguage } from '../../../src/i18n/language.ts';
import type { MazeAgent } from '../../../src/play/maze/agent-file.ts';
import { algoLine } from '../../../src/scenes/maze/algo-overlay.ts';
import { shownQ, tableOf } from '../../../src/scenes/maze/algo-state.ts';

const agent = (kind: Parameters<typeof makeAgent>[0]) =>
  makeAgent(kind, makeEnv('GridMaze-v0', { layout: 'small' })) as MazeAgent;

describe('maze algorithm line in and out of Turbo', () => {
  beforeEach(() => setLanguage('en'));

  it('names the numbers outside Turbo and says where to see them in Turbo', () => {
    const cases: [Parameters<typeof makeAgent>[0], RegExp, RegExp][] = [
      [
        'sarsa-lambda',
        /^traces e\(s, a\) \(0 traced\)$/,
        /^traces e\(s, a\) live in the worker: shown outside Turbo$/,
      ],
      ['dyna-q', /^planning updates 0 · model knows 0 pairs$/, /^the Dyna model lives in the worker/],
      ['n-step-sarsa', /^n-step window 0\/\d+$/, /^the n-step window lives in the worker/],
    ];
    for (const [kind, off, on] of cases) {
      expect(algoLine(agent(kind), undefined, false)).toMatch(off);
      expect(algoLine(agent(kind), undefined, true)).toMatch(on);
    }
    expect(algoLine(agent('q-learning'), undefined, true)).toBe('');
  });

  it('shows Double Q’s Q₁ outside Turbo and Q₁ + Q₂ in Turbo, and says so', () => {
    const a = agent('double-q') as DoubleQAgent & MazeAgent;
    expect(shownQ(a, 'q1')).toBe(a.q1);
    expect(shownQ(a, 'q1', true)).toBe(a.q);
    expect(tableOf(a, 'q2', true)).toBe('sum');
    expect(algoLine(a, tableOf(a, 'q1'))).toBe('heat and arrows: Q₁');
    expect(algoLine(a, tableOf(a, 'q1', true), true)).toMatch(/· Q₁ and Q₂ alone outside Turbo$/);
    setLanguage('ja');
    expect(algoLine(agent('sarsa-lambda'), undefined, true)).toMatch(/ターボ/);
  });
});
