import type { Transition } from '../../src/agents/types.ts';

/** A transition literal for hand-worked updates. */
export const tr = (
  s: number,
  a: number,
  r: number,
  s2: number,
  terminated = false,
  truncated = false,
  nextActionMask?: ArrayLike<number>,
): Transition<number> => ({
  observation: s,
  action: a,
  reward: r,
  nextObservation: s2,
  terminated,
  truncated,
  ...(nextActionMask ? { nextActionMask } : {}),
});
