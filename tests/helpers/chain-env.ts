/**
 * A tiny deterministic env for tests of agents, runner and checker:
 * states 0..n−1 on a line, action 1 moves right, 0 moves left (floored at 0),
 * reaching n−1 gives +1 and terminates. Optional faults for checker tests.
 */
import { Discrete } from '../../src/envs/spaces.ts';
import type { Env, EnvInfo, EpisodePhase, StepResult } from '../../src/envs/types.ts';
import { assertAction, assertRunning } from '../../src/envs/types.ts';

export interface ChainFaults {
  nanRewardAt?: number;
  badObservation?: boolean;
  nonDeterministic?: boolean;
  acceptsAnyAction?: boolean;
}

export class ChainEnv implements Env<number, number> {
  readonly observationSpace: Discrete;
  readonly actionSpace = new Discrete(2);
  readonly spec = { id: 'Chain-test', options: {} };
  s = 0;
  private phase: EpisodePhase = 'unstarted';
  private t = 0;
  private calls = 0;
  private readonly info: EnvInfo = { success: false };
  private readonly result: StepResult<number> = {
    observation: 0,
    reward: 0,
    terminated: false,
    truncated: false,
    info: this.info,
  };

  constructor(
    readonly n = 4,
    readonly faults: ChainFaults = {},
  ) {
    this.observationSpace = new Discrete(n);
  }

  reset() {
    this.s = 0;
    this.t = 0;
    this.phase = 'running';
    return { observation: this.s, info: { success: false } };
  }

  step(action: number): StepResult<number> {
    assertRunning(this.phase, 'Chain');
    if (!this.faults.acceptsAnyAction) assertAction(this.actionSpace, action, 'Chain');
    this.t++;
    this.calls++;
    this.s = action === 1 ? this.s + 1 : Math.max(0, this.s - 1);
    const r = this.result;
    r.terminated = this.s === this.n - 1;
    r.reward = r.terminated ? 1 : 0;
    if (this.faults.nanRewardAt === this.t) r.reward = Number.NaN;
    if (this.faults.nonDeterministic && this.calls % 7 === 3) r.reward += 0.5;
    r.observation = this.faults.badObservation ? this.n + 3 : this.s;
    this.info.success = r.terminated;
    if (r.terminated) this.phase = 'ended';
    return r;
  }
}
