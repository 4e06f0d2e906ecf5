/**
 * Jump the hole (SPEC §2): REINFORCE learns when to jump. The scene only draws (`JumpView`) and maps
 * input (keys, panel); `JumpSession` owns the agents, runners, modes and the turbo worker.
 */
import Phaser from 'phaser';
import { t } from '../../i18n/language.ts';
import { JumpSession } from '../../play/jump/session.ts';
import { jumpPageStorage } from '../../play/jump/session-files.ts';
import { FrameClock } from '../../play/shared/frame-clock.ts';
import { jumpSettings } from '../../play/shared/page-settings.ts';
import { WorkerTurbo } from '../../play/shared/turbo-client.ts';
import { JUMP_MODES } from '../../state/jump-settings.ts';
import { closeCompareDialog } from '../../ui/compare/dialog.ts';
import { JumpAnnouncer } from '../../ui/jump/announcer.ts';
import { JumpCharts } from '../../ui/jump/charts.ts';
import { applyJumpLink, JUMP_HASH, jumpShareAddress } from '../../ui/jump/link.ts';
import { mountJumpPanel } from '../../ui/jump/panel.ts';
import { clearSceneChrome, refreshTouchBar, setSceneChrome } from '../../ui/shared/chrome.ts';
import type { RouteData } from '../../ui/shared/router.ts';
import { sceneMeta } from '../shared/scene-meta.ts';
import { fitStage } from '../shared/stage-size.ts';
import { installSceneHooks } from '../shared/test-hooks.ts';
import { createJumpAnimations, preloadJumpAssets } from './assets.ts';
import { JumpView } from './jump-view.ts';
import { bindJumpKeys, jumpHelp } from './keys.ts';
import { layoutFor, portraitSize } from './layout.ts';
import { followJumpTitle, jumpTitle } from './title.ts';

export class JumpScene extends Phaser.Scene {
  static readonly key = 'JumpScene';
  static readonly meta = sceneMeta('jump');

  /** The settings a shared link carries (`#jump?seed=5`), from the router. */
  private linkParams: URLSearchParams | undefined;

  constructor() {
    super(JumpScene.key);
  }

  init(data: RouteData): void {
    this.linkParams = data?.params;
  }

  preload(): void {
    preloadJumpAssets(this);
  }

  create(): void {
    createJumpAnimations(this);
    // A shared link's settings go into the store before anything reads it; the address then drops
    // them, so a reload continues this run instead of starting the link's agents again.
    const fromLink = applyJumpLink(this.linkParams, jumpSettings);
    this.linkParams = undefined;
    if (fromLink && location.hash !== `#${JUMP_HASH}`) {
      history.replaceState(history.state, '', `#${JUMP_HASH}`);
    }
    const session = new JumpSession({
      settings: jumpSettings,
      createTurbo: () => new WorkerTurbo(),
      storage: jumpPageStorage,
      fromLink,
    });
    // Words are read when the chrome draws (a language change redraws them); on a touch screen the
    // buttons stand in for P, N and 1/2/3 (a tap on the game is Space).
    setSceneChrome(() => ({
      title: jumpTitle(jumpSettings.getState()),
      help: jumpHelp(),
      share: () => jumpShareAddress(jumpSettings),
      touch: [
        {
          id: 'pause',
          label: () => (session.paused ? t().common.controls.resume : t().common.controls.pause),
          run: () => (session.paused ? session.resume() : session.pause()),
        },
        { id: 'step', label: () => t().common.controls.step, run: () => session.stepOnce() },
        {
          id: 'mode',
          label: () => t().jump.touch.mode({ mode: t().common.modes[session.mode] }),
          run: () => {
            const next = JUMP_MODES[(JUMP_MODES.indexOf(session.mode) + 1) % JUMP_MODES.length];
            jumpSettings.getState().update({ mode: next });
          },
        },
      ],
    }));
    // After the chrome: the stage has its final size for this scene (side column or bottom sheet).
    const layout = layoutFor(fitStage(this, portraitSize(stageAspect())));
    const view = new JumpView(this, session, layout);
    const announcer = new JumpAnnouncer(document.getElementById('stage') as HTMLElement);
    const panel = mountJumpPanel(session, jumpSettings);
    const charts = new JumpCharts(document.getElementById('charts') as HTMLElement, session);
    bindJumpKeys(this, session, panel);
    const stopTitle = followJumpTitle(jumpSettings);
    const unsubscribeTouch = session.runState.subscribe(
      (r) => `${r.paused} ${r.mode}`,
      () => refreshTouchBar(),
    );

    const removeHooks = installSceneHooks('jump', session);
    // A panel list keeps the keyboard focus; Play needs Space on the game.
    const unsubscribe = session.runState.subscribe(
      (r) => r.mode,
      (mode) => {
        if (mode === 'play') (document.activeElement as HTMLElement | null)?.blur?.();
      },
    );
    const onPageHide = () => session.save();
    window.addEventListener('pagehide', onPageHide);

    const frameClock = new FrameClock();
    this.events.on(Phaser.Scenes.Events.UPDATE, () => {
      const delta = frameClock.tick();
      session.frame(delta);
      view.update(delta);
      charts.refresh(delta);
      announcer.update(session, performance.now());
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      window.removeEventListener('pagehide', onPageHide);
      stopTitle();
      unsubscribeTouch();
      unsubscribe();
      removeHooks();
      this.events.off(Phaser.Scenes.Events.UPDATE);
      panel.dispose();
      closeCompareDialog();
      charts.destroy();
      announcer.destroy();
      void session.dispose();
      clearSceneChrome();
    });
  }
}

/** The stage's height / width (NaN before it is laid out). */
function stageAspect(): number {
  const r = document.getElementById('game')?.getBoundingClientRect();
  return r && r.width > 0 ? r.height / r.width : Number.NaN;
}
