import { describe, expect, it } from 'vitest';
import { StepClock } from '../../../src/play/shared/step-clock.ts';

describe('StepClock', () => {
  it('steps once a second at 1 step/s whatever the frame rate', () => {
    for (const fps of [30, 60, 144]) {
      const clock = new StepClock();
      let steps = 0;
      for (let f = 0; f < fps * 10; f++) steps += clock.tick(1000 / fps, 1);
      expect(steps).toBe(10);
    }
  });

  it('gives many steps per frame at high speed, capped per frame', () => {
    const clock = new StepClock(1000);
    expect(clock.tick(1000 / 60, 60_000)).toBe(1000);
    expect(clock.tick(1000 / 60, 6_000)).toBe(100);
    expect(clock.tick(5000, 100)).toBe(25); // a 5 s hiccup counts as 250 ms
    expect(clock.tick(16, 0)).toBe(0);
  });
});
