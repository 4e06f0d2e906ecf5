/**
 * A bounded, decimating series of episode statistics for charts.
 *
 * Points are buckets of consecutive episodes (count, mean return, mean length, success rate). When
 * the series is full, adjacent pairs of buckets merge into one, halving the resolution, so the
 * series never grows without bound however long training runs: a million episodes in Turbo cost the
 * same memory as a thousand.
 */
import { TrainRangeError } from './errors.ts';

export interface EpisodePoint {
  /** Index of the last episode in the bucket (0-based, absolute). */
  episode: number;
  count: number;
  meanReturn: number;
  meanLength: number;
  successRate: number;
}

export class EpisodeSeries {
  readonly capacity: number;
  readonly points: EpisodePoint[] = [];

  constructor(capacity = 1024) {
    if (!Number.isInteger(capacity) || capacity < 4 || capacity % 2) {
      throw new TrainRangeError(
        'series-capacity-invalid',
        { value: String(capacity) },
        `EpisodeSeries: capacity must be an even integer ≥ 4, got ${capacity}`,
      );
    }
    this.capacity = capacity;
  }

  /** Add one episode. */
  addEpisode(episode: number, ret: number, length: number, success: boolean): void {
    this.addPoint({ episode, count: 1, meanReturn: ret, meanLength: length, successRate: success ? 1 : 0 });
  }

  /** Add a bucket (e.g. one aggregated by a worker between two snapshots). */
  addPoint(p: EpisodePoint): void {
    if (p.count <= 0) return;
    this.points.push({ ...p });
    if (this.points.length > this.capacity) this.halve();
  }

  clear(): void {
    this.points.length = 0;
  }

  /** Merge adjacent pairs: each merged bucket is the count-weighted mean of the two. */
  private halve(): void {
    // In place: bucket k takes pairs (2k, 2k+1); no second array, no spread of a large one.
    const src = this.points;
    let k = 0;
    for (let i = 0; i + 1 < src.length; i += 2) src[k++] = mergePoints(src[i], src[i + 1]);
    if (src.length % 2) src[k++] = src[src.length - 1];
    src.length = k;
  }
}

export function mergePoints(a: EpisodePoint, b: EpisodePoint): EpisodePoint {
  const n = a.count + b.count;
  return {
    episode: Math.max(a.episode, b.episode),
    count: n,
    meanReturn: (a.meanReturn * a.count + b.meanReturn * b.count) / n,
    meanLength: (a.meanLength * a.count + b.meanLength * b.count) / n,
    successRate: (a.successRate * a.count + b.successRate * b.count) / n,
  };
}

/** Accumulates episodes into one bucket (a worker's between two snapshots). */
export class EpisodeAccumulator {
  private count = 0;
  private sumReturn = 0;
  private sumLength = 0;
  private successes = 0;
  private last = -1;

  add(episode: number, ret: number, length: number, success: boolean): void {
    this.count++;
    this.sumReturn += ret;
    this.sumLength += length;
    if (success) this.successes++;
    this.last = episode;
  }

  /** The bucket so far, or null if empty; then starts a new one. */
  drain(): EpisodePoint | null {
    if (this.count === 0) return null;
    const p: EpisodePoint = {
      episode: this.last,
      count: this.count,
      meanReturn: this.sumReturn / this.count,
      meanLength: this.sumLength / this.count,
      successRate: this.successes / this.count,
    };
    this.count = 0;
    this.sumReturn = 0;
    this.sumLength = 0;
    this.successes = 0;
    return p;
  }
}
