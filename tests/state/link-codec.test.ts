/** Settings in a link and back: only what differs, each value checked alone, own keys only. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MAX_LINK_SETTINGS_CHARS, paramsToSettings, settingsToParams } from '../../src/state/link-codec.ts';

const schema = z.object({
  epsilon: z.number().min(0).max(1),
  seed: z.number().int().min(0),
  agentKind: z.enum(['q-learning', 'sarsa']),
  showTrail: z.boolean(),
});
type S = z.infer<typeof schema>;
const defaults: S = { epsilon: 0.1, seed: 0, agentKind: 'q-learning', showTrail: true };
const keys = ['epsilon', 'seed', 'agentKind', 'showTrail'] as const;

describe('settingsToParams', () => {
  it('writes only the settings that differ from the defaults', () => {
    expect(settingsToParams(defaults, defaults, keys).toString()).toBe('');
    const values: S = { epsilon: 0.30000000000000004, seed: 7, agentKind: 'sarsa', showTrail: false };
    expect(settingsToParams(values, defaults, keys).toString()).toBe(
      'epsilon=0.30000000000000004&seed=7&agentKind=sarsa&showTrail=0',
    );
  });

  it('round-trips every value exactly', () => {
    const values: S = { epsilon: 1 / 3, seed: 2 ** 40, agentKind: 'sarsa', showTrail: false };
    const back = paramsToSettings(settingsToParams(values, defaults, keys), schema, defaults, keys);
    expect(back.problems).toEqual([]);
    expect({ ...defaults, ...back.values }).toEqual(values);
  });
});

describe('paramsToSettings', () => {
  it('keeps the good values and reports each bad or unknown one with its default', () => {
    const params = new URLSearchParams(
      'epsilon=5&seed=3&agentKind=dqn&showTrail=maybe&__proto__=1&constructor=x&bogus=1&seed2=',
    );
    const { values, problems } = paramsToSettings(params, schema, defaults, keys);
    expect(values).toEqual({ seed: 3 });
    expect(problems).toEqual([
      { kind: 'invalid', key: 'epsilon', value: '5', fallback: '0.1' },
      { kind: 'invalid', key: 'agentKind', value: 'dqn', fallback: 'q-learning' },
      { kind: 'invalid', key: 'showTrail', value: 'maybe', fallback: '1' },
      { kind: 'unknown', key: '__proto__' },
      { kind: 'unknown', key: 'constructor' },
      { kind: 'unknown', key: 'bogus' },
      { kind: 'unknown', key: 'seed2' },
    ]);
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
  });

  it('refuses empty, non-numeric and non-finite numbers', () => {
    for (const bad of ['', ' ', 'abc', 'Infinity', 'NaN', '1e999']) {
      const { values, problems } = paramsToSettings(
        new URLSearchParams({ epsilon: bad }),
        schema,
        defaults,
        keys,
      );
      expect(values, bad).toEqual({});
      expect(problems[0]?.kind, bad).toBe('invalid');
    }
  });

  it('leaves out the parameters another reader handles', () => {
    const { values, problems } = paramsToSettings(
      new URLSearchParams('layout=abc&seed=2'),
      schema,
      defaults,
      keys,
      ['layout'],
    );
    expect(values).toEqual({ seed: 2 });
    expect(problems).toEqual([]);
  });

  it('refuses settings longer than the cap as a whole', () => {
    const params = new URLSearchParams({ seed: '1', junk: 'x'.repeat(MAX_LINK_SETTINGS_CHARS) });
    expect(paramsToSettings(params, schema, defaults, keys)).toEqual({
      values: {},
      problems: [{ kind: 'too-long', limit: MAX_LINK_SETTINGS_CHARS }],
    });
  });
});
