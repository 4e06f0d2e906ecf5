/**
 * What an agent has done so far, as the readout and the charts show it: the episode series, the last
 * finished episode (or the last Turbo bucket), the last Evaluate run and the visit counts. It belongs
 * to one agent: a new agent starts a new record, so no statistics of the old one stay on screen.
 */
import type { EpisodePoint } from '../../train/episode-series.ts';
import { EpisodeAccumulator, EpisodeSeries } from '../../train/episode-series.ts';

export interface LastEpisode {
  /** Index of the last finished training episode; −1 before any. */
  index: number;
  /** 1 for a single episode; in Turbo the number of episodes of the snapshot's bucket (means). */
  count: number;
  return: number;
  length: number;
  success: boolean;
  successRate: number;
}

export interface EvalRun {
  return: number;
  length: number;
  success: boolean;
}

/** A copy of a record (for Undo). */
export interface RecordCopy {
  points: EpisodePoint[];
  greedy: EpisodePoint[];
  lastEpisode: LastEpisode;
  lastEval: EvalRun | null;
  visits: Float64Array;
}

/** How many first returns a record keeps. */
const FIRST_RETURNS = 16;

export class AgentRecord {
  readonly series = new EpisodeSeries(512);
  /**
   * The greedy policy's return, evaluated every k training episodes without learning (a point per
   * evaluation, `episode` the training episode it followed; merged pairwise when full, as `series`).
   */
  readonly greedy = new EpisodeSeries(512);
  /** Training episodes during which the walls changed (changing mazes), for the chart's markers. */
  readonly changes: number[] = [];
  readonly lastEpisode: LastEpisode = noEpisode();
  lastEval: EvalRun | null = null;
  /** Visits per cell: training steps in Watch, and the worker's counts in Turbo. */
  visits: Float64Array;
  /**
   * Returns of this agent's first training episodes on the page, one each (chart points may fold
   * several into one): what shows that a shared link's seed gives every reader the same episodes.
   */
  readonly firstReturns: number[] = [];
  /** Episodes finished since the last `drain`, folded into chart points. */
  readonly acc = new EpisodeAccumulator();

  constructor(cells: number) {
    this.visits = new Float64Array(cells);
  }

  /** Forget everything (a new agent); `cells`: the maze's size. */
  clear(cells: number): void {
    this.series.clear();
    this.greedy.clear();
    this.changes.length = 0;
    this.acc.drain();
    this.firstReturns.length = 0;
    Object.assign(this.lastEpisode, noEpisode());
    this.lastEval = null;
    this.visits = new Float64Array(cells);
  }

  /** A finished training episode. No allocation. */
  episode(index: number, ret: number, length: number, success: boolean): void {
    this.acc.add(index, ret, length, success);
    if (this.firstReturns.length < FIRST_RETURNS) this.firstReturns.push(ret);
    const e = this.lastEpisode;
    e.index = index;
    e.count = 1;
    e.successRate = success ? 1 : 0;
    e.return = ret;
    e.length = length;
    e.success = success;
  }

  /** A Turbo snapshot's bucket of episodes. */
  bucket(p: EpisodePoint): void {
    this.series.addPoint(p);
    const e = this.lastEpisode;
    e.index = p.episode;
    e.count = p.count;
    e.successRate = p.successRate;
    e.return = p.meanReturn;
    e.length = p.meanLength;
    e.success = p.successRate > 0.5;
  }

  /** Move the episodes finished since the last call into the series; true if there were any. */
  drain(): boolean {
    const point = this.acc.drain();
    if (point) this.series.addPoint(point);
    return point !== null;
  }

  copy(): RecordCopy {
    return {
      points: this.series.points.map((p) => ({ ...p })),
      greedy: this.greedy.points.map((p) => ({ ...p })),
      lastEpisode: { ...this.lastEpisode },
      lastEval: this.lastEval && { ...this.lastEval },
      visits: this.visits.slice(),
    };
  }

  restore(c: RecordCopy): void {
    this.series.clear();
    for (const p of c.points) this.series.addPoint(p);
    this.greedy.clear();
    for (const p of c.greedy) this.greedy.addPoint(p);
    this.acc.drain();
    // The copy's first episodes are not kept (a link's check compares fresh agents only).
    this.firstReturns.length = 0;
    Object.assign(this.lastEpisode, c.lastEpisode);
    this.lastEval = c.lastEval && { ...c.lastEval };
    this.visits = c.visits.slice();
  }
}

function noEpisode(): LastEpisode {
  return { index: -1, count: 1, return: 0, length: 0, success: false, successRate: 0 };
}
