/**
 * A scene's own view of its entry in the registry (src/scenes/registry.ts): its hash, and its title
 * read in the current language each time it is asked for, so a chrome built from it (the top bar,
 * the browser tab) follows a change of language.
 */
import { type SceneHash, sceneTitle } from '../registry.ts';

export interface SceneMeta {
  /** URL hash that opens it directly: `#maze`. */
  readonly hash: SceneHash;
  /** The menu's name for it, in the current language. */
  readonly title: string;
}

/** For a scene class's `static readonly meta`. */
export function sceneMeta(hash: SceneHash): SceneMeta {
  return {
    hash,
    get title() {
      return sceneTitle(hash);
    },
  };
}
