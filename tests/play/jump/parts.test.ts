import { describe, expect, it } from 'vitest';
import { makeAgent, type ReinforceAgent } from '../../../src/agents/index.ts';
import { Rng } from '../../../src/core/rng.ts';
import { makeEnv } from '../../../src/envs/index.ts';
import { Moments } from '../../../src/play/jump/gradients.ts';
import { BoundedSeries } from '../../../src/play/jump/series.ts';
import { INTRO_MS, JumpTrack, OUTRO_MS } from '../../../src/play/jump/track.ts';
import { createJumpSettings, JUMP_SETTINGS_DEFAULTS } from '../../../src/state/jump-settings.ts';
import { noticeStore, wordsOf } from '../../../src/state/notices.ts';
import { memoryStorage } from '../../../src/state/settings-store.ts';
import { Runner } from '../../../src/train/runner.ts';

describe('Moments', () => {
  it('merges a run summarised as (count, mean, variance) exactly like adding its vectors one by one', () => {
    const rng = new Rng(1);
    const vecs = Array.from({ length: 50 }, () => [
      rng.uniform(-5, 5),
      rng.uniform(0, 20),
      rng.uniform(-1, 1),
    ]);
    const all = new Moments(3);
    for (const v of vecs) all.add(v);
    const base = new Moments(3);
    for (const v of vecs.slice(0, 20)) base.add(v);
    const tail = new Moments(3);
    for (const v of vecs.slice(20)) tail.add(v);
    const merged = new Moments(3);
    merged.combine(base, tail.count, tail.mean, tail.variance());
    expect(merged.count).toBe(50);
    for (let i = 0; i < 3; i++) expect(merged.mean[i]).toBeCloseTo(all.mean[i], 10);
    expect(merged.variance()).toBeCloseTo(all.variance(), 8);
    // Keeps accumulating after a merge.
    merged.add([1, 2, 3]);
    all.add([1, 2, 3]);
    expect(merged.variance()).toBeCloseTo(all.variance(), 8);
  });
});

describe('BoundedSeries', () => {
  it('never grows past its capacity and keeps the first and the newest rows', () => {
    const s = new BoundedSeries(2, 8);
    for (let i = 0; i < 100; i++) s.push(i, i * i);
    expect(s.length).toBeLessThanOrEqual(8);
    expect(s.column(0)[0]).toBe(0);
    expect(s.last(0)).toBe(99);
    expect(s.last(1)).toBe(99 * 99);
    const xs = Array.from(s.column(0));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });
});

describe('JumpTrack', () => {
  const runner = (seed: number) => {
    const env = makeEnv('JumpHole-v0');
    const agent = makeAgent('reinforce', env, { seed }) as ReinforceAgent;
    return new Runner<Float64Array>(env, agent, { seed: 1, seedEpisodes: true, learn: false });
  };

  it('paces slow episodes with an intro and an outro, and steps at the chosen speed', () => {
    const track = new JumpTrack([runner(1)], 20);
    expect(track.phase).toBe('intro');
    track.advance(INTRO_MS - 1, 20, () => false);
    expect(track.steps).toBe(0);
    track.advance(1 + 50, 20, () => false); // the intro ends; 50 ms more is one step at 20 steps/s
    expect(track.phase).toBe('run');
    expect(track.steps).toBe(1);
    for (let i = 0; i < 200 && track.phase === 'run'; i++) track.advance(50, 20, () => false);
    expect(track.phase).toBe('outro');
    expect(track.holes[0].outcome).not.toBe('running');
    track.advance(OUTRO_MS, 20, () => false);
    expect(track.phase).toBe('intro');
    expect(track.starts).toBe(2);
  });

  it('in Play, holds every episode at the start until the player starts it, however long', () => {
    const track = new JumpTrack([runner(1)], 20, { waitForStart: true });
    expect(track.phase).toBe('ready');
    for (let i = 0; i < 100; i++) track.advance(50, 20, () => false);
    expect(track.steps).toBe(0);
    expect(track.holes[0].x).toBe(0);
    expect(track.start()).toBe(true);
    expect(track.start()).toBe(false); // only a waiting run starts
    track.advance(50, 20, () => false); // the run begins at once: one step at 20 steps/s
    expect(track.steps).toBe(1);
    for (let i = 0; i < 200 && track.phase === 'run'; i++) track.advance(50, 20, () => false);
    expect(track.phase).toBe('outro');
    track.advance(OUTRO_MS, 20, () => false);
    // The next episode waits for the player again, as does an abandoned one.
    expect(track.phase).toBe('ready');
    expect(track.starts).toBe(2);
    track.start();
    track.restartEpisodes(20);
    expect(track.phase).toBe('ready');
  });

  it('runs two runners episode by episode on the same holes; fast speeds skip the pacing', () => {
    const track = new JumpTrack([runner(1), runner(2)], 10_000);
    expect(track.phase).toBe('run');
    for (let f = 0; f < 30; f++) {
      track.advance(16, 10_000, () => false);
      expect(track.holes[0].holeStart).toBe(track.holes[1].holeStart);
    }
    expect(track.runners[0].episodes).toBeGreaterThan(100);
    expect(Math.abs(track.runners[0].episodes - track.runners[1].episodes)).toBeLessThanOrEqual(1);
  });
});

describe('jump settings', () => {
  it('survive a reload, refuse out-of-range values with a message, and fall back to defaults when corrupt', () => {
    const storage = memoryStorage();
    const a = createJumpSettings(storage);
    expect(a.getState().update({ learningRate: 0.002, speed: 300, compare: true })).toBeNull();
    expect(a.getState().update({ batchEpisodes: 0 })).toMatch(/Jump settings: refused batchEpisodes/);
    expect(a.getState().update({ gamma: 1.5 })).toMatch(/gamma/);
    expect(a.getState().update({ speed: 1e9 })).toMatch(/speed/);
    expect(a.getState().update({ learningRate: Number.POSITIVE_INFINITY })).toMatch(/learningRate/);
    const b = createJumpSettings(storage);
    expect(b.getState()).toMatchObject({ learningRate: 0.002, speed: 300, compare: true, batchEpisodes: 10 });

    noticeStore.getState().clear();
    storage.setItem('rl-playground/jump-settings', '{ not json');
    const c = createJumpSettings(storage);
    expect(c.getState()).toMatchObject(JUMP_SETTINGS_DEFAULTS);
    expect(wordsOf(noticeStore.getState().notices.at(-1)?.text ?? '')).toMatch(
      /Jump settings: the saved settings were unreadable/,
    );
  });
});
