import { describe, expect, it } from 'vitest';
import { ACTOR_CRITIC_DEFAULTS, ActorCriticAgent } from '../../../src/agents/actor-critic.ts';
import { makeAgent } from '../../../src/agents/make-agent.ts';
import { ReinforceAgent } from '../../../src/agents/reinforce.ts';
import { makeEnv } from '../../../src/envs/index.ts';
import { convertAgent } from '../../../src/play/jump/learners.ts';
import { groundValue } from '../../../src/play/jump/policy.ts';
import { JUMP_SETTINGS_DEFAULTS } from '../../../src/state/jump-settings.ts';

describe('switching a jump lane between REINFORCE and the actor–critic', () => {
  it('keeps θ; the actor–critic gets its own critic features (w from 0), and back', () => {
    const env = makeEnv('JumpHole-v0');
    const reinforce = makeAgent('reinforce', env, { seed: 2, baseline: 'learned' }) as ReinforceAgent;
    reinforce.theta.set([1, 2, 3, -1, -2, -3]);
    reinforce.w.set([4, 5, 6]);
    const s = { ...JUMP_SETTINGS_DEFAULTS, agent: 'actor-critic' as const };
    const ac = convertAgent(reinforce, 'actor-critic', s) as ActorCriticAgent;
    expect(ac).toBeInstanceOf(ActorCriticAgent);
    expect(Array.from(ac.theta)).toEqual([1, 2, 3, -1, -2, -3]);
    expect(ac.config.criticFeatures).toEqual(ACTOR_CRITIC_DEFAULTS.criticFeatures);
    expect(ac.criticDim).toBe(15);
    expect(Array.from(ac.w)).toEqual(new Array(15).fill(0));
    ac.w.fill(1);
    // The v̂ strip reads the agent's own value function: on the ground ψ = (0, 0, 0, bumps…, 1).
    const d = 0.6;
    let bumps = 1;
    for (let k = 0; k <= 10; k++) bumps += Math.exp(-((d - (-0.5 + 0.25 * k)) ** 2) / (2 * 0.25 ** 2));
    expect(groundValue(ac, d)).toBeCloseTo(bumps, 12);
    const back = convertAgent(ac, 'learned', { ...s, agent: 'reinforce', baseline: 'learned' });
    expect(back).toBeInstanceOf(ReinforceAgent);
    expect(Array.from(back.theta)).toEqual([1, 2, 3, -1, -2, -3]);
    expect(Array.from(back.w)).toEqual([0, 0, 0]);
  });
});
