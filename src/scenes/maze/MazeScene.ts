/**
 * The Q-learning maze (SPEC §1): play it, watch an agent learn it, train it fast in a worker,
 * evaluate its greedy policy, edit the maze. This scene only draws and maps input; the logic is
 * `MazeSession` (src/play), the settings are the `mazeSettings` store, the panel and charts live
 * in src/ui. Route: `#maze`, `#maze/<preset>` to open a preset directly, or a shared link
 * `#maze?layout=…&alpha=…` (./link.ts).
 */
import Phaser from 'phaser';
import { shallow } from 'zustand/shallow';
import { UpdateRecord } from '../../agents/update-record.ts';
import { t } from '../../i18n/language.ts';
import { OptimalView, optimalSource } from '../../play/maze/optimal-view.ts';
import { MazeSession } from '../../play/maze/session.ts';
import { pageStorage } from '../../play/maze/session-files.ts';
import { FrameClock } from '../../play/shared/frame-clock.ts';
import { mazeSettings } from '../../play/shared/page-settings.ts';
import { subscribeTo } from '../../play/shared/run-store.ts';
import { WorkerTurbo } from '../../play/shared/turbo-client.ts';
import type { MazeSettings } from '../../state/maze-settings.ts';
import { closeCompareDialog } from '../../ui/compare/dialog.ts';
import { MazeAnnouncer } from '../../ui/maze/announcer.ts';
import { MazeCharts } from '../../ui/maze/charts.ts';
import { MazeInspector } from '../../ui/maze/inspector.ts';
import { inspectCell } from '../../ui/maze/inspector-text.ts';
import { type MazePanel, mountMazePanel } from '../../ui/maze/panel.ts';
import { MazeReadout } from '../../ui/maze/readout.ts';
import { ReferenceReadout } from '../../ui/maze/reference-readout.ts';
import { clearSceneChrome, setSceneChrome } from '../../ui/shared/chrome.ts';
import type { RouteData } from '../../ui/shared/router.ts';
import { sceneMeta } from '../shared/scene-meta.ts';
import { installSceneHooks } from '../shared/test-hooks.ts';
import { AgentSprite } from './agent-sprite.ts';
import { AlgoOverlay, algoLine } from './algo-overlay.ts';
import { shownQ, tableOf } from './algo-state.ts';
import { type Area, MazeBoard } from './board.ts';
import { Heatmap } from './heatmap.ts';
import { MazeHud } from './hud.ts';
import { MazeInput, mazeHelp } from './input.ts';
import { cellFacts } from './inspect.ts';
import { fitMaze } from './layout.ts';
import { mazeShareAddress, openMazeLink } from './link.ts';
import { OptimalLayer } from './optimal-layer.ts';
import { Overlays } from './overlays.ts';
import { loadMazeTextures } from './textures.ts';
import { followMazeTitle, mazeTitle } from './title.ts';
import { followTouchLabels, mazeTouchControls } from './touch.ts';
import { flashWallChange } from './wall-flash.ts';

/** Side-column panels and charts refresh this often (ms). */
const SIDE_REFRESH_MS = 250;
/** When stepping fast, redraw Q-dependent overlays at most this often (ms). */
const OVERLAY_REFRESH_MS = 100;

export class MazeScene extends Phaser.Scene {
  static readonly key = 'MazeScene';
  static readonly meta = sceneMeta('maze');

  private route: string | undefined;
  /** Where the board goes on this stage: below the top line, above the legends (layout.ts). */
  private boardArea!: Area;
  private params = new URLSearchParams();
  private session!: MazeSession;
  private board!: MazeBoard;
  private heat!: Heatmap;
  private overlays!: Overlays;
  private algo!: AlgoOverlay;
  /** The optimal reference: V* or V_k on the board, the sweeps, the distance (src/play/maze). */
  private optimal!: OptimalView;
  private optimalLayer!: OptimalLayer;
  private reference!: ReferenceReadout;
  /** Whether the board shows a changing maze's changed walls. */
  private wallsChanged = false;
  private sprite!: AgentSprite;
  private hud!: MazeHud;
  private input_!: MazeInput;
  private panel!: MazePanel;
  private readout!: MazeReadout;
  private announcer!: MazeAnnouncer;
  private charts!: MazeCharts;
  private inspector!: MazeInspector;
  /** The cell the inspector showed last, and when (it refreshes with the side column). */
  private inspectedAt = { cell: -1, time: 0 };
  /** What the overlays must redraw, set by the run-state and settings subscriptions. */
  private readonly stale = { learned: true, trail: true, view: true };
  private drawnAt = 0;
  private unsubscribe: (() => void)[] = [];
  private sideAt = 0;
  private readonly frameClock = new FrameClock();
  private readonly measured = { fps: 0, stepsPerSecond: 0 };
  private meter = { at: 0, frames: 0, steps: 0 };

  constructor() {
    super(MazeScene.key);
  }

  init(data: RouteData): void {
    this.route = data?.route;
    this.params = data?.params ?? new URLSearchParams();
  }

  preload(): void {
    loadMazeTextures(this);
  }

  create(): void {
    this.frameClock.reset();
    this.session = new MazeSession({
      settings: mazeSettings,
      createTurbo: () => new WorkerTurbo(),
      storage: pageStorage,
    });
    // A function: the chrome builds it again, in the new language, when the language changes.
    const touch = mazeTouchControls(this.session, mazeSettings);
    setSceneChrome(() => ({
      title: mazeTitle(mazeSettings.getState().agentKind),
      help: mazeHelp(),
      touch,
      share: () => mazeShareAddress(MazeScene.meta.hash, mazeSettings),
    }));
    // After the chrome: its title is the menu's name, which the agent-following title replaces.
    const stopTitle = followMazeTitle(mazeSettings);
    const stopTouchLabels = followTouchLabels(this.session);
    // A shared link (`#maze/cliff?alpha=0.5`) opens its setup at the next frame. The address then
    // becomes `#maze`, so that a reload keeps whatever the user chose afterwards.
    if (openMazeLink(this.session, this.route, this.params)) {
      history.replaceState(null, '', `${location.pathname}${location.search}#${MazeScene.meta.hash}`);
    }
    // After the chrome (the page's layout for this scene, its touch bar), before anything is laid
    // out: a portrait game on a tall stage (a phone), so the board gets the whole width.
    this.boardArea = fitMaze(this);
    this.optimal = new OptimalView(optimalSource(this.session));
    this.buildBoard();
    this.sprite = new AgentSprite(this, this.board);
    this.hud = new MazeHud(this, this.sprite.image);
    this.input_ = new MazeInput(this, this.session, mazeSettings, this.board, this.optimal);
    this.panel = mountMazePanel(this.session, mazeSettings, this.optimal);
    this.readout = new MazeReadout(document.getElementById('panel') as HTMLElement);
    this.reference = new ReferenceReadout(
      document.getElementById('panel') as HTMLElement,
      this.optimal,
      () => this.session.maze.layout.width,
    );
    this.announcer = new MazeAnnouncer(document.getElementById('panel') as HTMLElement);
    this.charts = new MazeCharts(document.getElementById('charts') as HTMLElement, this.session);
    this.inspector = new MazeInspector(document.getElementById('stage') as HTMLElement);

    // An accidental refresh or a closed tab keeps the agent (also saved every few seconds).
    const onPageHide = () => this.session.save();
    window.addEventListener('pagehide', onPageHide);
    const removeHooks = installSceneHooks(
      'maze',
      this.game,
      this.session,
      mazeSettings,
      () => this.board,
      this.measured,
      this.optimal,
    );

    this.subscribe();

    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      for (const u of this.unsubscribe) u();
      this.unsubscribe = [];
      window.removeEventListener('pagehide', onPageHide);
      stopTitle();
      stopTouchLabels();
      removeHooks();
      this.session.dispose();
      this.input_.destroy();
      this.panel.dispose();
      closeCompareDialog();
      this.charts.destroy();
      this.inspector.destroy();
      this.readout.destroy();
      this.reference.destroy();
      this.optimalLayer.destroy();
      this.announcer.destroy();
      this.hud.destroy();
      this.sprite.destroy();
      this.overlays.destroy();
      this.algo.destroy();
      this.heat.destroy();
      this.board.destroy();
      clearSceneChrome();
    });
  }

  override update(time: number): void {
    const session = this.session;
    const s = mazeSettings.getState();
    // The inspector's last update: every agent on the page records its real updates (a new agent,
    // one handed back by the worker, an import: each starts recording when it arrives).
    if (session.agent.record === null) session.agent.record = new UpdateRecord(session.agent.nStates);
    session.frame(this.frameClock.tick());
    if (session.maze.changed !== this.wallsChanged) {
      // The walls of a changing maze moved: the same world, new tiles; show what changed.
      const before = this.board.layout;
      this.rebuild();
      flashWallChange(this, this.board, before);
    }
    // DP follows the maze and γ; the distance is computed again at most a few times a second.
    this.optimal.update(time);
    this.drawOverlays(s, time);
    const inspected = this.input_.inspected;
    this.overlays.drawHighlight(session, this.input_.hover, time, inspected);
    this.inspect(inspected, time);
    const msPerStep = session.mode === 'play' ? 120 : 1000 / s.speed;
    this.sprite.update(session, msPerStep);
    this.measure(time);
    const turbo = session.mode === 'turbo';
    const heat = {
      ...this.heat.range,
      log: this.heat.log,
      learned: this.heat.learned,
      unlearned: this.heat.unlearned,
    };
    const algo = s.showAlgo ? algoLine(session.agent, tableOf(session.agent, s.qTable, turbo), turbo) : '';
    this.hud.update(
      session,
      s,
      this.optimal.shown ? { ...heat, name: this.optimalLayer.name(this.optimal) } : heat,
      this.overlays.maxVisits,
      this.measured.fps,
      [this.optimalLayer.label(this.optimal), algo].filter(Boolean).join(' · '),
    );
    if (time - this.sideAt >= SIDE_REFRESH_MS) {
      this.sideAt = time;
      this.readout.update(session);
      this.reference.update();
      this.announcer.update(session, time);
    }
    this.charts.update(time);
  }

  /** The inspector follows its cell at once, and what the cell holds as the side column does. */
  private inspect(cell: number, time: number): void {
    const last = this.inspectedAt;
    if (cell === last.cell && time - last.time < SIDE_REFRESH_MS) return;
    last.cell = cell;
    last.time = time;
    if (cell < 0 || cell >= this.board.layout.tiles.length) {
      this.inspector.show(null, { x: 0, y: 0, half: 0 }, '');
      return;
    }
    const b = this.board;
    const rect = this.game.canvas.getBoundingClientRect();
    const sx = rect.width / this.scale.width;
    const at = { x: rect.left + b.cx(cell) * sx, y: rect.top + b.cy(cell) * sx, half: (b.tile * sx) / 2 };
    const catalog = t();
    this.inspector.show(
      inspectCell(catalog, cellFacts(this.session, cell, this.optimal.optimal)),
      at,
      catalog.maze.lab.inspector.label,
    );
  }

  private buildBoard(): void {
    this.wallsChanged = this.session.maze.changed;
    this.board = new MazeBoard(this, this.session.maze.layout, this.boardArea);
    this.heat = new Heatmap(this, this.board);
    this.overlays = new Overlays(this, this.board);
    this.algo = new AlgoOverlay(this, this.board);
    this.optimalLayer = new OptimalLayer(this, this.board);
    this.stale.learned = this.stale.trail = this.stale.view = true;
  }

  /** Redraw what changed: a new maze rebuilds the board; learning, moves and the view mark overlays stale. */
  private subscribe(): void {
    const run = this.session.runState;
    const mark = (what: keyof typeof this.stale) => () => {
      this.stale[what] = true;
    };
    this.unsubscribe.push(
      run.subscribe(
        (r) => r.world,
        () => this.rebuild(),
      ),
      run.subscribe((r) => r.agent, mark('learned')),
      run.subscribe((r) => r.steps, mark('learned')),
      run.subscribe((r) => r.moves, mark('trail')),
      run.subscribe((r) => r.position, mark('trail')),
      run.subscribe((r) => r.mode, mark('view')),
      subscribeTo(mazeSettings, viewOf, mark('view'), shallow),
      this.optimal.subscribe(mark('view')),
    );
  }

  /** A new maze: new tiles and overlays at the new size. */
  private rebuild(): void {
    this.overlays.destroy();
    this.algo.destroy();
    this.optimalLayer.destroy();
    this.heat.destroy();
    this.board.destroy();
    this.buildBoard();
    this.sprite.setBoard(this.board);
    this.input_.setBoard(this.board);
  }

  /** Q-dependent overlays follow learning every frame when slow, at most 10 times a second when fast. */
  private drawOverlays(s: MazeSettings, time: number): void {
    const session = this.session;
    const stale = this.stale;
    const fast = s.speed > 30 || session.mode === 'turbo';
    const due = !fast || time - this.drawnAt >= OVERLAY_REFRESH_MS;
    if ((stale.learned && due) || stale.view) {
      stale.learned = false;
      this.drawnAt = time;
      const q = shownQ(session.agent, s.qTable, session.mode === 'turbo');
      const dp = this.optimal.shown ? this.optimal : null;
      if (s.showHeatmap) {
        if (dp) this.optimalLayer.drawHeat(dp, this.heat, s.heatScale);
        else this.heat.draw(session, s.heatScale, q);
      }
      if (s.showArrows) {
        if (dp) this.optimalLayer.drawArrows(dp, this.overlays);
        else this.overlays.drawArrows(q);
      }
      if (s.showAlgo) this.algo.draw(session.agent);
      if (s.showVisits) this.overlays.drawVisits(session);
    }
    this.optimalLayer.drawWorst(this.optimal);
    if (s.showTrail && (stale.trail || stale.view) && (due || stale.view)) {
      stale.trail = false;
      this.overlays.drawTrail(session);
    }
    if (stale.view) {
      stale.view = false;
      this.heat.setVisible(s.showHeatmap);
      this.algo.setVisible(s.showAlgo && session.mode !== 'turbo');
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

/** The settings that choose what the overlays show. */
function viewOf(s: MazeSettings) {
  return {
    heat: s.showHeatmap,
    arrows: s.showArrows,
    visits: s.showVisits,
    trail: s.showTrail,
    scale: s.heatScale,
    algo: s.showAlgo,
    table: s.qTable,
  };
}
