/** The jump scene's title names the agent that runs: REINFORCE with or without a baseline, or both. */
import { t } from '../../i18n/language.ts';
import type { JumpSettings, JumpSettingsStore } from '../../state/jump-settings.ts';
import { setSceneTitle } from '../../ui/shared/chrome.ts';

export function jumpTitle(s: Pick<JumpSettings, 'baseline' | 'compare'>): string {
  const words = t().jump.title;
  const agent = s.compare
    ? words.compare
    : s.baseline === 'mean'
      ? words.withBaseline
      : words.withoutBaseline;
  return words.scene({ agent });
}

/**
 * Keep the titles on the agent. The store follows the agents (the panel, keys, an imported file,
 * a reload). The title is given as a function so the chrome rewords it when the language changes.
 * Returns the unsubscribe function.
 */
export function followJumpTitle(store: JumpSettingsStore): () => void {
  let shown = jumpTitle(store.getState());
  setSceneTitle(() => jumpTitle(store.getState()));
  return store.subscribe((s) => {
    const title = jumpTitle(s);
    if (title === shown) return;
    shown = title;
    setSceneTitle(() => jumpTitle(store.getState()));
  });
}
