/**
 * Each algorithm's own state on the board (issue 11): the λ methods' eligibility traces (cells
 * tinted by max_a e(s, a), the traced pairs as ticks towards their action), the cells Dyna's model
 * knows (a tick per known action), and n-step SARSA's pending window on the trail (numbered, oldest
 * first). One Graphics object, redrawn with the Q-dependent overlays; one line for the HUD.
 */
import type Phaser from 'phaser';
import { formatCompact, formatCount } from '../../core/format.ts';
import { ACTION_DELTAS } from '../../envs/grid-maze.ts';
import { t } from '../../i18n/language.ts';
import type { MazeAgent } from '../../play/maze/agent-file.ts';
import { PALETTE } from '../../ui/shared/theme.ts';
import { dynaOf, nStepOf, tracesOf } from './algo-state.ts';
import { DEPTH, type MazeBoard } from './board.ts';

/** Trace tint: Okabe–Ito orange, strong enough at e = 1 to read over the heat map. */
const TRACE_COLOR = PALETTE.accent;
const MODEL_COLOR = PALETTE.white;
const PENDING_COLOR = PALETTE.yellow;

export class AlgoOverlay {
  private readonly g: Phaser.GameObjects.Graphics;
  /** What was drawn last, for the legend and the tests: traced pairs, known pairs, pending steps. */
  drawn = { traced: 0, known: 0, pending: 0 };

  constructor(
    scene: Phaser.Scene,
    private readonly board: MazeBoard,
  ) {
    this.g = scene.add.graphics().setDepth(DEPTH.visits + 0.5);
  }

  draw(agent: MazeAgent): void {
    const g = this.g;
    g.clear();
    this.drawn = { traced: 0, known: 0, pending: 0 };
    const lambda = tracesOf(agent);
    if (lambda) this.traces(lambda.traces, lambda.traced, lambda.tracedCount, agent.nActions);
    const dyna = dynaOf(agent);
    if (dyna) this.model(dyna.modelKnown, agent.nActions);
    const nStep = nStepOf(agent);
    if (nStep) this.pending(nStep.pendingStates, nStep.pendingCount);
  }

  /** Tint each traced cell by max_a e(s, a) (cost ∝ traced pairs), and tick each traced action. */
  private traces(e: Float64Array, traced: Int32Array, count: number, nA: number): void {
    const b = this.board;
    const t = b.tile;
    const g = this.g;
    let max = 0;
    for (let k = 0; k < count; k++) if (e[traced[k]] > max) max = e[traced[k]];
    if (max <= 0) return;
    for (let k = 0; k < count; k++) {
      const i = traced[k];
      const s = Math.floor(i / nA);
      // Relative to the largest trace (accumulating traces exceed 1): the freshest cell is the strongest.
      const share = e[i] / max;
      g.fillStyle(TRACE_COLOR, 0.3 + 0.55 * share);
      g.fillRect(b.cx(s) - t / 2 + 1, b.cy(s) - t / 2 + 1, t - 2, t - 2);
    }
    g.lineStyle(Math.max(2, t * 0.06), PALETTE.outline, 0.9);
    for (let k = 0; k < count; k++) this.tick(traced[k], nA, 0.3);
    this.drawn.traced = count;
  }

  /** A short tick from the centre towards each action the model knows. */
  private model(known: Uint8Array, nA: number): void {
    const g = this.g;
    let n = 0;
    g.lineStyle(Math.max(1.5, this.board.tile * 0.04), MODEL_COLOR, 0.85);
    for (let i = 0; i < known.length; i++) {
      if (known[i] !== 1) continue;
      n++;
      this.tick(i, nA, 0.42);
    }
    this.drawn.known = n;
  }

  private tick(i: number, nA: number, reach: number): void {
    const b = this.board;
    const s = Math.floor(i / nA);
    const d = ACTION_DELTAS[i % nA];
    const x = b.cx(s);
    const y = b.cy(s);
    const len = b.tile * reach;
    this.g.lineBetween(x + d[1] * len * 0.55, y + d[0] * len * 0.55, x + d[1] * len, y + d[0] * len);
  }

  /** The pending window: a ring per pending state, numbered 1 (oldest, next to be updated) on. */
  private pending(states: Int32Array, count: number): void {
    const b = this.board;
    const g = this.g;
    const r = b.tile * 0.3;
    for (let k = 0; k < count; k++) {
      const s = states[k];
      g.lineStyle(Math.max(3, b.tile * 0.08) + 2, PALETTE.outline, 0.9).strokeCircle(b.cx(s), b.cy(s), r);
      g.lineStyle(Math.max(3, b.tile * 0.08), PENDING_COLOR, 0.25 + (0.75 * (k + 1)) / count);
      g.strokeCircle(b.cx(s), b.cy(s), r);
    }
    // The oldest: a filled dot (its update is the next one to be made).
    if (count > 0) g.fillStyle(PENDING_COLOR, 1).fillCircle(b.cx(states[0]), b.cy(states[0]), r * 0.35);
    this.drawn.pending = count;
  }

  setVisible(on: boolean): void {
    this.g.setVisible(on);
  }

  destroy(): void {
    this.g.destroy();
  }
}

/**
 * The HUD's words for the algorithm's state (empty for Q-learning, SARSA, Expected SARSA). In Turbo
 * the traces, the model and the window live in the worker (its snapshots carry Q only), and the
 * page's copy is as it was at the hand-over: the line says where to see them instead of old numbers.
 */
export function algoLine(agent: MazeAgent, table: 'sum' | 'q1' | 'q2' | undefined, turbo = false): string {
  const w = t().maze.lab.overlays;
  const lambda = tracesOf(agent);
  if (lambda) return turbo ? w.tracesTurbo : w.traces({ count: formatCount(lambda.tracedCount) });
  const dyna = dynaOf(agent);
  if (dyna && turbo) return w.modelTurbo;
  if (dyna) {
    return `${w.planning({ count: formatCompact(dyna.planningUpdates) })} · ${w.model({ known: formatCount(dyna.modelSize) })}`;
  }
  const nStep = nStepOf(agent);
  if (nStep && turbo) return w.pendingTurbo;
  if (nStep)
    return w.pending({ count: formatCount(nStep.pendingCount), n: formatCount(nStep.params.nSteps) });
  if (!table) return '';
  const words = w.table({ table: t().maze.lab.panel.qTables[table] });
  return turbo ? `${words} · ${w.tablesTurbo}` : words;
}
