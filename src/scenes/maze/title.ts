/** The maze scene's title names the agent that runs (Q-learning or SARSA), and follows it. */
import { t } from '../../i18n/language.ts';
import type { MazeSettings, MazeSettingsStore } from '../../state/maze-settings.ts';
import { setSceneTitle } from '../../ui/shared/chrome.ts';

export function mazeTitle(kind: MazeSettings['agentKind']): string {
  const words = t().maze;
  return words.title({ agent: words.agents[kind] });
}

/**
 * Keep the titles on the agent's kind. The store follows the agent (a switch in the panel, an
 * imported file, a reload), so its `agentKind` is the agent's. The title is given as a function, so
 * the chrome rewords it when the language changes. Returns the unsubscribe function.
 */
export function followMazeTitle(store: MazeSettingsStore): () => void {
  let shown = store.getState().agentKind;
  setSceneTitle(() => mazeTitle(store.getState().agentKind));
  return store.subscribe((s) => {
    if (s.agentKind === shown) return;
    shown = s.agentKind;
    setSceneTitle(() => mazeTitle(store.getState().agentKind));
  });
}
