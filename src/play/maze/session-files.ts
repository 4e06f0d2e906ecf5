/**
 * The maze session's files: the agent as saved JSON (Export, the CLI's `--out` format, the kept
 * agent of the next visit) and an imported agent file. Split from the live session (session.ts) so
 * that it stays the frame, the controls and the hand-overs; these only read it and queue a change.
 */
import type { SavedAgent } from '../../agents/types.ts';
import { pageSlot, type SessionStorage } from '../shared/autosave.ts';
import { checkMazeAgent } from './agent-file.ts';
import { MESSAGES } from './messages.ts';
import type { MazeSession } from './session.ts';
import { MazeWorld } from './world.ts';

export const MAZE_SLOT = 'maze';
/** The page's localStorage slot of the maze agent kept across visits. */
export const pageStorage: SessionStorage = pageSlot(MAZE_SLOT);

/** The current agent as saved JSON, with its maze in the provenance. */
export function exportMazeAgent(session: MazeSession): SavedAgent {
  session.agent.provenance.env = structuredClone(session.env.spec);
  const saved = session.agent.toJSON();
  // A mirror of the worker's agent has its episodes counted in the snapshot, not the provenance.
  saved.provenance.episodesTrained = Math.max(saved.provenance.episodesTrained, session.episodes);
  return saved;
}

/**
 * Import a saved agent (text of a JSON file). Everything is checked before anything changes: a bad
 * file is refused with a message (returned and notified) and the current agent is untouched.
 * When the agent's provenance names a maze, the scene switches to that maze (at the next sync).
 */
export function importMazeAgent(session: MazeSession, text: string, fileName?: string): string | null {
  const checked = checkMazeAgent(text, session.env);
  if (!checked.ok) return session.say('error', MESSAGES.importRefused(fileName, checked.why));
  const { agent, env } = checked;
  session.queue(() => {
    session.structure.adopt(
      MazeWorld.fromEnv(env),
      agent,
      agent.provenance.episodesTrained,
      session.settings.getState().seed,
    );
    session.say('info', MESSAGES.imported(agent, session.spec));
  });
  return null;
}
