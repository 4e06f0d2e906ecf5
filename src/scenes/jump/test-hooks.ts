/**
 * Test hooks for the browser tests: `window.__rl.jump` while the jump scene runs (test build only,
 * see src/scenes/shared/test-hooks.ts).
 */
import type { JumpSession } from '../../play/jump/session.ts';

export type JumpTestHooks = JumpSession;

export function installJumpHooks(session: JumpSession): () => void {
  const rl = window.__rl;
  if (rl) rl.jump = session;
  return () => {
    if (rl?.jump === session) delete rl.jump;
  };
}
