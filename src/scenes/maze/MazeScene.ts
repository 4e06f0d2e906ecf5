/**
 * The Q-learning maze (SPEC §1): play it, watch an agent learn it, train it fast in a worker,
 * evaluate its greedy policy, edit the maze. This scene only draws and maps input; the logic is
 * `MazeSession` (src/play), the settings are the `mazeSettings` store, the panel and charts live
 * in src/ui. Route: `#maze`, or `#maze/<preset>` to open a preset directly.
 */
import Phaser from 'phaser';
import type { MazePresetName } from '../../envs/maze-presets.ts';
import { MAZE_PRESET_NAMES } from '../../envs/maze-presets.ts';
import { MazeSession, pageStorage } from '../../play/maze/session.ts';
import { WorkerTurbo } from '../../play/shared/turbo-client.ts';
import { choosePreset, type MazeSettings, mazeSettings } from '../../state/maze-settings.ts';
import { MazeCharts } from '../../ui/maze/charts.ts';
import { type MazePanel, mountMazePanel } from '../../ui/maze/panel.ts';
import { MazeReadout } from '../../ui/maze/readout.ts';
import { clearSceneChrome, setSceneChrome } from '../../ui/shared/chrome.ts';
import type { SceneMeta } from '../shared/scene-meta.ts';
import { AgentSprite } from './agent-sprite.ts';
import { type Area, MazeBoard } from './board.ts';
import { Heatmap } from './heatmap.ts';
import { MazeHud } from './hud.ts';
import { MAZE_HELP, MazeInput } from './input.ts';
import { Overlays } from './overlays.ts';
import { installMazeHooks } from './test-hooks.ts';
import { loadMazeTextures } from './textures.ts';
import { followMazeTitle } from './title.ts';

/** Where the board goes: below the top line, above the legends. */
const BOARD_AREA: Area = { x: 16, y: 48, w: 928, h: 522 };
/** Side-column panels and charts refresh this often (ms). */
const SIDE_REFRESH_MS = 250;
/** When stepping fast, redraw Q-dependent overlays at most this often (ms). */
const OVERLAY_REFRESH_MS = 100;

export class MazeScene extends Phaser.Scene {
  static readonly key = 'MazeScene';
  static readonly meta: SceneMeta = {
    hash: 'maze',
    title: 'Q-learning maze',
    blurb: 'Play it, watch Q-learning or SARSA learn it live, train in turbo, edit the maze.',
  };

  private route: string | undefined;
  private session!: MazeSession;
  private board!: MazeBoard;
  private heat!: Heatmap;
  private overlays!: Overlays;
  private sprite!: AgentSprite;
  private hud!: MazeHud;
  private input_!: MazeInput;
  private panel!: MazePanel;
  private readout!: MazeReadout;
  private charts!: MazeCharts;
  private mazeVersion = -1;
  private drawn = { learn: -1, moves: -1, at: 0, visible: '' };
  private sideAt = 0;
  private readonly measured = { fps: 0, stepsPerSecond: 0 };
  private meter = { at: 0, frames: 0, steps: 0 };

  constructor() {
    super(MazeScene.key);
  }

  init(data: { route?: string }): void {
    this.route = data?.route;
  }

  preload(): void {
    loadMazeTextures(this);
  }

  create(): void {
    setSceneChrome({ title: MazeScene.meta.title, help: MAZE_HELP });
    const stopTitle = followMazeTitle(mazeSettings);
    this.session = new MazeSession({
      settings: mazeSettings,
      createTurbo: () => new WorkerTurbo(),
      storage: pageStorage,
    });
    if (this.route && (MAZE_PRESET_NAMES as string[]).includes(this.route)) {
      // `#maze/cliff` asks for that preset (a new agent, at the next frame). The address then
      // becomes `#maze`, so that a reload keeps whatever the user chose afterwards.
      choosePreset(mazeSettings, this.route as MazePresetName);
      history.replaceState(null, '', `${location.pathname}${location.search}#${MazeScene.meta.hash}`);
    }
    this.buildBoard();
    this.sprite = new AgentSprite(this, this.board);
    this.hud = new MazeHud(this, this.sprite.image);
    this.input_ = new MazeInput(this, this.session, mazeSettings, this.board);
    this.panel = mountMazePanel(this.session, mazeSettings);
    this.readout = new MazeReadout(document.getElementById('panel') as HTMLElement);
    this.charts = new MazeCharts(document.getElementById('charts') as HTMLElement);

    // An accidental refresh or a closed tab keeps the agent (also saved every few seconds).
    const onPageHide = () => this.session.save();
    window.addEventListener('pagehide', onPageHide);
    const removeHooks = installMazeHooks(
      this.game,
      this.session,
      mazeSettings,
      () => this.board,
      this.measured,
    );

    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      window.removeEventListener('pagehide', onPageHide);
      stopTitle();
      removeHooks();
      this.session.dispose();
      this.input_.destroy();
      this.panel.dispose();
      this.charts.destroy();
      this.readout.destroy();
      this.hud.destroy();
      this.sprite.destroy();
      this.overlays.destroy();
      this.heat.destroy();
      this.board.destroy();
      clearSceneChrome();
    });
  }

  override update(time: number, delta: number): void {
    const session = this.session;
    const s = mazeSettings.getState();
    session.frame(delta);
    if (session.mazeVersion !== this.mazeVersion) this.rebuild();
    this.drawOverlays(s, time);
    this.overlays.drawHighlight(session, this.input_.hover, time);
    const msPerStep = session.mode === 'play' ? 120 : 1000 / s.speed;
    this.sprite.update(session, msPerStep);
    this.measure(time);
    this.hud.update(
      session,
      s,
      { ...this.heat.range, log: this.heat.log, learned: this.heat.learned, unlearned: this.heat.unlearned },
      this.overlays.maxVisits,
      this.measured.fps,
    );
    if (time - this.sideAt >= SIDE_REFRESH_MS) {
      this.sideAt = time;
      this.panel.refresh();
      this.readout.update(session);
    }
    this.charts.update(session, time);
  }

  private buildBoard(): void {
    this.board = new MazeBoard(this, this.session.maze.layout, BOARD_AREA);
    this.heat = new Heatmap(this, this.board);
    this.overlays = new Overlays(this, this.board);
    this.mazeVersion = this.session.mazeVersion;
    this.drawn.learn = -1;
  }

  /** A new maze: new tiles and overlays at the new size. */
  private rebuild(): void {
    this.overlays.destroy();
    this.heat.destroy();
    this.board.destroy();
    this.buildBoard();
    this.sprite.setBoard(this.board);
    this.input_.setBoard(this.board);
  }

  /** Q-dependent overlays follow learning every frame when slow, at most 10 times a second when fast. */
  private drawOverlays(s: MazeSettings, time: number): void {
    const session = this.session;
    const d = this.drawn;
    const visible = `${s.showHeatmap}${s.showArrows}${s.showVisits}${s.showTrail}${session.mode}${s.heatScale}`;
    const fast = s.speed > 30 || session.mode === 'turbo';
    const due = !fast || time - d.at >= OVERLAY_REFRESH_MS;
    if ((session.learnVersion !== d.learn && due) || visible !== d.visible) {
      d.learn = session.learnVersion;
      d.at = time;
      if (s.showHeatmap) this.heat.draw(session, s.heatScale);
      if (s.showArrows) this.overlays.drawArrows(session);
      if (s.showVisits) this.overlays.drawVisits(session);
    }
    if (s.showTrail && session.moveCount !== d.moves && (due || d.moves < 0)) {
      d.moves = session.moveCount;
      this.overlays.drawTrail(session);
    }
    if (visible !== d.visible) {
      d.visible = visible;
      this.heat.setVisible(s.showHeatmap);
      this.overlays.setVisible({
        arrows: s.showArrows,
        visits: s.showVisits,
        trail: s.showTrail && session.mode !== 'turbo',
      });
    }
  }

  /** Frames and env steps per second over the last second (shown in the HUD, read by tests). */
  private measure(time: number): void {
    const m = this.meter;
    m.frames++;
    if (m.at === 0) {
      m.at = time;
      m.steps = this.session.steps;
      return;
    }
    if (time - m.at >= 1000) {
      this.measured.fps = (m.frames * 1000) / (time - m.at);
      this.measured.stepsPerSecond = ((this.session.steps - m.steps) * 1000) / (time - m.at);
      m.at = time;
      m.frames = 0;
      m.steps = this.session.steps;
    }
  }
}
