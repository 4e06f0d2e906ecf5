/**
 * What the CLI reports after training: the last-100 mean return, success rate and length, and the
 * evaluation (src/train/evaluate.ts), as data (for --json) and as text in the CLI's language.
 */
import type { AnyAgent } from '../agents/index.ts';
import { formatCount, formatNumber, formatPercent } from '../core/format.ts';
import { t } from '../i18n/index.ts';
import type { Evaluation } from '../train/evaluate.ts';
import type { RecentEpisodes } from '../train/recent-episodes.ts';

export interface TrainingSummary {
  label: string;
  episodes: number;
  meanReturnLast100: number;
  successRateLast100: number;
  meanLengthLast100: number;
  evaluation?: Evaluation;
  provenance: AnyAgent['provenance'];
  text: string;
}

export function summarize(run: {
  label: string;
  agent: AnyAgent;
  /** The last 100 episodes (and the count of all of them). */
  recent: RecentEpisodes;
  evaluation?: Evaluation;
}): TrainingSummary {
  const s: Omit<TrainingSummary, 'text'> = {
    label: run.label,
    episodes: run.recent.count,
    meanReturnLast100: run.recent.meanReturn(),
    successRateLast100: run.recent.successRate(),
    meanLengthLast100: run.recent.meanLength(),
    evaluation: run.evaluation,
    provenance: run.agent.provenance,
  };
  const words = t().cli.summary;
  const lines = [
    words.head({
      label: s.label,
      episodes: formatCount(s.episodes),
      total: formatCount(s.provenance.episodesTrained),
    }),
    words.last100({
      meanReturn: formatNumber(s.meanReturnLast100, 3),
      success: formatPercent(s.successRateLast100),
      meanLength: formatNumber(s.meanLengthLast100, 3),
    }),
  ];
  const ev = s.evaluation;
  if (ev?.loopsAfter !== undefined && ev.shortestPathLength !== undefined) {
    lines.push(words.loops({ steps: ev.loopsAfter, shortest: ev.shortestPathLength }));
  } else if (ev?.shortestPathLength !== undefined) {
    lines.push(
      ev.greedyPathLength === null || ev.greedyPathLength === undefined
        ? words.noGoal({ shortest: ev.shortestPathLength })
        : words.path({ steps: ev.greedyPathLength, shortest: ev.shortestPathLength }),
    );
  } else if (ev) {
    lines.push(
      (ev.greedy ? words.greedy : words.sampled)({
        episodes: formatCount(ev.episodes),
        success: formatPercent(ev.successRate),
        meanReturn: formatNumber(ev.meanReturn, 3),
      }),
    );
  }
  return { ...s, text: lines.join('\n') };
}
