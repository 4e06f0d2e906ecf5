/**
 * The agent on the board: glides from cell to cell when stepping slowly (a tween per step),
 * snaps when stepping fast, faces the way it moved, bumps against walls and drops back to S
 * after a fall.
 */
import type Phaser from 'phaser';
import type { MazeSession } from '../../play/maze/session.ts';
import { prefersReducedMotion } from '../../ui/shared/motion.ts';
import { DEPTH, type MazeBoard } from './board.ts';
import { MAZE_TEXTURES } from './textures.ts';

/** Rotation (radians) of the sprite, which faces right, for actions up, right, down, left. */
const FACING = [-Math.PI / 2, 0, Math.PI / 2, Math.PI];
/** Below this many milliseconds per step the sprite snaps instead of gliding. */
const MIN_TWEEN_MS = 60;

export class AgentSprite {
  readonly image: Phaser.GameObjects.Image;
  private readonly scene: Phaser.Scene;
  private board: MazeBoard;
  private seen = -1;
  private tween: Phaser.Tweens.Tween | null = null;

  constructor(scene: Phaser.Scene, board: MazeBoard) {
    this.scene = scene;
    this.board = board;
    this.image = scene.add.image(0, 0, MAZE_TEXTURES.agent).setDepth(DEPTH.agent);
    this.setBoard(board);
  }

  setBoard(board: MazeBoard): void {
    this.board = board;
    this.image.setDisplaySize(board.tile * 0.86, board.tile * 0.86);
    this.seen = -1;
  }

  /** `msPerStep`: how long one step lasts at the current speed (Play: a fixed short glide). */
  update(session: MazeSession, msPerStep: number): void {
    const turbo = session.mode === 'turbo' && session.turboRunning;
    this.image.setVisible(!session.editing);
    this.image.setAlpha(turbo ? 0.35 : 1);
    const moves = session.runState.getState().moves;
    if (moves === this.seen) return;
    const steps = moves - this.seen;
    this.seen = moves;
    const last = session.last;
    const b = this.board;
    this.tween?.stop();
    this.tween = null;
    const glide = steps === 1 && msPerStep >= MIN_TWEEN_MS && last.from !== last.to;
    if (last.from !== last.to || steps === 1) this.image.setRotation(FACING[last.action]);
    if (!glide) {
      const here = session.position;
      if (steps === 1 && last.from === last.to && msPerStep >= MIN_TWEEN_MS)
        this.bump(last.action, msPerStep, here);
      else this.image.setPosition(b.cx(here), b.cy(here));
      return;
    }
    this.image.setPosition(b.cx(last.from), b.cy(last.from));
    const duration = Math.min(msPerStep * 0.8, 240);
    // `last` is reused by the next step: keep what the tween's end needs.
    const fell = last.fell;
    this.tween = this.scene.tweens.add({
      targets: this.image,
      x: b.cx(last.to),
      y: b.cy(last.to),
      duration,
      ease: 'Sine.easeInOut',
      onComplete: () => {
        if (!fell) return;
        // Fell off the cliff: a red flash, then back on S (where the env already put it).
        this.image.setTint(0xff4040);
        this.scene.cameras.main.shake(140, 0.004);
        this.scene.time.delayedCall(Math.min(200, duration), () => {
          this.image.clearTint();
          const s = b.layout.start;
          this.image.setPosition(b.cx(s), b.cy(s));
        });
      },
    });
  }

  /** A move into a wall: a small nudge towards it and back. */
  private bump(action: number, msPerStep: number, cell: number): void {
    const b = this.board;
    const x = b.cx(cell);
    const y = b.cy(cell);
    const dx = [0, 1, 0, -1][action] * b.tile * 0.14;
    const dy = [-1, 0, 1, 0][action] * b.tile * 0.14;
    this.image.setPosition(x, y);
    // The nudge is decoration: with reduced motion the agent just stays put.
    if (prefersReducedMotion()) return;
    this.tween = this.scene.tweens.add({
      targets: this.image,
      x: x + dx,
      y: y + dy,
      duration: Math.min(msPerStep * 0.35, 90),
      yoyo: true,
      onComplete: () => this.image.setPosition(x, y),
    });
  }

  destroy(): void {
    this.tween?.stop();
    this.image.destroy();
  }
}
