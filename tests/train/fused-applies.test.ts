import { describe, expect, it } from 'vitest';
import { makeAgent } from '../../src/agents/make-agent.ts';
import { UpdateRecord } from '../../src/agents/update-record.ts';
import { makeEnv } from '../../src/envs/registry.ts';
import { fusedAdvance, fusedApplies } from '../../src/train/fused/index.ts';
import { Runner } from '../../src/train/runner.ts';
import { expectSame, fused, generic, side } from './fused-helpers.ts';

describe('fusedApplies', () => {
  it('refuses what the kernel does not implement, so the generic runner runs it', () => {
    expect(fusedApplies(side('q-learning', { layout: 'bench10' }).runner)).toBe(true);
    // An env with action masks (MaxBias) is not a grid maze.
    const maxBias = makeEnv('MaxBias-v0', {});
    expect(fusedApplies(new Runner(maxBias, makeAgent('q-learning', maxBias) as never))).toBe(false);
    // Dyna-Q plans with n > 0; n is live, so the answer changes with it.
    const dyna = side('dyna-q', { layout: 'bench10' }, { planningSteps: 5 });
    expect(fusedApplies(dyna.runner)).toBe(false);
    (dyna.agent.params as unknown as { planningSteps: number }).planningSteps = 0;
    expect(fusedApplies(dyna.runner)).toBe(true);
    // The cell inspector's record.
    const recorded = side('q-learning', { layout: 'bench10' });
    recorded.agent.record = new UpdateRecord(recorded.agent.nStates);
    expect(fusedApplies(recorded.runner)).toBe(false);
    expect(() => fusedAdvance(recorded.runner, 10)).toThrow(RangeError);
    // Other kinds: λ methods, n-step SARSA.
    expect(fusedApplies(side('q-lambda', { layout: 'bench10' }).runner)).toBe(false);
    expect(fusedApplies(side('n-step-sarsa', { layout: 'bench10' }).runner)).toBe(false);
    // Evaluation runners and runners with their own onStep.
    const env = makeEnv('GridMaze-v0', { layout: 'bench10' });
    const agent = makeAgent('q-learning', env);
    expect(fusedApplies(new Runner(env, agent as never, { learn: false }))).toBe(false);
    const withStep = new Runner(env, agent as never, { onStep: () => {} });
    expect(fusedApplies(withStep)).toBe(false);
    expect(fusedApplies(withStep, true)).toBe(true);
  });

  it('waits for a pending wall change (changeAt), then applies', () => {
    // 'blocking' changes its walls at step 1000 (MAZE_CHANGES).
    const a = side('q-learning', { layout: 'blocking' });
    const b = side('q-learning', { layout: 'blocking' });
    expect(fusedApplies(b.runner)).toBe(false);
    generic(a, 1000);
    generic(b, 999);
    expect(fusedApplies(b.runner)).toBe(false);
    generic(b, 1);
    expect(fusedApplies(b.runner)).toBe(true);
    generic(a, 5000);
    fused(b, 5000, [123]);
    expectSame(a, b);
  });
});
