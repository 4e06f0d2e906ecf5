/** The jump scene's shared links: every setting round-trips; a bad value keeps its default, with a notice. */
import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../src/i18n/language.ts';
import { createJumpSettings, JUMP_SETTINGS_DEFAULTS } from '../../../src/state/jump-settings.ts';
import { noticeStore, wordsOf } from '../../../src/state/notices.ts';
import { memoryStorage } from '../../../src/state/settings-store.ts';
import { applyJumpLink, jumpShareAddress } from '../../../src/ui/jump/link.ts';

const store = () => createJumpSettings(memoryStorage());
const query = (address: string) => new URLSearchParams(address.split('?')[1] ?? '');
const notices = () => noticeStore.getState().notices.map((n) => wordsOf(n.text));

describe('jump links', () => {
  beforeEach(() => {
    setLanguage('en');
    noticeStore.getState().clear();
  });

  it('carries only what differs from the defaults, and opens the same settings', () => {
    const a = store();
    expect(jumpShareAddress(a)).toBe('jump');
    const changed = {
      mode: 'turbo',
      learningRate: 0.0007,
      gamma: 0.98,
      batchEpisodes: 4,
      baseline: 'none',
      compare: true,
      speed: 300,
      seed: 12345,
    } as const;
    expect(a.getState().update(changed)).toBeNull();
    const address = jumpShareAddress(a);
    expect(address).toMatch(/^jump\?/);
    const b = store();
    b.getState().update({ seed: 3, gamma: 0.5 }); // what the other page had: the link replaces it all
    expect(applyJumpLink(query(address), b)).toBe(true);
    expect(b.getState()).toMatchObject(changed);
    expect(notices()).toEqual([]);
  });

  it('carries the agent and the Compare rival; an old link (no agent, no rival) still opens as before', () => {
    const a = store();
    const changed = { agent: 'actor-critic', baseline: 'learned', rival: 'learned', compare: true } as const;
    expect(a.getState().update(changed)).toBeNull();
    const address = jumpShareAddress(a);
    expect(address).toBe('jump?agent=actor-critic&baseline=learned&rival=learned&compare=1');
    const b = store();
    expect(applyJumpLink(query(address), b)).toBe(true);
    expect(b.getState()).toMatchObject(changed);
    const old = store();
    expect(applyJumpLink(new URLSearchParams('baseline=none&compare=1'), old)).toBe(true);
    // Before rivals: REINFORCE, and the ghost with the other baseline ('other').
    expect(old.getState()).toMatchObject({
      agent: 'reinforce',
      baseline: 'none',
      rival: 'other',
      compare: true,
    });
    expect(notices()).toEqual([]);
  });

  it('a link without settings changes nothing', () => {
    const b = store();
    b.getState().update({ seed: 3 });
    expect(applyJumpLink(new URLSearchParams(''), b)).toBe(false);
    expect(applyJumpLink(undefined, b)).toBe(false);
    expect(b.getState().seed).toBe(3);
  });

  it('bad values fall back to their defaults with a warning naming the key; the rest apply', () => {
    const b = store();
    applyJumpLink(
      new URLSearchParams('seed=abc&gamma=2&baseline=median&eta=1&toString=1&batchEpisodes=7'),
      b,
    );
    expect(b.getState()).toMatchObject({
      seed: JUMP_SETTINGS_DEFAULTS.seed,
      gamma: JUMP_SETTINGS_DEFAULTS.gamma,
      baseline: JUMP_SETTINGS_DEFAULTS.baseline,
      batchEpisodes: 7,
    });
    const said = notices().join('\n');
    for (const key of ['seed=abc', 'gamma=2', 'baseline=median', '"eta"', '"toString"'])
      expect(said).toContain(key);
    setLanguage('ja');
    expect(notices().join('\n')).toContain('seed');
    setLanguage('en');
  });
});
