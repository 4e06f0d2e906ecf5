/**
 * Keeps each scene's current agent across reloads (localStorage), so a long training run is not
 * lost to an accidental refresh. A stored entry that is unreadable or invalid is dropped with a
 * notice; it never crashes the scene.
 */
import { z } from 'zod';
import { type AnyAgent, loadAgent } from '../../agents/index.ts';
import type { SavedAgent } from '../../agents/types.ts';
import { notify } from '../../state/notices.ts';

const PREFIX = 'rl-playground/agent/';

export interface StoredSession {
  /** The agents of the scene (one, or two for the jump scene's baseline comparison). */
  agents: SavedAgent[];
  /** Index of the next episode, per agent (episodes are seeded by index). */
  episodes: number[];
  /** Anything else the scene needs to resume (layout, seed…), validated by the scene. */
  extra: Record<string, unknown>;
}

const storedSchema = z.object({
  version: z.literal(1),
  agents: z.array(z.unknown()).min(1),
  episodes: z.array(z.number().int().nonnegative()),
  extra: z.record(z.string(), z.unknown()),
});

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function saveSession(slot: string, session: StoredSession): void {
  try {
    storage()?.setItem(PREFIX + slot, JSON.stringify({ version: 1, ...session }));
  } catch (e) {
    notify('warning', `Could not keep the ${slot} agent for the next visit (${(e as Error).message}).`);
  }
}

/** The stored session with its agents rebuilt, or null (none stored, or invalid: then a notice). */
export function loadSession(
  slot: string,
): { agents: AnyAgent[]; episodes: number[]; extra: Record<string, unknown> } | null {
  const raw = storage()?.getItem(PREFIX + slot);
  if (!raw) return null;
  try {
    const parsed = storedSchema.parse(JSON.parse(raw));
    const agents = parsed.agents.map((a) => loadAgent(a));
    return { agents, episodes: parsed.episodes, extra: parsed.extra };
  } catch (e) {
    storage()?.removeItem(PREFIX + slot);
    notify(
      'warning',
      `The saved ${slot} agent could not be restored (${(e as Error).message.split('\n')[0]}); starting fresh.`,
    );
    return null;
  }
}

export function clearSession(slot: string): void {
  storage()?.removeItem(PREFIX + slot);
}
