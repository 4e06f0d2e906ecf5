import { describe, expect, it } from 'vitest';
import { makeAgent, type ReinforceAgent } from '../../../src/agents/index.ts';
import { makeEnv } from '../../../src/envs/index.ts';
import { JUMP, type JumpHoleEnv, OBS_DISTANCE } from '../../../src/envs/jump-hole.ts';
import { jumpProbability, policyAlongTrack } from '../../../src/play/jump/policy.ts';

describe('P(jump) along the track', () => {
  it('runs in the direction of travel, in metres from the edge: the distance there is −x / window', () => {
    const env = makeEnv('JumpHole-v0');
    const hole = env.unwrapped as JumpHoleEnv;
    const agent = makeAgent('reinforce', env, { seed: 1 }) as ReinforceAgent;
    // A policy that jumps near the edge: P(jump) = σ(−4·d + 2) (the bias is the last feature).
    const fd = agent.featureDim;
    agent.theta.fill(0);
    agent.theta[JUMP * fd + OBS_DISTANCE] = -4;
    agent.theta[JUMP * fd + fd - 1] = 2;
    const w = hole.windowLength;
    const out = new Float64Array(25);
    policyAlongTrack(agent, w, -hole.options.holeStartMax, 0, out);
    // The last point is the edge (d = 0), the first the farthest start (d = 4.8 m / 2.4 m = 2).
    expect(out[24]).toBeCloseTo(1 / (1 + Math.exp(-2)), 12);
    expect(out[0]).toBeCloseTo(jumpProbability(agent, hole.options.holeStartMax / w), 12);
    expect(out[0]).toBeCloseTo(1 / (1 + Math.exp(6)), 12);
    // Nearing the edge, this policy grows ever keener to jump: left to right, as the runner runs.
    for (let i = 1; i < out.length; i++) expect(out[i]).toBeGreaterThan(out[i - 1]);
  });
});
