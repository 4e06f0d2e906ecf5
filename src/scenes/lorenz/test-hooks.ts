/**
 * Read-only test hooks for the browser tests: `window.__rl.lorenz` while the Lorenz scene runs.
 * Plain values (they cross `page.evaluate`), read on demand.
 */
import type Phaser from 'phaser';
import type { LorenzSession } from '../../play/lorenz/session.ts';
import type { ClipRecorder } from '../../ui/lorenz/recorder.ts';
import type { AttractorView } from './attractor-view.ts';
import type { FigureView } from './figure-view.ts';

export interface LorenzTestHooks {
  readonly settings: Record<string, unknown>;
  readonly time: number;
  readonly steps: number;
  readonly paused: boolean;
  readonly blowUp: string | null;
  readonly trajectories: number;
  /** Bounding box of the reference's trail: [min x, min y, min z, max x, max y, max z]. */
  readonly box: number[];
  readonly camera: { yaw: number; pitch: number; zoom: number };
  readonly spectrum: {
    params: Record<string, number>;
    spectrum: number[] | null;
    time: number;
    behaviour: string | null;
    done: boolean;
    error: string | null;
  };
  readonly sensitivity: { slope: number | null; samples: number; ended: string | null; finished: number[] };
  readonly sweep: {
    id: number;
    param: string;
    count: number;
    diagramDone: number;
    lyapPass: number;
    lyapDone: number;
    finished: boolean;
    progress: number;
    tally: Record<string, number>;
    renders: number;
  };
  readonly clip: { recording: boolean; last: { bytes: number; type: string } | null };
  /** λ1, λ2, λ3 and class of the sweep value nearest to v. */
  sweepAt(v: number): { value: number; lyap: number[]; behaviour: string | null; maxima: number };
  /** Page (client) coordinates of a value on the diagram, for mouse clicks. */
  diagramPoint(value: number): { x: number; y: number };
  /** Page coordinates of a point of the game (game units). */
  toClient(x: number, y: number): { x: number; y: number };
  /** The figure as a PNG data URL. */
  figureImage(): string;
  /** Brightness of the attractor drawing on a 48×48 grid. */
  attractorSample(): number[];
  /** Points in the reference's trail. */
  readonly trailPoints: number;
  /**
   * The words drawn on the scene's raw canvases (the HUD over the attractor, the sweep figure and
   * its marks) since each was last cleared: what a reader sees there, for the language checks.
   */
  canvasTexts(): string[];
}

/**
 * Record what `fillText` draws into a 2-D context, forgetting it when the whole canvas is painted
 * over or cleared (each frame of the HUD; each redraw of the figure). Test build only.
 */
function recordTexts(ctx: CanvasRenderingContext2D | null | undefined): () => string[] {
  if (!ctx) return () => [];
  let texts: string[] = [];
  const { fillText, fillRect, clearRect } = ctx;
  const whole = (x: number, y: number, w: number, h: number) =>
    x <= 0 && y <= 0 && w >= ctx.canvas.width && h >= ctx.canvas.height;
  ctx.fillText = function (text: string, x: number, y: number, max?: number) {
    if (text.trim()) texts.push(text);
    return max === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, max);
  };
  ctx.fillRect = function (x: number, y: number, w: number, h: number) {
    if (whole(x, y, w, h)) texts = [];
    return fillRect.call(this, x, y, w, h);
  };
  ctx.clearRect = function (x: number, y: number, w: number, h: number) {
    if (whole(x, y, w, h)) texts = [];
    return clearRect.call(this, x, y, w, h);
  };
  return () => [...texts];
}

type Hooked = { lorenz?: LorenzTestHooks };

export function installLorenzHooks(
  game: Phaser.Game,
  session: LorenzSession,
  figure: FigureView,
  attractor: AttractorView,
  recorder: () => ClipRecorder | null,
): () => void {
  const toClient = (x: number, y: number) => {
    const rect = game.canvas.getBoundingClientRect();
    return {
      x: rect.left + (x / game.scale.width) * rect.width,
      y: rect.top + (y / game.scale.height) * rect.height,
    };
  };
  const context = (id: string) => (document.getElementById(id) as HTMLCanvasElement | null)?.getContext('2d');
  const drawn = ['lorenz-attractor', 'lorenz-figure', 'lorenz-figure-marks'].map((id) =>
    recordTexts(context(id)),
  );
  const hooks: LorenzTestHooks = {
    get settings() {
      const s = session.settings.getState();
      return Object.fromEntries(Object.entries(s).filter(([, v]) => typeof v !== 'function'));
    },
    get time() {
      return session.flock.time;
    },
    get steps() {
      return session.steps;
    },
    get paused() {
      return session.paused;
    },
    get blowUp() {
      return session.blowUp;
    },
    get trajectories() {
      return session.flock.count;
    },
    get box() {
      return [...session.boxMin, ...session.boxMax];
    },
    get camera() {
      const c = session.camera;
      return { yaw: c.yaw, pitch: c.pitch, zoom: c.zoom };
    },
    get spectrum() {
      const s = session.spectrum;
      return {
        params: { ...s.params },
        spectrum: s.spectrum ? [...s.spectrum] : null,
        time: s.time,
        behaviour: s.behaviour,
        done: s.done,
        error: s.error,
      };
    },
    get sensitivity() {
      const m = session.meter;
      return { slope: m.fit()?.slope ?? null, samples: m.length, ended: m.ended, finished: [...m.finished] };
    },
    get sweep() {
      const r = session.results;
      return {
        id: r.id,
        param: r.config.param,
        count: r.count,
        diagramDone: r.diagramDone,
        lyapPass: r.lyapPass,
        lyapDone: r.lyapDone,
        finished: r.finished,
        progress: r.progress,
        tally: r.tally(),
        renders: figure.renders,
      };
    },
    get clip() {
      const rec = recorder();
      return {
        recording: !!rec?.active,
        last: rec?.last ? { bytes: rec.last.bytes, type: rec.last.type } : null,
      };
    },
    sweepAt(v) {
      const r = session.results;
      const i = r.indexOf(v);
      return {
        value: r.values[i],
        lyap: Array.from(r.lyap.subarray(3 * i, 3 * i + 3)),
        behaviour: r.behaviour[i],
        maxima: r.maxima[i]?.length ?? -1,
      };
    },
    diagramPoint(value) {
      const p = figure.pointOf(value);
      return toClient(p.x, p.y);
    },
    toClient,
    figureImage: () => figure.dataUrl(),
    attractorSample: () => attractor.sample(),
    get trailPoints() {
      return session.flock.trails[0].length;
    },
    canvasTexts: () => drawn.flatMap((texts) => texts()),
  };
  const rl = window.__rl as Hooked | undefined;
  if (rl) rl.lorenz = hooks;
  return () => {
    if (rl?.lorenz === hooks) delete rl.lorenz;
  };
}
