/** checkEnv and action masks: it draws only legal actions, and checks the masks themselves. */
import { describe, expect, it } from 'vitest';
import { checkEnv, EnvCheckError } from '../../src/envs/check-env.ts';
import { Discrete } from '../../src/envs/spaces.ts';
import { TimeLimit } from '../../src/envs/time-limit.ts';
import type { Env, EnvInfo, StepResult } from '../../src/envs/types.ts';
import { assertAction, assertRunning, type EpisodePhase } from '../../src/envs/types.ts';

interface MaskFaults {
  /** The mask's length (default 3, the action space's n). */
  length?: number;
  /** A value other than 0/1 in the mask. */
  badValue?: boolean;
  /** An all-zero mask on the reset result. */
  empty?: boolean;
  /** Steps with a forbidden action without throwing. */
  lax?: boolean;
}

/**
 * Actions 0, 1, 2; in state 0 only 0 and 1 are legal (mask [1, 1, 0]), in state 1 all are.
 * Action 1 moves 0 → 1; any action in 1 ends the episode.
 */
class MaskedEnv implements Env<number, number> {
  readonly observationSpace = new Discrete(2);
  readonly actionSpace = new Discrete(3);
  readonly spec = { id: 'Masked-test', options: {} };
  /** Every action the env received, to see which ones checkEnv drew. */
  readonly taken: number[] = [];
  private s = 0;
  private phase: EpisodePhase = 'unstarted';
  private readonly masks: number[][];
  private readonly info: EnvInfo & { actionMask: number[] };
  private readonly result: StepResult<number>;

  constructor(private readonly faults: MaskFaults = {}) {
    const n = faults.length ?? 3;
    const first: number[] = Array.from({ length: n }, (_, a) => (a < 2 ? 1 : 0));
    if (faults.badValue) first[0] = 2;
    if (faults.empty) first.fill(0);
    this.masks = [first, Array.from({ length: n }, () => 1)];
    this.info = { success: false, actionMask: this.masks[0] };
    this.result = { observation: 0, reward: 0, terminated: false, truncated: false, info: this.info };
  }

  reset() {
    this.s = 0;
    this.phase = 'running';
    this.info.actionMask = this.masks[0];
    return { observation: 0, info: this.info };
  }

  step(action: number): StepResult<number> {
    assertRunning(this.phase, 'Masked');
    assertAction(this.actionSpace, action, 'Masked');
    if (this.s === 0 && action === 2 && !this.faults.lax) throw new RangeError('action 2 is not legal in 0');
    this.taken.push(action);
    const r = this.result;
    r.terminated = this.s === 1;
    if (this.s === 0 && action === 1) this.s = 1;
    r.observation = this.s;
    r.reward = r.terminated ? 1 : 0;
    this.info.actionMask = this.masks[this.s];
    if (r.terminated) this.phase = 'ended';
    return r;
  }
}

describe('checkEnv with info.actionMask', () => {
  it('draws only legal actions: passes an env that throws on forbidden ones', () => {
    const inner = new MaskedEnv();
    expect(() => checkEnv(new TimeLimit(inner, 50))).not.toThrow();
    // It drew 2 in state 1 (allowed there), never in state 0.
    expect(inner.taken).toContain(2);
  });

  it.each([
    ['a mask of the wrong length', { length: 4 }, /actionMask must be an array of length 3/],
    [
      'a mask value other than 0 and 1',
      { badValue: true },
      /actionMask\[0\] is 2; a mask holds only 0 and 1/,
    ],
    ['a mask that allows nothing', { empty: true }, /reset: info.actionMask allows no action/],
    ['a forbidden action accepted', { lax: true }, /step\(2\) did not throw, but info.actionMask forbids/],
  ])('rejects %s', (_label, faults, message) => {
    const env = new TimeLimit(new MaskedEnv(faults), 50);
    expect(() => checkEnv(env)).toThrow(EnvCheckError);
    expect(() => checkEnv(env)).toThrow(message);
  });
});
