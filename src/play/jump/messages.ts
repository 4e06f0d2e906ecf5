/**
 * What the jump session tells the user, in one place (the session decides when). Words come from
 * the catalog when the message is made, numbers through the locale-aware formatters.
 */
import type { ReinforceAgent } from '../../agents/reinforce.ts';
import { formatCount } from '../../core/format.ts';
import { t } from '../../i18n/language.ts';
import type { JumpSettings } from '../../state/jump-settings.ts';
import { otherBaseline } from './agents.ts';

export const JUMP_MESSAGES = {
  newAgents: (s: JumpSettings) => {
    const m = t().jump.messages;
    const seed = String(s.seed);
    return s.compare
      ? m.newAgentsCompare({ seed, baseline: s.baseline, other: otherBaseline(s.baseline) })
      : m.newAgent({ seed });
  },
  importRefused: (fileName: string, why: string) => t().jump.messages.importRefused({ fileName, why }),
  imported: (agent: ReinforceAgent) => {
    const p = agent.provenance;
    return t().jump.messages.imported({
      baseline: agent.params.baseline,
      episodes: formatCount(p.episodesTrained),
      steps: formatCount(p.stepsTrained),
    });
  },
  diverged: (eta: number) => t().jump.messages.diverged({ eta: String(eta) }),
  divergedPause: (why: string, baseline: string | null) =>
    baseline
      ? t().jump.messages.divergedPauseOf({ why, baseline })
      : t().jump.messages.divergedPause({ why }),
};
