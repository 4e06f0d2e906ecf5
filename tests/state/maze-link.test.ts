/** The maze's whole setup in a link: the layout, the agent and its params, the seed, the mode, the view. */
import { describe, expect, it } from 'vitest';
import { mazeLinkAddress, readMazeLink } from '../../src/state/maze-link.ts';
import { MAZE_SETTINGS_DEFAULTS, type MazeSettings, PRESET_REWARDS } from '../../src/state/maze-settings.ts';

const defaults = MAZE_SETTINGS_DEFAULTS;
const paramsOf = (address: string) => new URLSearchParams(address.slice(address.indexOf('?') + 1));

describe('maze link', () => {
  it('round-trips an edited maze with every setting that differs', () => {
    const s: MazeSettings = {
      ...defaults,
      mode: 'evaluate',
      agentKind: 'sarsa',
      seed: 12345,
      epsilon: 0.25,
      alpha: 0.5,
      gamma: 0.95,
      speed: 240,
      source: 'custom',
      customRows: ['S..#', '.#..', '...G'],
      stepReward: -0.5,
      showVisits: true,
      heatScale: 'log',
    };
    const { address, refused } = mazeLinkAddress('maze', s);
    expect(refused).toBeUndefined();
    expect(address).toBe(
      'maze?layout=4x3.0.11.QAQA&mode=evaluate&agentKind=sarsa&seed=12345&epsilon=0.25&alpha=0.5&gamma=0.95&speed=240&stepReward=-0.5&showVisits=1&heatScale=log',
    );
    const back = readMazeLink(undefined, paramsOf(address));
    expect(back).toEqual({ settings: s, problems: [] });
  });

  it('gives a preset the rewards it is played with, in both directions', () => {
    const cliff = { ...defaults, preset: 'cliff' as const, ...PRESET_REWARDS.cliff, alpha: 0.5 };
    expect(mazeLinkAddress('maze', cliff).address).toBe('maze?layout=cliff&alpha=0.5');
    expect(readMazeLink(undefined, new URLSearchParams('layout=cliff&alpha=0.5'))?.settings).toEqual(cliff);
    // The route names the preset too (`#maze/cliff?alpha=0.5`).
    expect(readMazeLink('cliff', new URLSearchParams('alpha=0.5'))?.settings).toEqual(cliff);
    expect(mazeLinkAddress('maze', defaults).address).toBe('maze?layout=small');
  });

  it('is no link without a route or parameters (the reader keeps their own maze)', () => {
    expect(readMazeLink(undefined, new URLSearchParams())).toBeNull();
    expect(readMazeLink('', new URLSearchParams())).toBeNull();
  });

  it('falls back per value: a bad setting to its default, a corrupted layout to the default maze', () => {
    const read = readMazeLink(
      undefined,
      new URLSearchParams('layout=7x7.0.48.%21%21&alpha=2&seed=9&hue=red'),
    );
    expect(read?.settings).toEqual({ ...defaults, seed: 9 });
    expect(read?.problems).toEqual([
      { kind: 'invalid', key: 'alpha', value: '2', fallback: '0.1' },
      { kind: 'unknown', key: 'hue' },
    ]);
    expect(read?.layoutRefused).toEqual({ value: '7x7.0.48.!!', why: 'format' });
    // The layout's own settings are not link keys (only `layout` chooses the maze).
    const sneaky = readMazeLink(undefined, new URLSearchParams('customRows=SG&source=custom&__proto__=1'));
    expect(sneaky?.settings).toEqual(defaults);
    expect(sneaky?.problems.map((p) => p.kind === 'unknown' && p.key)).toEqual([
      'customRows',
      'source',
      '__proto__',
    ]);
  });

  it('an unknown route is refused like an unknown preset', () => {
    const read = readMazeLink('huge', new URLSearchParams());
    expect(read?.settings).toEqual(defaults);
    expect(read?.layoutRefused).toEqual({ value: 'huge', why: 'unknown-preset', name: 'huge' });
  });
});
