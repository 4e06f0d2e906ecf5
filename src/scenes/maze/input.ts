/**
 * Maps keys and pointer gestures to the session and the settings store. Nothing here decides
 * anything: keys set modes and toggles, the session applies them at its next frame.
 */
import type Phaser from 'phaser';
import { t } from '../../i18n/language.ts';
import { type Marker, markerAt } from '../../play/maze/editor.ts';
import { gestureAction, type Point, swipeAction } from '../../play/maze/gestures.ts';
import type { OptimalView } from '../../play/maze/optimal-view.ts';
import type { MazeSession } from '../../play/maze/session.ts';
import { MAZE_MODES, type MazeSettingsStore, SPEED_MAX, SPEED_MIN } from '../../state/maze-settings.ts';
import type { HelpEntry } from '../../ui/shared/chrome.ts';
import { handKeysToScene, sceneKey } from '../../ui/shared/keys.ts';
import type { MazeBoard } from './board.ts';
import { MAZE_TEXTURES } from './textures.ts';

/** Every control of the scene, for the help overlay, in the current language (read when drawn). */
export function mazeHelp(): HelpEntry[] {
  return Object.values(t().maze.help);
}

const MOVES: Record<string, number> = {
  ArrowUp: 0,
  KeyW: 0,
  ArrowRight: 1,
  KeyD: 1,
  ArrowDown: 2,
  KeyS: 2,
  ArrowLeft: 3,
  KeyA: 3,
};

/** A finger held this long (ms) on one cell inspects it instead of moving (Play on a touch screen). */
const LONG_PRESS_MS = 450;

export class MazeInput {
  /** The cell under the pointer (editor hover), or −1. */
  hover = -1;
  /** The cell under the mouse outside the editor (the inspector follows it), or −1. */
  private mouseCell = -1;
  /** The cell a tap, a click or the I key chose for the inspector, or −1. */
  private pinned = -1;
  private board: MazeBoard;
  private drag: { marker: Marker; from: number } | null = null;
  private ghost: Phaser.GameObjects.Image | null = null;
  private down = -1;
  /** Where a Play-mode finger (or mouse) went down, for swipes and taps. */
  private playFrom: Point | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly session: MazeSession,
    private readonly store: MazeSettingsStore,
    board: MazeBoard,
    private readonly optimal: OptimalView,
  ) {
    this.board = board;
    // Keys straight from the DOM (like the page chrome's): one call per key press, at once, rather
    // than through Phaser's per-frame key queue.
    window.addEventListener('keydown', this.onKey);
    scene.input.on('pointerdown', this.onDown);
    scene.input.on('pointermove', this.onMove);
    scene.input.on('pointerup', this.onUp);
    scene.input.on('gameout', this.onOut);
  }

  /** The cell the inspector shows: under the mouse, else the one chosen; −1 for none (or editing). */
  get inspected(): number {
    if (this.session.editing) return -1;
    return this.mouseCell >= 0 ? this.mouseCell : this.pinned;
  }

  /** Choose `cell` for the inspector, or let go of it when it was already chosen. */
  private pin(cell: number): void {
    this.pinned = cell === this.pinned ? -1 : cell;
  }

  setBoard(board: MazeBoard): void {
    this.board = board;
    this.pinned = -1;
    this.mouseCell = -1;
  }

  private readonly onKey = (e: KeyboardEvent) => {
    if (!sceneKey(e)) return;
    const session = this.session;
    const s = this.store.getState();
    const move = MOVES[e.code];
    if (move !== undefined) {
      if (session.mode === 'play') session.playMove(move);
      e.preventDefault();
      return;
    }
    const digit = Number(e.key);
    if (Number.isInteger(digit) && digit >= 1 && digit <= MAZE_MODES.length) {
      s.update({ mode: MAZE_MODES[digit - 1] });
      return;
    }
    switch (e.key) {
      case ' ':
        if (session.paused) session.resume();
        else session.pause();
        e.preventDefault();
        break;
      case 'n':
      case 'N':
        session.stepOnce();
        break;
      case '+':
      case '=':
        s.update({ speed: Math.min(SPEED_MAX, s.speed * 2) });
        break;
      case '-':
      case '_':
        s.update({ speed: Math.max(SPEED_MIN, s.speed / 2) });
        break;
      case 'r':
      case 'R':
        session.resetEpisode();
        break;
      case 'h':
      case 'H':
        s.update({ showHeatmap: !s.showHeatmap });
        break;
      case 'g':
      case 'G':
        s.update({ showArrows: !s.showArrows });
        break;
      case 'v':
      case 'V':
        s.update({ showVisits: !s.showVisits });
        break;
      case 't':
      case 'T':
        s.update({ showTrail: !s.showTrail });
        break;
      case 'e':
      case 'E':
        session.setEditing(!session.editing);
        break;
      case 'l':
      case 'L':
        s.update({ showAlgo: !s.showAlgo });
        break;
      case 'q':
      case 'Q': {
        // Double Q's table: sum → Q₁ → Q₂ → sum.
        const order = ['sum', 'q1', 'q2'] as const;
        s.update({ qTable: order[(order.indexOf(s.qTable) + 1) % order.length] });
        break;
      }
      case 'o':
      case 'O':
        // The board: the agent's values ↔ the optimal ones (V*, or V_k while sweeping).
        this.optimal.toggle();
        break;
      case 'b':
      case 'B':
        // One value-iteration sweep (the board then shows V_k).
        this.optimal.sweep();
        break;
      case 'i':
      case 'I':
        // The keyboard's way into the inspector: the agent's own cell (again: close it).
        this.pin(session.position);
        break;
    }
  };

  private rowCol(cell: number): [number, number] {
    const w = this.board.layout.width;
    return [Math.floor(cell / w), cell % w];
  }

  private readonly onDown = (p: Phaser.Input.Pointer) => {
    // A click on the game gives the keys back to the scene (a panel slider may hold the focus).
    handKeysToScene();
    if (!this.session.editing) {
      this.playFrom = this.session.mode === 'play' ? { x: p.x, y: p.y } : null;
      return;
    }
    const cell = this.board.cellAt(p.x, p.y);
    this.down = cell;
    if (cell < 0) return;
    const [r, c] = this.rowCol(cell);
    const marker = markerAt(this.session.spec.rows, r, c);
    if (marker) {
      this.drag = { marker, from: cell };
      this.ghost = this.scene.add
        .image(p.x, p.y, marker === 'S' ? MAZE_TEXTURES.start : MAZE_TEXTURES.goal)
        .setDisplaySize(this.board.tile, this.board.tile)
        .setAlpha(0.75)
        .setDepth(20);
    }
  };

  private readonly onMove = (p: Phaser.Input.Pointer) => {
    this.hover = this.session.editing ? this.board.cellAt(p.x, p.y) : -1;
    // A finger has no hover: on a touch screen the inspector opens with a tap (or a long press).
    this.mouseCell = !p.wasTouch && !this.session.editing ? this.board.cellAt(p.x, p.y) : -1;
    this.ghost?.setPosition(p.x, p.y);
  };

  private readonly onOut = () => {
    this.mouseCell = -1;
  };

  private readonly onUp = (p: Phaser.Input.Pointer) => {
    const cell = this.board.cellAt(p.x, p.y);
    const from = this.playFrom;
    this.playFrom = null;
    if (from && !this.session.editing && this.session.mode === 'play') {
      const w = this.board.layout.width;
      const still = swipeAction(from, { x: p.x, y: p.y }, this.board.tile) === null;
      // A long press on a cell inspects it, as does a tap on a cell that is not a move.
      if (still && cell >= 0 && p.upTime - p.downTime >= LONG_PRESS_MS) {
        this.pin(cell);
        return;
      }
      const move = gestureAction(from, { x: p.x, y: p.y }, this.board.tile, this.session.position, cell, w);
      if (move !== null) this.session.playMove(move);
      else if (still && cell >= 0) this.pin(cell);
      return;
    }
    const drag = this.drag;
    this.drag = null;
    this.ghost?.destroy();
    this.ghost = null;
    if (!this.session.editing) {
      // Watch, Turbo, Evaluate: a tap (or click) on a cell inspects it, again or outside lets go.
      if (this.session.mode !== 'play') this.pinned = cell >= 0 && cell !== this.pinned ? cell : -1;
      return;
    }
    if (cell < 0) return;
    const [r, c] = this.rowCol(cell);
    if (drag) {
      if (cell !== drag.from) this.session.moveMarker(drag.marker, r, c);
    } else if (cell === this.down) {
      this.session.editCell(r, c);
    }
    this.down = -1;
  };

  destroy(): void {
    window.removeEventListener('keydown', this.onKey);
    this.scene.input.off('pointerdown', this.onDown);
    this.scene.input.off('pointermove', this.onMove);
    this.scene.input.off('pointerup', this.onUp);
    this.scene.input.off('gameout', this.onOut);
    this.ghost?.destroy();
  }
}
