/**
 * The jump scene's sprites, bundled by Vite (imported as URLs, so the built page works offline), and
 * the run-cycle animation. `no-inline`: Phaser's loader cannot read Vite's inlined (non-base64) SVG data URLs.
 */
import type Phaser from 'phaser';
import background from '../../../assets/jump/background.svg?url&no-inline';
import flag from '../../../assets/jump/flag.svg?url&no-inline';
import ground from '../../../assets/jump/ground.svg?url&no-inline';
import lipLeft from '../../../assets/jump/hole-edge-left.svg?url&no-inline';
import lipRight from '../../../assets/jump/hole-edge-right.svg?url&no-inline';
import fall from '../../../assets/jump/runner-fall.svg?url&no-inline';
import jump from '../../../assets/jump/runner-jump.svg?url&no-inline';
import run0 from '../../../assets/jump/runner-run-0.svg?url&no-inline';
import run1 from '../../../assets/jump/runner-run-1.svg?url&no-inline';
import run2 from '../../../assets/jump/runner-run-2.svg?url&no-inline';
import run3 from '../../../assets/jump/runner-run-3.svg?url&no-inline';
import run4 from '../../../assets/jump/runner-run-4.svg?url&no-inline';
import run5 from '../../../assets/jump/runner-run-5.svg?url&no-inline';
import { RUNNER_SCALE } from './layout.ts';

export const TEX = {
  background: 'jump-background',
  ground: 'jump-ground',
  lipLeft: 'jump-lip-left',
  lipRight: 'jump-lip-right',
  flag: 'jump-flag',
  jump: 'jump-runner-jump',
  fall: 'jump-runner-fall',
  run: (i: number) => `jump-runner-run-${i}`,
} as const;

export const RUN_ANIM = 'jump-run';
const RUN_FRAMES = [run0, run1, run2, run3, run4, run5];

/** Runner textures are rasterised at the size they are drawn (SVG), so they stay crisp. */
export function preloadJumpAssets(scene: Phaser.Scene): void {
  const runner = { width: Math.round(48 * RUNNER_SCALE), height: Math.round(64 * RUNNER_SCALE) };
  const load = scene.load;
  load.svg(TEX.background, background, { width: 960, height: 400 });
  load.svg(TEX.ground, ground, { width: 64, height: 64 });
  load.svg(TEX.lipLeft, lipLeft, { width: 64, height: 64 });
  load.svg(TEX.lipRight, lipRight, { width: 64, height: 64 });
  load.svg(TEX.flag, flag, { width: 40, height: 60 });
  load.svg(TEX.jump, jump, runner);
  load.svg(TEX.fall, fall, runner);
  RUN_FRAMES.forEach((url, i) => {
    load.svg(TEX.run(i), url, runner);
  });
}

/** The run cycle (once per game: animations are global). */
export function createJumpAnimations(scene: Phaser.Scene): void {
  if (scene.anims.exists(RUN_ANIM)) return;
  scene.anims.create({
    key: RUN_ANIM,
    frames: RUN_FRAMES.map((_, i) => ({ key: TEX.run(i) })),
    frameRate: 12,
    repeat: -1,
  });
}
