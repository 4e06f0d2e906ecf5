/**
 * The maze's on-screen buttons for a touch screen (no keyboard): pause / resume, one step, the
 * next mode and the editor. Labels come from the catalog when drawn, so a language switch or a
 * mode change relabels them; the bar is refreshed whenever the run's mode or pause changes.
 */

import { t } from '../../i18n/index.ts';
import type { MazeSession } from '../../play/maze/session.ts';
import { MAZE_MODES, type MazeSettingsStore } from '../../state/maze-settings.ts';
import { refreshTouchBar, type TouchControl } from '../../ui/shared/chrome.ts';

export function mazeTouchControls(session: MazeSession, store: MazeSettingsStore): TouchControl[] {
  const words = () => t().common;
  return [
    {
      id: 'pause',
      label: () => (session.paused ? words().controls.resume : words().controls.pause),
      run: () => (session.paused ? session.resume() : session.pause()),
    },
    { id: 'step', label: () => words().controls.step, run: () => session.stepOnce() },
    {
      id: 'mode',
      label: () => t().maze.touch.mode({ mode: words().modes[session.mode] }),
      run: () => {
        const next = MAZE_MODES[(MAZE_MODES.indexOf(session.mode) + 1) % MAZE_MODES.length];
        store.getState().update({ mode: next });
      },
    },
    {
      id: 'edit',
      label: () => (session.editing ? `✓ ${words().modes.edit}` : words().modes.edit),
      run: () => session.setEditing(!session.editing),
    },
  ];
}

/** Keeps the touch labels in step with the run; returns the unsubscribe. */
export function followTouchLabels(session: MazeSession): () => void {
  let last = '';
  return session.runState.subscribe((s) => {
    const key = `${s.mode}/${s.paused}/${session.editing}`;
    if (key === last) return;
    last = key;
    refreshTouchBar();
  });
}
