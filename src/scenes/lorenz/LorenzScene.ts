/**
 * The Lorenz attractor (SPEC §3): the live attractor as a rotating 3-D trail with several
 * trajectories started 1e-6 apart, and beside it the bifurcation diagram with λ1, λ2 against the
 * same axis, computed in a worker. This scene only draws and maps input; the logic is
 * `LorenzSession` (src/play), the settings are the `lorenzSettings` store, the panel, readout,
 * chart and exports live in src/ui. Route: `#lorenz`, or `#lorenz/<preset id>` (e.g. `window-100`).
 */
import Phaser from 'phaser';
import { t } from '../../i18n/language.ts';
import { applyPreset, presetById } from '../../play/lorenz/presets.ts';
import { LorenzSession } from '../../play/lorenz/session.ts';
import {
  InProcessLorenzBackend,
  type LorenzBackend,
  WorkerLorenzBackend,
} from '../../play/lorenz/sweep-client.ts';
import { FrameClock } from '../../play/shared/frame-clock.ts';
import { lorenzSettings } from '../../play/shared/page-settings.ts';
import { applyLink } from '../../state/link-apply.ts';
import { settingsToParams } from '../../state/link-codec.ts';
import {
  LORENZ_LINK_KEYS,
  LORENZ_SETTINGS_DEFAULTS,
  lorenzSettingsSchema,
} from '../../state/lorenz-settings.ts';
import { notify } from '../../state/notices.ts';
import { LorenzAnnouncer } from '../../ui/lorenz/announcer.ts';
import { LorenzCharts } from '../../ui/lorenz/charts.ts';
import { exportDiagramPng } from '../../ui/lorenz/export.ts';
import { PARAM_SYMBOL } from '../../ui/lorenz/figure/index.ts';
import { type LorenzPanel, mountLorenzPanel } from '../../ui/lorenz/panel.ts';
import { LorenzReadout } from '../../ui/lorenz/readout.ts';
import { ClipRecorder } from '../../ui/lorenz/recorder.ts';
import { clearSceneChrome, setSceneChrome } from '../../ui/shared/chrome.ts';
import { reportLinkProblems } from '../../ui/shared/link-notices.ts';
import type { RouteData } from '../../ui/shared/router.ts';
import { sceneMeta } from '../shared/scene-meta.ts';
import { fitStage } from '../shared/stage-size.ts';
import { installSceneHooks } from '../shared/test-hooks.ts';
import { type Area, AttractorView } from './attractor-view.ts';
import { FigureView } from './figure-view.ts';
import { drawHud } from './hud.ts';
import { LorenzInput, lorenzHelp } from './input.ts';
import { StageOverlay } from './overlay.ts';

/** The attractor on the left, the sweep figure on the right (game units; the game is 960×640). */
const WIDE = {
  attractor: { x: 0, y: 0, w: 556, h: 640 } as Area,
  figure: { x: 560, y: 6, w: 396, h: 628 } as Area,
};
/** On a tall stage (a phone held upright): a 600×1000 game, the attractor above the figure. */
const PORTRAIT = { width: 600, height: 1000 };
const TALL = {
  attractor: { x: 0, y: 0, w: 600, h: 560 } as Area,
  figure: { x: 4, y: 566, w: 592, h: 428 } as Area,
};
/** Side-column readout and panel refresh interval (ms). */
const SIDE_REFRESH_MS = 250;

export class LorenzScene extends Phaser.Scene {
  static readonly key = 'LorenzScene';
  static readonly meta = sceneMeta('lorenz');

  private route: string | undefined;
  /** Where the attractor is drawn (game units), by the stage's shape. */
  private area: Area = WIDE.attractor;
  private link = new URLSearchParams();
  private session!: LorenzSession;
  private attractor!: AttractorView;
  private figure!: FigureView;
  private overlay!: StageOverlay;
  private input_!: LorenzInput;
  private panel!: LorenzPanel;
  private readout!: LorenzReadout;
  private charts!: LorenzCharts;
  private announcer!: LorenzAnnouncer;
  private recorder: ClipRecorder | null = null;
  private sideAt = Number.NEGATIVE_INFINITY;
  private readonly frameClock = new FrameClock();

  constructor() {
    super(LorenzScene.key);
  }

  init(data: RouteData): void {
    this.route = data?.route;
    this.link = data?.params ?? new URLSearchParams();
  }

  /** This scene's address with the settings that differ from the defaults (Copy link). */
  private shareAddress(): string {
    const s = lorenzSettings.getState();
    const query = settingsToParams(s, LORENZ_SETTINGS_DEFAULTS, LORENZ_LINK_KEYS).toString();
    return `${LorenzScene.meta.hash}${query ? `?${query}` : ''}`;
  }

  create(): void {
    this.frameClock.reset();
    const size = fitStage(this, PORTRAIT);
    const { attractor: ATTRACTOR, figure: FIGURE } = size === PORTRAIT ? TALL : WIDE;
    this.area = ATTRACTOR;
    setSceneChrome(() => ({
      title: t().menu.scenes.lorenz.title,
      help: lorenzHelp(),
      share: () => this.shareAddress(),
    }));
    if (this.route) {
      const name = this.route;
      if (presetById(name)) applyPreset(lorenzSettings, name);
      else notify('warning', (w) => w.lorenz.notices.noPreset({ name }));
    }
    // A shared link's settings: the defaults, then the link's values (bad ones keep the default).
    reportLinkProblems(
      applyLink(lorenzSettings, this.link, lorenzSettingsSchema, LORENZ_SETTINGS_DEFAULTS, LORENZ_LINK_KEYS),
    );
    const backend: LorenzBackend =
      typeof Worker !== 'undefined' ? new WorkerLorenzBackend() : new InProcessLorenzBackend();
    this.session = new LorenzSession({
      settings: lorenzSettings,
      backend,
      viewport: {
        cx: ATTRACTOR.x + ATTRACTOR.w / 2,
        cy: ATTRACTOR.y + ATTRACTOR.h / 2 + 16,
        halfW: ATTRACTOR.w / 2,
        halfH: ATTRACTOR.h / 2 - 40,
      },
    });
    this.overlay = new StageOverlay(this.game);
    this.attractor = new AttractorView(this.overlay.canvas(ATTRACTOR, 'lorenz-attractor'), ATTRACTOR);
    this.figure = new FigureView(
      this.overlay,
      FIGURE,
      (v) => this.session.setSweptValue(v),
      this.session.state,
    );
    this.input_ = new LorenzInput(this, this.session, this.session.camera, ATTRACTOR, this.figure);
    this.panel = mountLorenzPanel(this.session, lorenzSettings, {
      exportPng: () => this.exportPng(),
      recordClip: () => this.recordClip(),
      resetView: () => this.session.resetView(),
      clip: () => this.clipState(),
    });
    const side = document.getElementById('panel') as HTMLElement;
    this.readout = new LorenzReadout(side, this.session);
    this.charts = new LorenzCharts(document.getElementById('charts') as HTMLElement);
    this.announcer = new LorenzAnnouncer(side);
    const removeHooks = installSceneHooks(
      'lorenz',
      this.game,
      this.session,
      this.figure,
      this.attractor,
      () => this.recorder,
    );

    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      removeHooks();
      this.recorder?.dispose();
      this.session.dispose();
      this.input_.destroy();
      this.panel.dispose();
      this.readout.destroy();
      this.charts.destroy();
      this.announcer.destroy();
      this.figure.destroy();
      this.attractor.destroy();
      this.overlay.destroy();
      clearSceneChrome();
    });
  }

  override update(time: number): void {
    const c = this.session;
    c.frame(this.frameClock.tick());
    this.overlay.sync();
    const symbol = PARAM_SYMBOL[c.results.config.param];
    this.attractor.draw(c);
    drawHud(this.attractor.ctx, c, this.area.w, this.area.h, symbol);
    this.recorder?.capture();
    const clip = this.clipState();
    const rec = clip.recording
      ? t().lorenz.hud.recording({ done: (clip.progress * clip.seconds).toFixed(1), seconds: clip.seconds })
      : '';
    this.figure.update(c.results, c.params[c.results.config.param], time, rec);
    if (time - this.sideAt >= SIDE_REFRESH_MS) {
      this.sideAt = time;
      this.panel.refresh();
      this.readout.update(c);
    }
    this.charts.update(c, time);
    this.announcer.update(c, time);
  }

  private clipState(): { recording: boolean; progress: number; seconds: number } {
    const r = this.recorder;
    return { recording: !!r?.active, progress: r?.progress() ?? 0, seconds: r?.active?.seconds ?? 0 };
  }

  private exportPng(): void {
    const c = this.session;
    exportDiagramPng(c.results, c.params[c.results.config.param]).catch((e: Error) =>
      notify('error', (w) => w.lorenz.notices.pngFailed({ why: e.message })),
    );
  }

  private recordClip(): void {
    this.recorder ??= new ClipRecorder(this.attractor.canvas);
    const { sigma, r, b } = this.session.params;
    const name = `lorenz-attractor-sigma${Number(sigma.toPrecision(4))}-r${Number(r.toPrecision(5))}-b${Number(b.toPrecision(4))}.webm`;
    this.recorder.start(lorenzSettings.getState().clipSeconds, name);
  }
}
