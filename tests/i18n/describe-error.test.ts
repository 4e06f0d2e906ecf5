/**
 * Issue 10: errors below the app layer carry a code and values, and describeError words them in
 * the current language (from src/i18n/{en,ja}/errors.ts). One real error from each layer (envs,
 * agents, train), every code with sample values in both languages, and the fall-backs.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AgentFormatError, loadAgent, QLearningAgent } from '../../src/agents/index.ts';
import { isCoded } from '../../src/core/coded-error.ts';
import { EnvOptionError, JumpHoleEnv, MazeLayoutError, parseMazeLayout } from '../../src/envs/index.ts';
import { describeError } from '../../src/i18n/describe-error.ts';
import type { ErrorCode, ErrorValues } from '../../src/i18n/error-values.ts';
import { catalogOf, setLanguage } from '../../src/i18n/index.ts';
import { FileError, NonFiniteTableError } from '../../src/train/errors.ts';
import { readTextCapped } from '../../src/train/files.ts';
import { assertFiniteTable } from '../../src/train/finite-table.ts';
import { englishWords } from '../e2e/english.ts';

afterEach(() => setLanguage('en'));

/** Run `f`, which must throw, and return what it threw. */
function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/**
 * Latin words left in a Japanese message once the values it quotes (names, paths, option names)
 * and the identifiers of the saved-agent format are taken out: there must be none.
 */
function englishLeft(text: string, values: unknown): string[] {
  let rest = text;
  const strings = JSON.stringify(values).match(/"(?:[^"\\]|\\.)*"/g) ?? [];
  for (const s of strings.map((q) => JSON.parse(q) as string).sort((a, b) => b.length - a.length)) {
    if (s.length > 1) rest = rest.split(s).join(' ');
  }
  const identifiers =
    /\b(JumpHole-v0|GridMaze-v0|maxEpisodeSteps|holeStartMin|holeStartMax|holeWidth|jumpVelocity|speed|gravity|dt|nStates|nActions|featureDim|obsDim|initialTheta|JSON|FIFO|MiB|REINFORCE|SARSA|Discrete|Box|NaN)\b/g;
  return englishWords(
    rest
      .replace(/\w+\(\w*\)/g, ' ') // calls and types: reset(), Discrete(n)
      .replace(/\w+ = /g, ' ') // parameters as written: episodes = -1
      .replace(identifiers, ' ')
      .replace(/\^-?\d+/g, ' '),
  );
}

describe('a coded error from each layer, worded in both languages', () => {
  it('envs: a maze layout with an unknown tile', () => {
    const e = thrown(() => parseMazeLayout(['S..', '.X.', '..G']));
    expect(e).toBeInstanceOf(MazeLayoutError);
    expect(e).toMatchObject({ code: 'maze-unknown-tile', values: { tile: 'X', row: 1, col: 1 } });
    expect(describeError(e)).toBe('unknown tile "X" at (row 1, col 1) (0-based); allowed: . # S G C');
    setLanguage('ja');
    expect(describeError(e)).toBe(
      '1 行 1 列（0 から数えます）に使えないマス「X」があります。使えるのは . # S G C です。',
    );
  });

  it('envs: an env option out of range keeps its option name and RangeError kind', () => {
    const e = thrown(() => new JumpHoleEnv({ gravity: -20 }));
    expect(e).toBeInstanceOf(EnvOptionError);
    expect(e).toBeInstanceOf(RangeError);
    expect(e).toMatchObject({
      option: 'gravity',
      code: 'env-option-too-small',
      values: { value: -20, min: 0 },
    });
    expect(describeError(e)).toBe('JumpHole-v0: option gravity must be > 0, got -20');
    setLanguage('ja');
    expect(describeError(e)).toBe(
      'JumpHole-v0 のオプション gravity は 0 より大きい値にしてください（-20 が指定されました）。',
    );
  });

  it('agents: a live parameter out of range (the value is kept)', () => {
    const agent = new QLearningAgent({ nStates: 2, nActions: 2, epsilon: 0.1 });
    const e = thrown(() => {
      agent.params.epsilon = 5;
    });
    expect(e).toBeInstanceOf(RangeError);
    expect(e).toMatchObject({
      code: 'param-out-of-range',
      values: { name: 'epsilon', value: 5, min: 0, max: 1, kept: '0.1' },
    });
    expect((e as Error).message).toBe('params.epsilon: 5 is outside [0, 1] (kept 0.1)');
    expect(describeError(e)).toBe('params.epsilon: 5 is outside [0, 1] (kept 0.1)');
    expect(agent.params.epsilon).toBe(0.1);
    setLanguage('ja');
    expect(describeError(e)).toBe('探索率 ε の値 5 は範囲 [0, 1] の外です（0.1 のままにしました）。');
  });

  it('agents: a saved agent with problems lists each at its JSON path', () => {
    const e = thrown(() => loadAgent('{"format":"rl-playground-agent","version":1,"kind":"q-learning"}'));
    expect(e).toBeInstanceOf(AgentFormatError);
    expect((e as AgentFormatError).code).toBe('saved-agent-invalid');
    expect(describeError(e)).toMatch(/^config: missing \(expected an object\); params: missing/);
    setLanguage('ja');
    expect(describeError(e)).toMatch(/^config: ありません（オブジェクトが必要です）。params: ありません/);
  });

  it('train: a file that cannot be read, and a Q-table that turned non-finite', () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'rl-describe-')), 'nope.json');
    const file = thrown(() => readTextCapped(missing, 1024, '/'));
    expect(file).toBeInstanceOf(FileError);
    expect(file).toMatchObject({ code: 'file-unreadable', values: { path: missing, reason: 'ENOENT' } });
    const agent = new QLearningAgent({ nStates: 2, nActions: 4 });
    agent.q[5] = Number.NaN;
    const table = thrown(() => assertFiniteTable(agent, 7));
    expect(table).toBeInstanceOf(NonFiniteTableError);
    expect(table).toMatchObject({
      values: { episode: 7, state: 1, action: 1, actionName: 'right', value: 'NaN' },
    });
    expect(describeError(file)).toBe(`${missing}: cannot read the file (ENOENT)`);
    expect(describeError(table)).toMatch(
      /^training stopped by episode 7: Q\(state 1, action 1 \(right\)\) became NaN/,
    );
    setLanguage('ja');
    expect(describeError(file)).toBe(`${missing}: ファイルを読めません（ENOENT）。`);
    expect(describeError(table)).toMatch(
      /^エピソード 7 までに Q\(状態 1, 行動 1（右）\) が NaN になったので、学習を止めました/,
    );
  });
});

describe('describeError', () => {
  it('words the plain data of a coded error (as a worker posts it) like the error itself', () => {
    const e = thrown(() => parseMazeLayout(['S..', '...']));
    expect(isCoded(e)).toBe(true);
    const data = structuredClone({
      code: (e as MazeLayoutError).code,
      values: (e as MazeLayoutError).values,
    });
    setLanguage('ja');
    expect(describeError(data)).toBe(describeError(e));
    expect(describeError(data)).toBe('ゴール G がありません。');
  });

  it('keeps the message of an error without a known code, and of anything else', () => {
    setLanguage('ja');
    expect(describeError(new Error('boom'))).toBe('boom');
    expect(describeError(Object.assign(new Error('odd'), { code: 'no-such-code', values: {} }))).toBe('odd');
    expect(describeError({ code: 'toString', values: {} })).toBe('[object Object]');
    expect(describeError('plain')).toBe('plain');
  });
});

/** One sample of every code's values: a new code without a sample here fails the type check. */
const SAMPLES: { [C in ErrorCode]: ErrorValues[C] } = {
  'maze-unknown-preset': { name: 'huge', presets: ['small', 'bench10', 'large', 'cliff'] },
  'maze-empty': {},
  'maze-too-tall': { rows: 2000, max: 1001 },
  'maze-too-wide': { width: 2000, max: 1001 },
  'maze-row-not-text': { row: 2, type: 'number' },
  'maze-ragged': { row: 2, length: 3, width: 4 },
  'maze-unknown-tile': { tile: 'x', row: 1, col: 2, allowed: ['.', '#', 'S', 'G', 'C'] },
  'maze-duplicate-tile': { tile: 'S', first: { row: 0, col: 0 }, second: { row: 2, col: 1 } },
  'maze-missing-tile': { tile: 'G' },
  'maze-unreachable': { goal: { row: 1, col: 4 }, start: { row: 0, col: 0 } },
  'env-option-not-number': { env: 'GridMaze-v0', option: 'goalReward', value: '"abc"' },
  'env-option-out-of-range': { env: 'JumpHole-v0', option: 'clearReward', value: 1e300, min: -1e6, max: 1e6 },
  'env-option-too-small': { env: 'JumpHole-v0', option: 'speed', value: -1, min: 0, inclusive: false },
  'env-option-too-large': { env: 'JumpHole-v0', option: 'speed', value: 1e308, max: 1000 },
  'jump-hole-order': { holeStartMin: 3, holeStartMax: 2 },
  'jump-hole-too-wide': { holeWidth: 5, jumpLength: 4.8, window: -0.2, stepRun: 0.1 },
  'env-unknown': { id: 'CartPole-v1', known: ['GridMaze-v0', 'JumpHole-v0'] },
  'time-limit-invalid': { value: '0' },
  'maze-size-invalid': { name: 'height', value: '8', min: 5, max: 1001 },
  'discrete-size-invalid': { value: '0' },
  'box-shape-invalid': { value: '-1' },
  'box-bound-nan': { index: 1, low: 'NaN', high: '1' },
  'box-bounds-reversed': { index: 0, low: '2', high: '1' },
  'box-length-mismatch': { name: 'low', length: 3, size: 2 },
  'env-step-before-reset': { env: 'GridMaze-v0' },
  'env-step-after-end': { env: 'JumpHole-v0' },
  'env-invalid-action': { env: 'GridMaze-v0', action: '7', space: 'Discrete(4)' },
  'env-illegal-action': { env: 'MaxBias-v0', action: 5, state: 'A', legal: [0, 1] },
  'env-option-not-integer': { env: 'GridMaze-v0', option: 'changeAt.step', value: 2.5 },
  'env-option-not-object': { env: 'GridMaze-v0', option: 'changeAt', value: 'number' },
  'env-change-mismatch': {
    env: 'GridMaze-v0',
    option: 'changeAt',
    what: 'size',
    expected: '9×6',
    got: '7×7',
  },
  'env-check-failed': { env: 'ChainEnv-v0', problems: ['reward 2 is not finite'] },
  'agent-index-out-of-range': { agent: 'sarsa', what: 'next state', value: '9', n: 4 },
  'agent-observation-length': { length: 3, obsDim: 2 },
  'agent-no-legal-action': { agent: 'q-learning' },
  'dp-argument-out-of-range': { name: 'gamma', value: '1.5', min: 0, max: 1, whole: false },
  'dp-length-mismatch': { name: 'pi', length: 12, expected: 36 },
  'dp-policy-not-distribution': { state: 4, sum: '0.5' },
  'run-budget-invalid': { episodes: '-1', steps: 'undefined' },
  'turbo-no-lanes': {},
  'fused-not-applicable': {},
  'recent-window-invalid': { value: '0' },
  'series-capacity-invalid': { value: '5' },
  'atomic-file-closed': { path: '/x/agent.json', operation: 'commit' },
  'experiment-spec-invalid': { field: 'agents[0].grid.alpha', issue: 'Too small' },
  'experiment-part-refused': {
    field: 'agents[1]',
    cause: { code: 'turbo-no-lanes', values: {} },
    detail: 'Turbo training needs at least one lane',
  },
  'experiment-grid-unknown': {
    field: 'agents[0].grid.lambda',
    kind: 'q-learning',
    name: 'lambda',
    known: ['alpha'],
  },
  'experiment-too-large': { what: 'work', value: 3e9, limit: 2e9 },
  'experiment-not-finite': { condition: 'Sarsa α = 1', run: 3, episode: 12, metric: 'return' },
  'param-out-of-range': { name: 'gamma', value: 2, min: 0, max: 1, kept: '0.9' },
  'param-not-number': {
    name: 'learningRate',
    value: 'NaN',
    min: 0,
    max: Number.POSITIVE_INFINITY,
    kept: '0.01',
  },
  'param-not-integer': { name: 'batchEpisodes', value: 2.5, min: 1, max: 200, kept: '10' },
  'param-not-choice': { name: 'baseline', value: '"median"', choices: ['none', 'mean'], kept: '"mean"' },
  'param-unknown': { name: 'epsilonn', known: ['epsilon', 'alpha', 'gamma'] },
  'agent-unknown-kind': { kind: '"dqn"', known: ['q-learning', 'sarsa', 'reinforce'] },
  'agent-needs-discrete-actions': { agent: 'reinforce', env: 'Pendulum-v1', space: 'Box(1)' },
  'agent-needs-discrete-observations': { agent: 'q-learning', env: 'JumpHole-v0', space: 'Box(2)' },
  'agent-needs-vector-observations': { agent: 'reinforce', env: 'GridMaze-v0', space: 'Discrete(49)' },
  'agent-table-mismatch': {
    agent: 'sarsa',
    env: 'GridMaze-v0',
    states: 49,
    actions: 4,
    envStates: 100,
    envActions: 4,
  },
  'agent-shape-mismatch': {
    agent: 'reinforce',
    env: 'JumpHole-v0',
    obsDim: 3,
    actions: 2,
    envObsDim: 2,
    envActions: 2,
  },
  'saved-agent-invalid': {
    problems: [
      { path: ['config'], kind: 'missing', values: { expected: 'object' } },
      { path: ['params', 'gamma'], kind: 'too-big', values: { max: 1, inclusive: true, got: '2' } },
      { path: ['state', 'q', '0'], kind: 'not-finite', values: { got: '"NaN"' } },
      { path: [], kind: 'wrong-type', values: { expected: 'object', got: 'an array' } },
      { path: ['kind'], kind: 'not-one-of', values: { options: ['"q-learning"', '"sarsa"'], got: null } },
      { path: ['state', 'rng'], kind: 'rng-all-zero', values: {} },
      { path: ['state', 'rng', 's0'], kind: 'rng-fraction', values: {} },
      { path: ['state', 'rng', 'c'], kind: 'rng-carry', values: { max: 2091639 } },
      { path: ['config', 'nStates'], kind: 'table-too-large', values: { size: 4e9, max: 2 ** 26 } },
      { path: ['config'], kind: 'theta-too-large', values: { size: 2 ** 21, max: 2 ** 20 } },
      {
        path: ['state', 'q'],
        kind: 'length-mismatch',
        values: { length: 3, dims: ['nStates', 'nActions'], sizes: [2, 2] },
      },
      {
        path: ['config', 'initialTheta'],
        kind: 'initial-theta-shape',
        values: { rows: 2, featureDim: 2, lengths: [2] },
      },
      {
        path: ['config', 'features', 'centers', '0'],
        kind: 'rbf-center-length',
        values: { index: 0, length: 1, obsDim: 2 },
      },
      { path: ['config', 'features', 'width'], kind: 'rbf-width', values: { width: '0' } },
      { path: ['config', 'nActions'], kind: 'too-small', values: { min: 0, inclusive: false, got: '0' } },
    ],
    more: 2,
  },
  'saved-agent-not-json': { detail: 'Unexpected token' },
  'saved-agent-wrong-kind': { kind: 'sarsa', expected: 'reinforce' },
  'reinforce-diverged': { learningRate: 1e308, batchEpisodes: 10, gradientNorm: 61.43965 },
  'actor-critic-diverged': { learningRate: 1e308, valueLearningRate: 0.05, delta: 12.5 },
  'file-unreadable': { path: '/x/agent.json', reason: 'ENOENT' },
  'file-is-folder': { path: '/x' },
  'file-not-regular': { path: '/dev/zero', kind: 'character-device' },
  'file-too-large': { path: '/x/big.json', size: 135266304, limit: 128 * 1024 * 1024 },
  'folder-missing': { path: 'no/agent.json', folder: '/x/no' },
  'folder-not-folder': { path: 'a.txt/agent.json', folder: '/x/a.txt' },
  'file-unwritable': { path: '/x/agent.json', reason: 'EACCES' },
  'table-not-finite': {
    episode: 5,
    state: 3,
    action: 1,
    actionName: 'right',
    value: 'Infinity',
    alpha: 1,
    gamma: 1,
  },
  // The dynamics (src/dynamics/errors.ts).
  'lorenz-blow-up': { time: 1.25, dt: 0.3, sigma: 10, r: 28, b: 8 / 3 },
  'lorenz-param-not-finite': { where: 'lyapunovSpectrum', name: 'r', value: 'NaN' },
  'dynamics-not-positive': { where: 'RdOde', name: 'dt', value: '0', allowZero: false },
  'lorenz-initial-invalid': { where: 'LyapunovRun', values: '1, 2' },
  'lorenz-sweep-bounds': { from: '0', to: 'Infinity' },
  'lorenz-sweep-count': { count: '0' },
  'lorenz-sweep-param': { param: 'rho' },
  'lorenz-times-order': { times: [100, 50] },
  'lorenz-start-invalid': { start: 'random' },
  'lorenz-degenerate-frame': {},
  'rd-grid-size': { width: 0, height: 160 },
  'rd-grid-cells': { n: 0 },
  'rd-spectrum-length': { length: 10, need: 25600 },
  'rd-no-steady-state': { params: '{"a":0}' },
  'rd-unstable-dt': {
    dt: 0.0005,
    limitDt: 0.0004964,
    growthFactor: 1.015,
    substeps: 2,
    mode: { kind: 'checkerboard' as const },
    dx: 0.1,
    Du: 0.5,
    Dv: 5,
    dims: 2,
  },
  'rd-subdivided': {
    dt: 0.0005,
    limitDt: 0.0004964,
    growthFactor: 1.015,
    substeps: 2,
    mode: { kind: 'checkerboard' as const },
    dx: 0.1,
    Du: 0.5,
    Dv: 5,
    dims: 2,
  },
  'rd-unsafe-dt': {
    dt: 0.0005,
    limitDt: 0.0004964,
    growthFactor: 1.015,
    substeps: 2,
    mode: { kind: 'checkerboard' as const },
    dx: 0.1,
    Du: 0.5,
    Dv: 5,
    dims: 2,
  },
  'rd-blow-up': {
    t: 0.75,
    steps: 1500,
    field: 'v',
    value: 'NaN',
    x: 3,
    y: 4,
    stability: {
      dt: 0.0005,
      limitDt: 0.0004964,
      growthFactor: 1.015,
      substeps: 2,
      mode: { kind: 'checkerboard' as const },
      dx: 0.1,
      Du: 0.5,
      Dv: 5,
      dims: 2,
    },
  },
  'rd-ode-blow-up': { t: 0.5, u: 'Infinity', v: '-3' },
};

describe('every code has words in both languages', () => {
  const en = catalogOf('en').errors.codes as Record<string, (v: unknown) => string>;
  const ja = catalogOf('ja').errors.codes as Record<string, (v: unknown) => string>;

  it('the catalogs and the samples cover the same codes', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.entries(SAMPLES))('%s', (code, values) => {
    const english = en[code](values);
    const japanese = ja[code](values);
    expect(english.length).toBeGreaterThan(5);
    expect(englishWords(english).length).toBeGreaterThan(0);
    expect(japanese).toMatch(JAPANESE);
    expect(japanese).toMatch(/。$/);
    expect(englishLeft(japanese, values)).toEqual([]);
    setLanguage('ja');
    expect(describeError({ code, values })).toBe(japanese);
  });
});

describe('below the app layer, errors carry codes and no words', () => {
  const files = ['envs', 'agents', 'train'].flatMap((layer) =>
    readdirSync(join('src', layer), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join('src', layer, f)),
  );

  it('no module in src/envs, src/agents or src/train throws an uncoded Error, RangeError or TypeError', () => {
    const uncoded = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter((line) => /new (Range|Type)?Error\(/.test(line) && !/^\s*(\*|\/\/)/.test(line))
        .map((line) => `${f}: ${line.trim()}`),
    );
    expect(uncoded).toEqual([]);
  });

  it('none of them imports the catalogs', () => {
    expect(files.filter((f) => /from '[./]*\/i18n\//.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
});
