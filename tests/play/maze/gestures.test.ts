import { describe, expect, it } from 'vitest';
import { gestureAction, swipeAction, tapAction } from '../../../src/play/maze/gestures.ts';

describe('maze gestures', () => {
  it('reads a swipe by its dominant axis', () => {
    const o = { x: 100, y: 100 };
    expect(swipeAction(o, { x: 100, y: 40 }, 40)).toBe(0);
    expect(swipeAction(o, { x: 160, y: 110 }, 40)).toBe(1);
    expect(swipeAction(o, { x: 90, y: 170 }, 40)).toBe(2);
    expect(swipeAction(o, { x: 30, y: 80 }, 40)).toBe(3);
  });

  it('ignores a finger that barely moved', () => {
    expect(swipeAction({ x: 0, y: 0 }, { x: 5, y: 3 }, 40)).toBeNull();
  });

  it('moves to a tapped neighbour only', () => {
    // 5 wide, agent at row 1 col 1 = cell 6.
    expect(tapAction(6, 1, 5)).toBe(0);
    expect(tapAction(6, 7, 5)).toBe(1);
    expect(tapAction(6, 11, 5)).toBe(2);
    expect(tapAction(6, 5, 5)).toBe(3);
    expect(tapAction(6, 6, 5)).toBeNull();
    expect(tapAction(6, 12, 5)).toBeNull();
    expect(tapAction(6, -1, 5)).toBeNull();
    // Cell 4 ends row 0 and cell 5 starts row 1: not neighbours though their numbers touch.
    expect(tapAction(5, 4, 5)).toBeNull();
  });

  it('prefers a swipe over a tap', () => {
    expect(gestureAction({ x: 0, y: 0 }, { x: 0, y: 50 }, 40, 6, 7, 5)).toBe(2);
    expect(gestureAction({ x: 0, y: 0 }, { x: 1, y: 1 }, 40, 6, 7, 5)).toBe(1);
  });
});
