/** Chart helpers for the maze's episode series (pure: tested in Node). */
import type { EpisodePoint } from '../../train/episode-series.ts';

/**
 * Trailing moving average over a window of *episodes*, weighting each point by the episodes it
 * holds. Points are single episodes in Watch but buckets of many in Turbo (and after the series
 * halves itself), so an average over a fixed number of points would span anything from 20 to
 * 20 000 episodes.
 */
export function episodeMovingAverage(
  points: readonly EpisodePoint[],
  value: (p: EpisodePoint) => number,
  window: number,
): Float64Array {
  const out = new Float64Array(points.length);
  let lo = 0;
  let sum = 0;
  let count = 0;
  for (let i = 0; i < points.length; i++) {
    sum += value(points[i]) * points[i].count;
    count += points[i].count;
    // Drop whole points that end before the window, keeping at least the current one.
    while (lo < i && points[i].episode - points[lo].episode >= window) {
      sum -= value(points[lo]) * points[lo].count;
      count -= points[lo].count;
      lo++;
    }
    out[i] = sum / count;
  }
  return out;
}
