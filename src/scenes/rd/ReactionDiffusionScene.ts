/**
 * Reaction–diffusion (SPEC §4): the posts' three simulations. Sims 1–2 are ODE oscillators, drawn
 * as a phase plane here and as a live u, v time series in the side column; sim 3 is the 2-D Turing
 * pattern, a colour-mapped field you can paint on. Routes: `#reaction-diffusion` (the last sim),
 * `#reaction-diffusion/1`, `/2`, `/3`.
 *
 * This scene only draws and maps input. The logic is `RdSession` (src/play), the settings are the
 * `rdSettings` store, the panel, readout and charts live in src/ui, the math in src/dynamics/rd.
 */
import Phaser from 'phaser';
import { t } from '../../i18n/language.ts';
import { RdSession } from '../../play/rd/session.ts';
import { createSpectrumBackend } from '../../play/rd/spectrum-client.ts';
import { FrameClock } from '../../play/shared/frame-clock.ts';
import { rdSettings } from '../../play/shared/page-settings.ts';
import { applyLink } from '../../state/link-apply.ts';
import { settingsToParams } from '../../state/link-codec.ts';
import { noticeStore, notify } from '../../state/notices.ts';
import {
  chooseSim,
  presetFields,
  RD_LINK_KEYS,
  RD_SETTINGS_DEFAULTS,
  type RdSimId,
  rdSettingsSchema,
  routeOfSim,
  simFromRoute,
} from '../../state/rd-settings.ts';
import { RdAnnouncer } from '../../ui/rd/announcer.ts';
import { RdCharts } from '../../ui/rd/charts.ts';
import { mountRdPanel, type RdPanel } from '../../ui/rd/panel.ts';
import { RdReadout } from '../../ui/rd/readout.ts';
import { clearSceneChrome, setSceneChrome } from '../../ui/shared/chrome.ts';
import { reportLinkProblems } from '../../ui/shared/link-notices.ts';
import { navigate, type RouteData } from '../../ui/shared/router.ts';
import { sceneMeta } from '../shared/scene-meta.ts';
import { fitStage } from '../shared/stage-size.ts';
import { installSceneHooks } from '../shared/test-hooks.ts';
import { FieldView } from './field-view.ts';
import { RdHud } from './hud.ts';
import { RdInput, rdHelp } from './input.ts';
import { type RdLayout, TALL, WIDE } from './layout.ts';
import { PhaseView } from './phase-view.ts';

/** Side-column text refreshes this often (ms). */
const SIDE_REFRESH_MS = 250;
const HASH = 'reaction-diffusion';

export class ReactionDiffusionScene extends Phaser.Scene {
  static readonly key = 'ReactionDiffusionScene';
  static readonly meta = sceneMeta(HASH);

  private route: string | undefined;
  private layout: RdLayout = WIDE;
  private link = new URLSearchParams();
  private ctl!: RdSession;
  private field: FieldView | null = null;
  private phase: PhaseView | null = null;
  private hud!: RdHud;
  private input_!: RdInput;
  private panel!: RdPanel;
  private readout!: RdReadout;
  private charts!: RdCharts;
  private announcer!: RdAnnouncer;
  private sideAt = -Infinity;
  private readonly frameClock = new FrameClock();

  constructor() {
    super(ReactionDiffusionScene.key);
  }

  init(data: RouteData): void {
    this.route = data?.route;
    this.link = data?.params ?? new URLSearchParams();
  }

  /** This scene's address: the sim, and the settings that differ from its preset and the defaults. */
  private shareAddress(): string {
    const s = rdSettings.getState();
    const base = { ...RD_SETTINGS_DEFAULTS, ...presetFields(s.sim) };
    const query = settingsToParams(s, base, RD_LINK_KEYS).toString();
    return `${HASH}/${routeOfSim(s.sim)}${query ? `?${query}` : ''}`;
  }

  create(): void {
    this.frameClock.reset();
    // Upright on a tall stage (a phone or tablet held upright): the column goes under the square.
    this.layout = fitStage(this, TALL.size, WIDE.size) === TALL.size ? TALL : WIDE;
    const MAIN = this.layout.main;
    const routed = simFromRoute(this.route);
    if (routed) chooseSim(rdSettings, routed);
    // A shared link's settings: the sim's preset and the defaults, then the link's values (a bad
    // value keeps its default, with a warning naming it).
    const simId = rdSettings.getState().sim;
    const base = { ...RD_SETTINGS_DEFAULTS, ...presetFields(simId), sim: simId };
    reportLinkProblems(applyLink(rdSettings, this.link, rdSettingsSchema, base, RD_LINK_KEYS));
    // The address always names the sim that runs, so a reload or a shared link opens it again.
    const address = `#${HASH}/${routeOfSim(rdSettings.getState().sim)}`;
    if (location.hash.split('?')[0] !== address) history.replaceState(history.state, '', address);

    // This scene keeps at most its last three notices on screen, and they go when it does (they
    // explain this scene's state, not the next one's).
    const noticeIds: number[] = [];
    const dismiss = (id: number | undefined) => id !== undefined && noticeStore.getState().dismiss(id);
    const ctl = new RdSession({
      settings: rdSettings,
      spectrum: createSpectrumBackend(),
      notify: (level, text) => {
        noticeIds.push(notify(level, text));
        while (noticeIds.length > 3) dismiss(noticeIds.shift());
      },
    });
    this.ctl = ctl;
    const sim = ctl.sim;
    setSceneChrome(() => ({
      title: `${t().menu.scenes['reaction-diffusion'].title} · ${t().rd.presets[this.ctl.sim.id].label}`,
      help: rdHelp(this.ctl.sim.kind),
      share: () => this.shareAddress(),
    }));
    if (sim.kind === 'pde') this.field = this.fieldView(sim.grid.width);
    else this.phase = new PhaseView(this, MAIN, ctl.state);
    this.hud = new RdHud(this, ctl, this.layout);
    const switchSim = (id: RdSimId) => {
      if (id !== this.ctl.sim.id) navigate(`${HASH}/${routeOfSim(id)}`);
    };
    this.input_ = new RdInput(this, ctl, rdSettings, this.field, switchSim);
    this.panel = mountRdPanel(ctl, rdSettings, { chooseSim: switchSim });
    const charts = document.getElementById('charts') as HTMLElement;
    this.charts = new RdCharts(charts, ctl);
    this.announcer = new RdAnnouncer(document.getElementById('panel') as HTMLElement);
    this.readout = new RdReadout(document.getElementById('panel') as HTMLElement, charts, ctl);
    const removeHooks = installSceneHooks(
      'rd',
      this.game,
      ctl,
      MAIN,
      () => {
        const running = this.ctl.sim;
        return running.kind === 'pde' ? running.grid.width : 1;
      },
      (u, v) => this.phase?.pointOf(u, v) ?? null,
    );

    // A new grid of another size (the grid setting) needs a new texture.
    const unfollowSim = ctl.state.subscribe(
      (st) => st.sim,
      (running) => {
        if (!this.field || running.kind !== 'pde' || running.grid.width === this.field.size) return;
        this.field.destroy();
        this.field = this.fieldView(running.grid.width);
        this.input_.setField(this.field);
      },
    );

    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unfollowSim();
      removeHooks();
      this.input_.destroy();
      this.panel.dispose();
      this.readout.destroy();
      this.charts.destroy();
      this.announcer.destroy();
      this.hud.destroy();
      this.field?.destroy();
      this.phase?.destroy();
      this.field = null;
      this.phase = null;
      ctl.dispose();
      for (const id of noticeIds) dismiss(id);
      clearSceneChrome();
    });
  }

  override update(time: number): void {
    const ctl = this.ctl;
    const s = rdSettings.getState();
    ctl.frame(this.frameClock.tick());
    const sim = ctl.sim;
    if (sim.kind === 'pde') this.field?.draw(sim, s);
    else this.phase?.draw(sim);
    this.hud.update(ctl, time);
    if (time - this.sideAt >= SIDE_REFRESH_MS) {
      this.sideAt = time;
      this.readout.update(ctl, s);
    }
    this.charts.update(time);
    this.announcer.update(ctl, time);
  }

  private fieldView(size: number): FieldView {
    const { main, column } = this.layout;
    const bar = { x: column.x + 4, y: column.y };
    return new FieldView(this, main, size, rdSettings.getState().colormap, bar, this.ctl.state);
  }
}
