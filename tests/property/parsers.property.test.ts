/**
 * Issue 9, item 23: property tests of everything that reads user input. Random inputs must be
 * accepted, or refused with one of the project's own errors and a message of bounded length. They
 * never crash with another error, never hang, and never build unbounded output.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AgentFormatError,
  IncompatibleAgentError,
  loadAgent,
  QLearningAgent,
  ReinforceAgent,
  SarsaAgent,
} from '../../src/agents/index.ts';
import { parseCliArgs, UsageError } from '../../src/cli/args.ts';
import { MazeLayoutError, parseMazeLayout } from '../../src/envs/index.ts';
import { jumpSettingsSchema } from '../../src/state/jump-settings.ts';
import { lorenzSettingsSchema } from '../../src/state/lorenz-settings.ts';
import { createMazeSettings, mazeSettingsSchema } from '../../src/state/maze-settings.ts';
import { rdSettingsSchema } from '../../src/state/rd-settings.ts';
import { memoryStorage } from '../../src/state/settings-store.ts';

/** Messages stay short whatever the input's size: nothing is echoed in full. */
const MAX_MESSAGE = 2000;

/** Run `f`; it may return or throw one of `allowed`, with a bounded message. Anything else fails. */
function acceptedOrRefused(f: () => unknown, allowed: (new (...a: never[]) => Error)[]): void {
  try {
    f();
  } catch (e) {
    if (!allowed.some((C) => e instanceof C)) throw e;
    expect((e as Error).message.length).toBeLessThan(MAX_MESSAGE);
    expect((e as Error).message).not.toBe('');
  }
}

const RUNS = { numRuns: 300 };

describe('the maze layout parser', () => {
  const tile = fc.constantFrom('#', '.', 'S', 'G', 'C', 'x', ' ', '😀', '\t');
  const row = fc.array(tile, { maxLength: 30 }).map((cs) => cs.join(''));

  it('accepts or refuses random grids with a MazeLayoutError', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        acceptedOrRefused(() => parseMazeLayout(rows), [MazeLayoutError]);
      }),
      RUNS,
    );
  });

  it('refuses anything that is not an array of strings, or an unknown preset, the same way', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(fc.anything(), { maxLength: 5 })), (layout) => {
        acceptedOrRefused(() => parseMazeLayout(layout as string[]), [MazeLayoutError]);
      }),
      RUNS,
    );
  });

  it('an accepted grid has exactly one S and one G, reachable from each other', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (rows) => {
        let layout: ReturnType<typeof parseMazeLayout>;
        try {
          layout = parseMazeLayout(rows);
        } catch {
          return;
        }
        expect(rows.join('').split('S')).toHaveLength(2);
        expect(rows.join('').split('G')).toHaveLength(2);
        expect(layout.start).not.toBe(layout.goal);
      }),
      RUNS,
    );
  });
});

describe('the settings schemas and stores', () => {
  const schemas = {
    maze: mazeSettingsSchema,
    jump: jumpSettingsSchema,
    lorenz: lorenzSettingsSchema,
    rd: rdSettingsSchema,
  };

  it.each(Object.entries(schemas))('%s: safeParse never throws on any value', (_name, schema) => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const r = schema.safeParse(value);
        if (!r.success) expect(r.error.issues.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('a store over random stored text starts, and update() refuses with a message, never a throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.json()),
        fc.dictionary(fc.string(), fc.jsonValue()),
        (stored, patch) => {
          const storage = memoryStorage();
          storage.setItem('rl-playground/maze-settings', stored);
          const store = createMazeSettings(storage);
          expect(mazeSettingsSchema.safeParse(stripActions(store.getState())).success).toBe(true);
          const refusal = store.getState().update(patch as never);
          if (refusal !== null) expect(refusal.length).toBeLessThan(MAX_MESSAGE);
          expect(mazeSettingsSchema.safeParse(stripActions(store.getState())).success).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});

function stripActions(state: object): object {
  const { update: _u, resetSettings: _r, ...rest } = state as Record<string, unknown>;
  return rest;
}

describe('the saved-agent loader', () => {
  const saved = [
    new QLearningAgent({ nStates: 4, nActions: 2, seed: 1 }).toJSON(),
    new SarsaAgent({ nStates: 3, nActions: 4, seed: 2 }).toJSON(),
    new ReinforceAgent({ nActions: 2, obsDim: 2, seed: 3 }).toJSON(),
  ];

  /** Every JSON path of a value, as key arrays. */
  function paths(v: unknown, prefix: (string | number)[] = []): (string | number)[][] {
    if (v === null || typeof v !== 'object') return [prefix];
    const keys = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
    return [prefix, ...keys.flatMap((k) => paths((v as Record<string, unknown>)[k], [...prefix, k]))];
  }

  function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
    if (path.length === 0) return value;
    const copy = structuredClone(root) as Record<string | number, unknown>;
    let node = copy;
    for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
    node[path[path.length - 1]] = value;
    return copy;
  }

  const mutated = fc
    .constantFrom(...saved)
    .chain((s) => fc.tuple(fc.constant(s), fc.constantFrom(...paths(s)), fc.jsonValue({ maxDepth: 2 })))
    .map(([s, path, value]) => setAt(s, path, value));

  it('a file with one field replaced is loaded or refused with an AgentFormatError; a loaded one saves and loads again', () => {
    fc.assert(
      fc.property(mutated, (json) => {
        let agent: ReturnType<typeof loadAgent> | undefined;
        acceptedOrRefused(() => {
          agent = loadAgent(json);
        }, [AgentFormatError, IncompatibleAgentError]);
        if (!agent) return;
        expect(loadAgent(JSON.stringify(agent.toJSON())).kind).toBe(agent.kind);
        // A loaded agent acts: its generator draws real numbers, so every action is a valid index.
        if (agent instanceof ReinforceAgent || agent.kind === 'actor-critic') {
          for (let i = 0; i < 20; i++) expect(agent.act(new Float64Array([0.5, 1]))).toBeOneOf([0, 1]);
        } else {
          agent.params.epsilon = 1;
          for (let i = 0; i < 20; i++) {
            const a = agent.act(0);
            expect(Number.isInteger(a) && a >= 0 && a < agent.nActions).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('random text and random JSON are refused with an AgentFormatError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.anything()), (input) => {
        acceptedOrRefused(() => loadAgent(input), [AgentFormatError]);
      }),
      RUNS,
    );
  });

  it('a huge array of junk costs one bounded message', () => {
    const json = structuredClone(saved[0]) as unknown as { state: { q: unknown[] } };
    json.state.q = new Array(200_000).fill('NaN');
    expect(() => loadAgent(json)).toThrow(AgentFormatError);
    expect(() => loadAgent(json)).toThrow(/state\.q\.0: must be a finite number, got "NaN"$/);
  });
});

describe('the CLI argument parser', () => {
  const valueFlags = [
    '--env',
    '--agent',
    '--layout',
    '--max-steps',
    '--episodes',
    '--seed',
    '--epsilon',
    '--alpha',
    '--gamma',
    '--lr',
    '--batch',
    '--baseline',
    '--in',
    '--out',
    '--log',
    '--eval',
  ];
  const booleanFlags = ['--force', '--no-progress', '--json', '-h', '--help', '--bogus', '--', '-x'];
  const value = fc.oneof(
    fc.string(),
    fc.constantFrom(
      '0',
      '1',
      '-1',
      '0x10',
      '1e-400',
      '1e308',
      'NaN',
      'Infinity',
      ' 0.5',
      '',
      'toString',
      '__proto__',
      '9007199254740993',
      '99999999999999999999',
      'maze',
      'jump',
      'q',
      'reinforce',
      'mean',
    ),
    fc.integer().map(String),
    fc.double().map(String),
  );
  /** Mostly well-formed flag/value pairs, so that many argv get past the first refusal. */
  const token = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...valueFlags), value) },
    { weight: 1, arbitrary: fc.constantFrom(...booleanFlags).map((f) => [f]) },
    { weight: 1, arbitrary: value.map((v) => [v]) },
  );
  const argv = fc.array(token, { maxLength: 5 }).map((ts) => ts.flat());

  it('parses or refuses any argv with a UsageError', () => {
    fc.assert(
      fc.property(argv, (args) => {
        acceptedOrRefused(() => parseCliArgs(args), [UsageError]);
      }),
      { numRuns: 1000 },
    );
  });

  it('whatever it accepts is in range', () => {
    fc.assert(
      fc.property(argv, (args) => {
        let a: ReturnType<typeof parseCliArgs>;
        try {
          a = parseCliArgs(args);
        } catch {
          return;
        }
        expect(Number.isSafeInteger(a.episodes) && a.episodes >= 0).toBe(true);
        expect(Number.isSafeInteger(a.eval) && a.eval >= 0).toBe(true);
        for (const p of [a.epsilon, a.alpha, a.gamma])
          if (p !== undefined) expect(p >= 0 && p <= 1).toBe(true);
        if (a.lr !== undefined) expect(Number.isFinite(a.lr) && a.lr > 0).toBe(true);
        if (typeof a.seed === 'number') expect(Number.isSafeInteger(a.seed)).toBe(true);
        if (a.env !== undefined) expect(['GridMaze-v0', 'JumpHole-v0']).toContain(a.env);
        if (a.agent !== undefined) expect(['q-learning', 'sarsa', 'reinforce']).toContain(a.agent);
        for (const p of [a.in, a.out, a.log, a.layout]) if (p !== undefined) expect(p).not.toBe('');
      }),
      { numRuns: 1000 },
    );
  });
});
