import { describe, expect, it } from 'vitest';
import { episodeMovingAverage } from '../../../src/play/maze/series.ts';
import type { EpisodePoint } from '../../../src/train/episode-series.ts';

const point = (episode: number, count: number, meanReturn: number): EpisodePoint => ({
  episode,
  count,
  meanReturn,
  meanLength: 0,
  successRate: 1,
});

describe('episodeMovingAverage', () => {
  it('averages single episodes over a window of episodes', () => {
    const points = [1, 2, 3, 4, 5].map((v, i) => point(i, 1, v));
    expect(Array.from(episodeMovingAverage(points, (p) => p.meanReturn, 2))).toEqual([1, 1.5, 2.5, 3.5, 4.5]);
  });

  it('weights buckets by their episodes and spans episodes, not points', () => {
    // A bucket of 100 episodes with mean 0, then single episodes of 10: the window of 20
    // episodes drops the big bucket once it lies entirely before the window.
    const points = [point(99, 100, 0), point(100, 1, 10), point(101, 1, 10)];
    const ma = episodeMovingAverage(points, (p) => p.meanReturn, 20);
    expect(ma[0]).toBe(0);
    expect(ma[1]).toBeCloseTo(10 / 101);
    expect(ma[2]).toBeCloseTo(20 / 102);
    const later = [...points, point(130, 1, 10)];
    expect(episodeMovingAverage(later, (p) => p.meanReturn, 20)[3]).toBe(10);
  });
});
