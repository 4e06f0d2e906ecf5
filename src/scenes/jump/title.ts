/** The jump scene's title names the agent that runs (REINFORCE and its baseline, or the actor–critic), or both. */
import { t } from '../../i18n/language.ts';
import { type JumpLearner, mainLearner, rivalLearner } from '../../play/jump/learners.ts';
import type { JumpSettings, JumpSettingsStore } from '../../state/jump-settings.ts';
import { setSceneTitle } from '../../ui/shared/chrome.ts';

export function jumpTitle(s: Pick<JumpSettings, 'agent' | 'baseline' | 'compare' | 'rival'>): string {
  const words = t().jump.title;
  const name = (l: JumpLearner) =>
    l === 'mean'
      ? words.withBaseline
      : l === 'none'
        ? words.withoutBaseline
        : l === 'learned'
          ? words.withLearned
          : words.actorCritic;
  const main = mainLearner(s);
  const rival = rivalLearner(s);
  const meanAndNone = (main === 'mean' && rival === 'none') || (main === 'none' && rival === 'mean');
  const agent = !s.compare
    ? name(main)
    : meanAndNone
      ? words.compare
      : words.versus({ a: name(main), b: name(rival) });
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
