/**
 * What the jump session tells the user, in one place (the session decides when). Each message is a
 * function the notices call when they draw, so its words follow a change of language; numbers go
 * through the locale-aware formatters.
 */
import type { BaselineKind, ReinforceAgent } from '../../agents/reinforce.ts';
import { formatCount } from '../../core/format.ts';
import { describeError } from '../../i18n/describe-error.ts';
import { t } from '../../i18n/language.ts';
import type { JumpSettings } from '../../state/jump-settings.ts';
import { otherBaseline, RefusedAgent } from './agents.ts';

/** Words that are drawn later (a notice): read from the catalog each time. */
export type Words = () => string;

/** A baseline kind as the panel names it ("mean b̄", "none"). */
export function baselineWord(b: BaselineKind | string): string {
  const w = t().jump.panel;
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
            baseline: baselineWord(s.baseline),
            other: baselineWord(otherBaseline(s.baseline)),
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
    (agent: ReinforceAgent): Words =>
    () => {
      const p = agent.provenance;
      return t().jump.messages.imported({
        baseline: baselineWord(agent.params.baseline),
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
