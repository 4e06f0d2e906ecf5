/** The maze scene's title names the agent that runs (Q-learning or SARSA), and follows it. */
import type { MazeSettings, MazeSettingsStore } from '../../state/maze-settings.ts';
import { setSceneTitle } from '../../ui/shared/chrome.ts';

const AGENT_NAMES: Record<MazeSettings['agentKind'], string> = { 'q-learning': 'Q-learning', sarsa: 'SARSA' };

export function mazeTitle(kind: MazeSettings['agentKind']): string {
  return `Maze · ${AGENT_NAMES[kind]}`;
}

/**
 * Keep the titles on the agent's kind. The store follows the agent (a switch in the panel, an
 * imported file, a reload), so its `agentKind` is the agent's. Returns the unsubscribe function.
 */
export function followMazeTitle(store: MazeSettingsStore): () => void {
  let shown = store.getState().agentKind;
  setSceneTitle(mazeTitle(shown));
  return store.subscribe((s) => {
    if (s.agentKind === shown) return;
    shown = s.agentKind;
    setSceneTitle(mazeTitle(shown));
  });
}
