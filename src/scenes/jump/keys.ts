/** The jump scene's keyboard: every key also listed in the help overlay (`jumpHelp`). */
import Phaser from 'phaser';
import { t } from '../../i18n/language.ts';
import type { JumpSession } from '../../play/jump/session.ts';
import { SPEED_PRESETS } from '../../ui/jump/panel.ts';
import type { HelpEntry } from '../../ui/shared/chrome.ts';
import { sceneKey } from '../../ui/shared/keys.ts';

/** The help overlay's entries, read from the catalog when drawn. */
export function jumpHelp(): HelpEntry[] {
  return Object.values(t().jump.help);
}

export function bindJumpKeys(
  scene: Phaser.Scene,
  session: JumpSession,
  files: { exportAgent(): void; importAgent(): Promise<void> },
): void {
  const store = session.settings;
  const update = store.getState().update;
  const speedStep = (dir: number) => {
    const speed = store.getState().speed;
    const i = SPEED_PRESETS.findIndex(([, v]) => v >= speed);
    const at = i < 0 ? SPEED_PRESETS.length - 1 : SPEED_PRESETS[i][1] > speed && dir > 0 ? i - 1 : i;
    const next = SPEED_PRESETS[Math.min(SPEED_PRESETS.length - 1, Math.max(0, at + dir))];
    update({ speed: next[1] });
  };
  // A DOM listener, not Phaser's key queue: a jump is requested the moment the key goes down, and
  // no key is lost when a slow frame drops the queue.
  const onKey = (e: KeyboardEvent) => {
    if (!sceneKey(e)) return;
    const s = store.getState();
    switch (e.key) {
      case ' ':
      case 'ArrowUp':
        e.preventDefault(); // no page scroll
        // A focused checkbox or button would take the key as a click: the game has it now.
        (document.activeElement as HTMLElement | null)?.blur?.();
        session.jump();
        break;
      case '1':
      case '2':
      case '3':
        update({ mode: (['play', 'watch', 'turbo'] as const)[Number(e.key) - 1] });
        break;
      case 'p':
      case 'P':
        if (session.paused) session.resume();
        else session.pause();
        break;
      case 'n':
      case 'N':
        session.stepOnce();
        break;
      case 'r':
      case 'R':
        session.resetEpisode();
        break;
      case 'c':
      case 'C':
        update({ compare: !s.compare });
        break;
      case 'b':
      case 'B':
        update({ baseline: s.baseline === 'mean' ? 'none' : 'mean' });
        break;
      case '+':
      case '=':
        speedStep(1);
        break;
      case '-':
      case '_':
        speedStep(-1);
        break;
      case 'e':
      case 'E':
        files.exportAgent();
        break;
      case 'i':
      case 'I':
        void files.importAgent();
        break;
    }
  };
  // Play on a phone: a tap starts the run and jumps, like Space.
  const onTap = () => {
    if (session.mode === 'play') session.jump();
  };
  window.addEventListener('keydown', onKey);
  scene.input.on(Phaser.Input.Events.POINTER_DOWN, onTap);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    window.removeEventListener('keydown', onKey);
    scene.input.off(Phaser.Input.Events.POINTER_DOWN, onTap);
  });
}
