/**
 * What the jump session tells the user, in one place (the session decides when). Each message is a
 * function the notices call when they draw, so its words follow a change of language; numbers go
 * through the locale-aware formatters.
 */
import type { PolicyGradientAgent } from '../../agents/policy-gradient.ts';
import { formatCount } from '../../core/format.ts';
import { describeError } from '../../i18n/describe-error.ts';
import { t } from '../../i18n/language.ts';
import type { JumpSettings } from '../../state/jump-settings.ts';
import { RefusedAgent } from './agents.ts';
import { type JumpLearner, learnerOf, mainLearner, rivalLearner } from './learners.ts';

/** Words that are drawn later (a notice): read from the catalog each time. */
export type Words = () => string;

/** What a lane runs, as the panel names it ("mean b̄", "none", "learned v̂(s)", "actor–critic"). */
export function baselineWord(b: JumpLearner | string): string {
  const w = t().jump.panel;
  if (b === 'learned') return w.baselineLearned;
  if (b === 'actor-critic') return w.actorCritic;
  return b === 'mean' ? w.baselineMean : w.baselineNone;
}

/** End with a full stop (library messages come without one); Japanese ends with 。 */
function sentence(text: string): string {
  return /[.!?。！？]$/.test(text) ? text : `${text}.`;
}

/** Why an agent was refused, worded now: our own reasons, or a coded error from below. */
export function whyOf(e: unknown): string {
  return sentence(e instanceof RefusedAgent ? e.words() : describeError(e));
}

/** The η at which θ overflowed, worded. */
export function divergedWords(eta: number): string {
  return t().jump.messages.diverged({ eta: String(eta) });
}

export const JUMP_MESSAGES = {
  newAgents:
    (s: JumpSettings): Words =>
    () => {
      const m = t().jump.messages;
      const seed = String(s.seed);
      return s.compare
        ? m.newAgentsCompare({
            seed,
            baseline: baselineWord(mainLearner(s)),
            other: baselineWord(rivalLearner(s)),
          })
        : m.newAgent({ seed });
    },
  importRefused:
    (fileName: string | undefined, error: unknown): Words =>
    () =>
      t().jump.messages.importRefused({
        fileName: fileName ?? t().jump.notices.theFile,
        why: whyOf(error),
      }),
  imported:
    (agent: PolicyGradientAgent): Words =>
    () => {
      const p = agent.provenance;
      return t().jump.messages.imported({
        baseline: baselineWord(learnerOf(agent)),
        episodes: formatCount(p.episodesTrained),
        steps: formatCount(p.stepsTrained),
      });
    },
  divergedPause:
    (eta: number, baseline: string | null): Words =>
    () => {
      const why = divergedWords(eta);
      return baseline
        ? t().jump.messages.divergedPauseOf({ why, baseline: baselineWord(baseline) })
        : t().jump.messages.divergedPause({ why });
    },
};
