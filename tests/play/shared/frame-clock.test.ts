import { describe, expect, it } from 'vitest';
import { FIRST_FRAME_MS, FrameClock, MAX_FRAME_MS } from '../../../src/play/shared/frame-clock.ts';
import { StepClock } from '../../../src/play/shared/step-clock.ts';

describe('FrameClock', () => {
  it('gives the real time between frames, one 60 Hz frame first, clamped after a stall', () => {
    let t = 1000;
    const clock = new FrameClock(() => t);
    expect(clock.tick()).toBeCloseTo(FIRST_FRAME_MS);
    t += 66.7; // 15 fps: the real 66.7 ms, not a smoothed 16.7
    expect(clock.tick()).toBeCloseTo(66.7);
    t += 60_000; // a background tab for a minute
    expect(clock.tick()).toBe(MAX_FRAME_MS);
    t -= 5; // a clock that steps back never gives negative time
    expect(clock.tick()).toBe(0);
    clock.reset();
    t += 10_000;
    expect(clock.tick()).toBeCloseTo(FIRST_FRAME_MS);
  });

  it('keeps the simulation speed independent of the frame rate', () => {
    for (const fps of [10, 30, 60, 144]) {
      let t = 0;
      const frames = new FrameClock(() => t);
      const steps = new StepClock();
      let n = 0;
      frames.tick();
      for (let f = 0; f < fps * 10; f++) {
        t += 1000 / fps;
        n += steps.tick(frames.tick(), 100);
      }
      expect(n).toBe(1000);
    }
  });
});
