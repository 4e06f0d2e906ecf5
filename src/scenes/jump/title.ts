/** The jump scene's title names the agent that runs: REINFORCE with or without a baseline, or both. */
import type { JumpSettings, JumpSettingsStore } from '../../state/jump-settings.ts';
import { setSceneTitle } from '../../ui/shared/chrome.ts';

export function jumpTitle(s: Pick<JumpSettings, 'baseline' | 'compare'>): string {
  const agent = s.compare
    ? 'REINFORCE with and without baseline'
    : `REINFORCE ${s.baseline === 'mean' ? 'with' : 'without'} baseline`;
  return `Jump the hole · ${agent}`;
}

/**
 * Keep the titles on the agent. The store follows the agents (the panel, keys, an imported file,
 * a reload). Returns the unsubscribe function.
 */
export function followJumpTitle(store: JumpSettingsStore): () => void {
  let shown = jumpTitle(store.getState());
  setSceneTitle(shown);
  return store.subscribe((s) => {
    const title = jumpTitle(s);
    if (title === shown) return;
    shown = title;
    setSceneTitle(title);
  });
}
