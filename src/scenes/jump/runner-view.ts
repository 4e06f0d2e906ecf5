/**
 * One runner on screen: standing at the start (Play, before the first key), the run cycle on the ground, the jump pose in the air (leaning with its
 * vertical speed), the fall pose going down the hole, a hop at the flag; and a small name tag. The
 * ghost (Compare) is the same art, translucent and tinted.
 */
import type Phaser from 'phaser';
import { RUN_ANIM, TEX } from './assets.ts';
import { COLORS, RUNNER_SCALE, VIEW_H, xPx, yPx } from './layout.ts';

export type Pose = 'stand' | 'run' | 'air' | 'fall' | 'cheer';

const HEIGHT_PX = 64 * RUNNER_SCALE;

export class RunnerView {
  readonly sprite: Phaser.GameObjects.Sprite;
  private readonly tag: Phaser.GameObjects.Text;
  private pose: Pose | null = null;
  /** The ghost's tag sits higher, so both read when the runners overlap. */
  private readonly tagLift: number;

  /** The ghost (Compare's twin) is see-through. */
  private readonly alpha: { sprite: number; tag: number };

  constructor(scene: Phaser.Scene, ghost: boolean, textScale = 1) {
    this.sprite = scene.add.sprite(0, 0, TEX.run(0)).setOrigin(0.5, 1);
    this.tag = scene.add
      .text(0, 0, '', {
        fontFamily: 'system-ui, sans-serif',
        fontSize: `${Math.round(12 * textScale)}px`,
        color: '#f6f1e7',
        backgroundColor: ghost ? '#1f9c90' : '#d95a2b',
        padding: { x: 5, y: 2 },
      })
      .setOrigin(0.5, 1);
    this.tagLift = ghost ? Math.round(26 * textScale) : 4;
    if (ghost) this.sprite.setTint(COLORS.tealLight);
    this.alpha = ghost ? { sprite: 0.55, tag: 0.85 } : { sprite: 1, tag: 1 };
  }

  setTag(text: string | null): void {
    this.tag.setText(text ?? '').setVisible(text !== null && this.sprite.visible);
  }

  setVisible(on: boolean): void {
    this.sprite.setVisible(on);
    this.tag.setVisible(on && this.tag.text !== '');
  }

  setDepth(depth: number): void {
    this.sprite.setDepth(depth);
    this.tag.setDepth(depth + 0.5);
  }

  /** Feet at (x, y) m; `lean` in radians (air and fall poses). */
  show(x: number, y: number, pose: Pose, lean = 0): void {
    const s = this.sprite;
    if (pose !== this.pose) {
      this.pose = pose;
      if (pose === 'run') s.play(RUN_ANIM, true);
      else {
        s.stop();
        s.setTexture(pose === 'fall' ? TEX.fall : pose === 'stand' ? TEX.run(0) : TEX.jump);
      }
    }
    s.setPosition(xPx(x), yPx(y)).setRotation(pose === 'run' || pose === 'stand' ? 0 : lean);
    this.tag.setPosition(s.x, s.y - HEIGHT_PX - this.tagLift);
    // Gone down the hole past the world's bottom: on an upright screen the strip and HUD are there.
    const inWorld = s.y <= VIEW_H ? 1 : 0;
    s.setAlpha(inWorld * this.alpha.sprite);
    this.tag.setAlpha(inWorld * this.alpha.tag);
  }
}
