/**
 * The jump session's files: an agent as saved JSON (Export, the CLI's `--out` format, the agents
 * kept for the next visit) and the checking of an imported file. Split from the live session
 * (session.ts), which stays the frame, the controls and the hand-overs.
 */
import type { PolicyGradientAgent } from '../../agents/policy-gradient.ts';
import type { SavedAgent } from '../../agents/types.ts';
import type { EnvSpec } from '../../envs/types.ts';
import { notify } from '../../state/notices.ts';
import { pageSlot, type SessionStorage } from '../shared/autosave.ts';
import { jumpAgentFrom } from './agents.ts';
import { JUMP_MESSAGES } from './messages.ts';
import type { JumpSession } from './session.ts';

export const JUMP_SLOT = 'jump';
/** The page's localStorage slot of the jump agents kept across visits. */
export const jumpPageStorage: SessionStorage = pageSlot(JUMP_SLOT);

export type LoadedJumpAgent = ReturnType<typeof jumpAgentFrom>;

/**
 * Check an imported file (its text) before anything changes: the loaded agent, or the refusal's
 * words (also notified) with the current agents untouched.
 */
export function readJumpAgentFile(
  text: string,
  fileName?: string,
): { loaded: LoadedJumpAgent; refused: null } | { loaded: null; refused: string } {
  try {
    return { loaded: jumpAgentFrom(text), refused: null };
  } catch (e) {
    const message = JUMP_MESSAGES.importRefused(fileName, e);
    notify('error', message);
    return { loaded: null, refused: message() };
  }
}

/** An agent as saved JSON, with its env in the provenance. */
export function exportJumpAgent(agent: PolicyGradientAgent, env: EnvSpec): SavedAgent {
  agent.provenance.env = structuredClone(env);
  return agent.toJSON();
}

/**
 * What the page keeps for the next visit: every lane's agent, its episode index (the worker's while
 * Turbo runs: the page's mirrors lag behind) and the run seed.
 */
export function keptAgents(session: JumpSession) {
  const { lanes, worker } = session;
  return {
    agents: lanes.map((_, i) => session.exportAgent(i)),
    episodes: lanes.map((l, i) => (worker.running ? worker.stats.episodes[i] : l.episodes)),
    extra: { runSeed: session.runSeed },
  };
}
