/**
 * The learning lab's settings (issue 11): each algorithm's own parameters, the initial Q, the ε
 * schedule and the lab views persist in the settings store and travel in a link; links written
 * before them still open; a bad value falls back to its default with a warning naming the key.
 */
import { describe, expect, it } from 'vitest';
import { mazeLinkAddress, readMazeLink } from '../../src/state/maze-link.ts';
import {
  createMazeSettings,
  MAZE_SETTINGS_DEFAULTS,
  type MazeSettings,
} from '../../src/state/maze-settings.ts';

const defaults = MAZE_SETTINGS_DEFAULTS;
const paramsOf = (address: string) => new URLSearchParams(address.slice(address.indexOf('?') + 1));

function memory() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

const lab: Partial<MazeSettings> = {
  nSteps: 8,
  lambda: 0.8,
  traces: 'accumulating',
  planningSteps: 50,
  kappa: 0.001,
  initialQ: 5,
  epsSchedule: 'exponential',
  epsFloor: 0.05,
  epsEpisodes: 300,
  epsDecay: 0.995,
  greedyEvery: 25,
  showAlgo: false,
  qTable: 'q2',
};

describe('maze lab settings', () => {
  it('round-trip through a link, each written only when it differs from its default', () => {
    const s: MazeSettings = { ...defaults, ...lab };
    const { address } = mazeLinkAddress('maze', s);
    expect(address).toBe(
      'maze?layout=small&nSteps=8&lambda=0.8&traces=accumulating&planningSteps=50&kappa=0.001&initialQ=5&epsSchedule=exponential&epsFloor=0.05&epsEpisodes=300&epsDecay=0.995&greedyEvery=25&showAlgo=0&qTable=q2',
    );
    expect(readMazeLink(undefined, paramsOf(address))).toEqual({ settings: s, problems: [] });
  });

  it('open a link written before them with their defaults', () => {
    const read = readMazeLink(undefined, new URLSearchParams('layout=cliff&alpha=0.5&agentKind=sarsa'));
    expect(read?.problems).toEqual([]);
    for (const key of Object.keys(lab) as (keyof MazeSettings)[]) {
      expect(read?.settings[key], key).toEqual(defaults[key]);
    }
  });

  it('fall back per value to the default, naming the key', () => {
    const read = readMazeLink(
      undefined,
      new URLSearchParams('nSteps=0&lambda=1.5&traces=dutch&planningSteps=2.5&epsDecay=0&kappa=0.01'),
    );
    expect(read?.settings).toEqual({ ...defaults, kappa: 0.01 });
    expect(read?.problems).toEqual([
      { kind: 'invalid', key: 'nSteps', value: '0', fallback: '4' },
      { kind: 'invalid', key: 'lambda', value: '1.5', fallback: '0.9' },
      { kind: 'invalid', key: 'traces', value: 'dutch', fallback: 'replacing' },
      { kind: 'invalid', key: 'planningSteps', value: '2.5', fallback: '5' },
      { kind: 'invalid', key: 'epsDecay', value: '0', fallback: '0.99' },
    ]);
  });

  it('persist in the settings store, and stored settings from before them gain the defaults', () => {
    const storage = memory();
    const store = createMazeSettings(storage);
    expect(store.getState().update(lab)).toBeNull();
    const again = createMazeSettings(storage);
    for (const [key, value] of Object.entries(lab))
      expect(again.getState()[key as keyof MazeSettings]).toEqual(value);
    // Refused out of range, the store unchanged.
    expect(again.getState().update({ nSteps: 0 })).not.toBeNull();
    expect(again.getState().nSteps).toBe(8);

    const old = memory();
    const { nSteps: _n, lambda: _l, greedyEvery: _g, qTable: _q, ...before } = defaults;
    old.setItem(
      'rl-playground/maze-settings',
      JSON.stringify({ state: { ...before, alpha: 0.3 }, version: 1 }),
    );
    const restored = createMazeSettings(old).getState();
    expect(restored.alpha).toBe(0.3);
    expect(restored.nSteps).toBe(defaults.nSteps);
    expect(restored.qTable).toBe('sum');
  });
});
