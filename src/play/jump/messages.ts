/** What the jump session tells the user, in one place (the session decides when). */
import type { ReinforceAgent } from '../../agents/reinforce.ts';
import type { JumpSettings } from '../../state/jump-settings.ts';
import { otherBaseline } from './agents.ts';

export const JUMP_MESSAGES = {
  newAgents: (s: JumpSettings) =>
    s.compare
      ? `Two new agents (seed ${s.seed}), baseline ${s.baseline} and ${otherBaseline(s.baseline)}: same θ = 0, same generator, same holes — only the baseline differs.`
      : `New REINFORCE agent (seed ${s.seed}): θ starts from zero.`,
  importRefused: (fileName: string, why: string) =>
    `Import of ${fileName} refused: ${why} The current agent is unchanged.`,
  imported: (agent: ReinforceAgent) => {
    const p = agent.provenance;
    return `Imported a REINFORCE agent (baseline ${agent.params.baseline}) trained for ${p.episodesTrained} episodes (${p.stepsTrained} steps). It continues from here.`;
  },
  diverged: (eta: number) => `η = ${eta} is too large: θ overflowed (became non-finite) in an update.`,
  divergedPause: (why: string, baseline: string | null) =>
    `Training paused. ${why} θ was restored to its value before that update and the batch dropped${baseline ? ` (agent with baseline ${baseline})` : ''}, so nothing learned is lost. Lower η, then Resume.`,
};
