import { describe, expect, it } from 'vitest';
import { catalogOf } from '../../../src/i18n/language.ts';
import { mazeCompareBase } from '../../../src/play/compare/spec.ts';
import { pairedVerdict } from '../../../src/play/compare/verdict.ts';
import { MAZE_SETTINGS_DEFAULTS } from '../../../src/state/maze-settings.ts';
import { problemText, timeLeft, verdictLines } from '../../../src/ui/compare/words.ts';

const en = catalogOf('en').compare;
const ja = catalogOf('ja').compare;

describe('verdict in words', () => {
  it('a real difference: its size without sign, its interval, the runs, and which is better', () => {
    // d = [1, 2, 3, 2]: 2 ± 1.299 (see verdict.test.ts).
    const v = pairedVerdict([10, 10, 10, 10], [11, 12, 13, 12]);
    const lines = verdictLines(en, v, 'steps', 200);
    expect(lines[0]).toBe(
      "B's mean steps per episode is higher by 2 ± 1.3 (95 % CI, n = 4 runs): a real difference.",
    );
    // More steps per episode is worse: A is the better one.
    expect(lines[1]).toBe('A is the better one on this measure.');
    expect(lines[2]).toContain('over its 200 episodes');
    expect(verdictLines(en, v, 'return', 200)[1]).toBe('B is the better one on this measure.');
  });

  it('no clear difference, identical numbers, too few runs', () => {
    expect(verdictLines(en, pairedVerdict([0, 0, 0, 0], [1, -1, 2, -2]), 'return', 10)[0]).toMatch(
      /^B − A = 0 ± 2\.\d \(95 % CI\): the interval holds 0, so there is no clear difference at 4 runs\./,
    );
    expect(verdictLines(en, pairedVerdict([1, 2, 3], [1, 2, 3]), 'success', 10)[0]).toBe(
      'A and B gave exactly the same numbers in all 3 runs: here this change makes no difference at all.',
    );
    expect(verdictLines(en, pairedVerdict([1], [2]), 'success', 10)[0]).toBe(en.verdict.tooFew);
    expect(verdictLines(ja, pairedVerdict([5, 6, 7, 8, 9], [3, 4, 5, 6, 7.5]), 'success', 10)[0]).toBe(
      'B の平均成功率のほうが 1.9 ± 0.28 低い（95 % 信頼区間、n = 5 試行）: 本物の差です。',
    );
  });

  it('why a choice cannot run, and the time left', () => {
    const base = mazeCompareBase(MAZE_SETTINGS_DEFAULTS);
    const ok = { param: 'nSteps', value: 2, runs: 20, episodes: 100, metric: 'steps' } as const;
    // Q-learning has no n: that setting is not its own.
    expect(problemText(en, base, ok)).toBe(en.problems.param);
    const alpha = { ...ok, param: 'alpha' } as const;
    expect(problemText(en, base, { ...alpha, value: 2 })).toBe('B must be a number from 0 to 1.');
    expect(problemText(en, base, { ...alpha, value: 0.3 })).toBe('');
    expect(problemText(en, base, { ...alpha, value: 0.3, runs: 1 })).toBe(
      'Runs: a whole number from 2 to 1000.',
    );
    expect(timeLeft(200, en)).toBe('1 s');
    expect(timeLeft(89_500, en)).toBe('90 s');
    expect(timeLeft(90_000, en)).toBe('2 min');
    expect(timeLeft(90_000, ja)).toBe('2 分');
  });
});
