/**
 * The cell inspector's wording: the Q table with the greedy action marked, the visits, the trace for
 * the λ methods, and the last update written out with hand-worked numbers, its target worded per
 * algorithm, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { catalogOf } from '../../../src/i18n/language.ts';
import {
  type CellFacts,
  inspectCell,
  inspectNumber,
  lastUpdate,
} from '../../../src/ui/maze/inspector-text.ts';

const en = catalogOf('en');
const ja = catalogOf('ja');

/** Q(s, →) was 0.5; the target r + γ·max Q(s′,·) = 0 + 0.9 × 0.9 = 0.81; δ = 0.31; α = 0.25. */
const update = {
  action: 1,
  target: 0.81,
  tdError: 0.31,
  alpha: 0.25,
  before: 0.5,
  after: 0.5775,
  updates: 3,
};

const facts = (over: Partial<CellFacts> = {}): CellFacts => ({
  row: 1,
  col: 2,
  tile: 'floor',
  kind: 'q-learning',
  q: [0.1, 0.5775, 0.2, 0.5775],
  trace: null,
  visits: 1234,
  last: update,
  ...over,
});

describe('cell inspector wording', () => {
  it('writes a Q-learning update out: target by its formula, δ = target − Q, and Q + α·δ', () => {
    // 0.5 + 0.25 × 0.31 = 0.5775, shown to three significant digits.
    expect(lastUpdate(en, 'q-learning', update)).toEqual([
      'Last update (3 updates so far), to Q(s, → right):',
      'target 0.81 = r + γ·max Q(s′, ·)',
      'TD error δ = target − Q = 0.81 − 0.5 = 0.31',
      'new Q = Q + α·δ = 0.5 + 0.25 × 0.31 = 0.578',
    ]);
  });

  it('words the target per algorithm (n-step names its n; λ methods spread δ by the trace)', () => {
    expect(lastUpdate(en, 'sarsa', update)[1]).toBe('target 0.81 = r + γ·Q(s′, a′) for the a′ it then took');
    expect(lastUpdate(en, 'expected-sarsa', update)[1]).toMatch(/Σ π\(a′\|s′\)·Q\(s′, a′\)/);
    expect(lastUpdate(en, 'double-q', update)[1]).toMatch(/Q_B\(s′, argmax Q_A\(s′, ·\)\)/);
    expect(lastUpdate(en, 'n-step-sarsa', update, 4)[1]).toMatch(/γ\^n·Q\(s_n, a_n\), with n = 4$/);
    expect(lastUpdate(en, 'dyna-q', update)[1]).toMatch(/of the real step \(planning updates since then/);
    expect(lastUpdate(en, 'sarsa-lambda', update)[3]).toBe(
      'Q 0.5 → 0.578 (α = 0.25; every traced cell moves by α·δ·e, δ = 0.31)',
    );
    expect(lastUpdate(en, 'q-lambda', update)[3]).toMatch(/^Q 0\.5 → 0\.578/);
    // One update: the singular.
    expect(lastUpdate(en, 'sarsa', { ...update, updates: 1 })[0]).toMatch(/\(1 update so far\)/);
  });

  it('shows Q per action with the greedy ones marked, the visits, and rows counted from 1', () => {
    const view = inspectCell(en, facts());
    expect(view.title).toBe('Cell row 2, col 3');
    expect(view.rows.map((r) => [r.action, r.q, r.greedy])).toEqual([
      ['↑ up', '0.1', false],
      ['→ right', '0.578', true],
      ['↓ down', '0.2', false],
      ['← left', '0.578', true],
    ]);
    expect(view.head?.trace).toBeNull();
    expect(view.visits).toBe('visits: 1,234');
    expect(view.last).toHaveLength(4);
  });

  it('marks nothing greedy where all Q tie, and says when there was no update yet', () => {
    const view = inspectCell(en, facts({ q: [0, 0, 0, 0], last: null }));
    expect(view.rows.some((r) => r.greedy)).toBe(false);
    expect(view.last).toEqual(['No update to this cell yet.']);
  });

  it('adds the trace column for λ methods and names the Double Q table shown', () => {
    const view = inspectCell(en, facts({ kind: 'sarsa-lambda', trace: [0, 0.81, 0, 0] }));
    expect(view.head?.trace).toBe('trace e(s, a)');
    expect(view.rows.map((r) => r.trace)).toEqual(['0', '0.81', '0', '0']);
    expect(inspectCell(en, facts({ kind: 'double-q', table: 'q2' })).head?.q).toBe('Q(s, a) · Q₂');
  });

  it('says what walls, cliffs and G are, without a table', () => {
    for (const tile of ['wall', 'cliff', 'goal'] as const) {
      const view = inspectCell(en, facts({ tile }));
      expect(view.head).toBeNull();
      expect(view.note).toBe(en.maze.lab.inspector.tiles[tile]);
    }
    expect(inspectCell(en, facts({ tile: 'start' })).note).toBe('the start S');
  });

  it('gives V*(s) when the optimal values settled, nothing otherwise', () => {
    expect(inspectCell(en, facts({ vStar: 0.9 ** 15 })).optimal).toBe('optimal value V*(s) = 0.206');
    expect(inspectCell(ja, facts({ vStar: 0.5 })).optimal).toBe('最適価値 V*(s) = 0.5');
    expect(inspectCell(en, facts()).optimal).toBeNull();
    expect(inspectCell(en, facts({ vStar: Number.NaN })).optimal).toBeNull();
    expect(inspectCell(en, facts({ tile: 'wall', vStar: 0.5 })).optimal).toBeNull();
  });

  it('speaks Japanese with the same numbers', () => {
    const lines = lastUpdate(ja, 'q-learning', update);
    expect(lines[1]).toBe('目標 0.81 = r + γ·max Q(s′, ·)');
    expect(lines[3]).toBe('新しい Q = Q + α·δ = 0.5 + 0.25 × 0.31 = 0.578');
    expect(inspectCell(ja, facts()).title).toBe('セル 2 行 3 列');
  });

  it('rounds to three significant digits, large values whole', () => {
    expect(inspectNumber(0.000496381)).toBe('0.000496');
    expect(inspectNumber(-12.345)).toBe('-12.3');
    expect(inspectNumber(-123.4)).toBe('-123');
  });
});
