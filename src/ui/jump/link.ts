/**
 * The jump scene's shared links: Copy link writes every setting that differs from the defaults
 * (`#jump?seed=5&baseline=none`); opening one puts exactly those settings in the store (the rest at
 * their defaults) and says what was wrong with any value, which then keeps its default.
 */
import {
  JUMP_LINK_KEYS,
  JUMP_SETTINGS_DEFAULTS,
  type JumpSettings,
  type JumpSettingsStore,
  jumpSettingsSchema,
} from '../../state/jump-settings.ts';
import { applyLink } from '../../state/link-apply.ts';
import { settingsToParams } from '../../state/link-codec.ts';
import { reportLinkProblems } from '../shared/link-notices.ts';

export const JUMP_HASH = 'jump';

/** The scene's address with its settings, for Copy link (no `#`). */
export function jumpShareAddress(store: JumpSettingsStore): string {
  const params = settingsToParams<JumpSettings>(store.getState(), JUMP_SETTINGS_DEFAULTS, JUMP_LINK_KEYS);
  const query = params.toString();
  return query ? `${JUMP_HASH}?${query}` : JUMP_HASH;
}

/**
 * Apply a link's settings (nothing when it carries none). Returns whether it did: the scene then
 * starts new agents from the link's seed, so the same link gives the same first episodes.
 */
export function applyJumpLink(params: URLSearchParams | undefined, store: JumpSettingsStore): boolean {
  if (!params || [...params.keys()].length === 0) return false;
  reportLinkProblems(applyLink(store, params, jumpSettingsSchema, JUMP_SETTINGS_DEFAULTS, JUMP_LINK_KEYS));
  return true;
}
