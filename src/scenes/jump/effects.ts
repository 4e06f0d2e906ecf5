/**
 * Small moments at slow speeds: a "−1" when a jump costs, "−100" and a puff when the runner falls,
 * "+100" with confetti and a waving flag on a clear. Short tweens that clean up after themselves.
 */
import type Phaser from 'phaser';
import { t } from '../../i18n/language.ts';
import { COLORS, CSS, GROUND_Y } from './layout.ts';

const CONFETTI = [COLORS.orange, COLORS.gold, COLORS.teal, COLORS.tealLight, COLORS.good, 0xf6f1e7];

export class Effects {
  constructor(
    private readonly scene: Phaser.Scene,
    private readonly depth: number,
  ) {}

  /** A number that floats up and fades. */
  floater(x: number, y: number, text: string, color: string, size = 18): void {
    const label = this.scene.add
      .text(x, y, text, {
        fontFamily: 'system-ui, sans-serif',
        fontSize: `${size}px`,
        fontStyle: 'bold',
        color,
        stroke: '#1d2130',
        strokeThickness: 4,
      })
      .setOrigin(0.5, 1)
      .setDepth(this.depth);
    this.scene.tweens.add({
      targets: label,
      y: y - 46,
      alpha: 0,
      duration: 900,
      ease: 'Cubic.easeOut',
      onComplete: () => label.destroy(),
    });
  }

  jumpCost(x: number, y: number): void {
    this.floater(x, y, '−1', CSS.muted, 15);
  }

  fall(x: number): void {
    this.floater(x, GROUND_Y - 24, '−100', CSS.bad, 22);
  }

  clear(x: number, flag: Phaser.GameObjects.Image): void {
    this.floater(x, GROUND_Y - 96, `+100  ${t().jump.effects.cleared}`, CSS.gold, 22);
    this.scene.tweens.add({
      targets: flag,
      angle: { from: -8, to: 8 },
      duration: 140,
      yoyo: true,
      repeat: 3,
    });
    for (let i = 0; i < 26; i++) {
      const c = this.scene.add
        .rectangle(flag.x + 6, flag.y - 50, 5, 8, CONFETTI[i % CONFETTI.length])
        .setDepth(this.depth);
      const angle = -Math.PI / 2 + (i / 25 - 0.5) * 2.4;
      const speed = 70 + ((i * 37) % 60);
      this.scene.tweens.add({
        targets: c,
        x: c.x + Math.cos(angle) * speed,
        y: c.y + Math.sin(angle) * speed + 70,
        angle: 360 + i * 20,
        alpha: 0,
        duration: 900 + ((i * 53) % 300),
        ease: 'Quad.easeOut',
        onComplete: () => c.destroy(),
      });
    }
  }
}
