import { describe, expect, it } from 'vitest';
import { startCompare } from '../../../src/play/compare/run.ts';
import {
  choiceProblem,
  compareSpec,
  jumpCompareBase,
  mazeCompareBase,
  suggestedValue,
} from '../../../src/play/compare/spec.ts';
import { pairedVerdict } from '../../../src/play/compare/verdict.ts';
import { jumpEnvFor } from '../../../src/play/jump/agents.ts';
import { JUMP_SETTINGS_DEFAULTS } from '../../../src/state/jump-settings.ts';
import { MAZE_SETTINGS_DEFAULTS, PRESET_REWARDS } from '../../../src/state/maze-settings.ts';
import { inProcessPort } from '../../../src/train/experiment/in-process.ts';
import { planExperiment } from '../../../src/train/experiment/plan.ts';

describe('compare specs', () => {
  it('maze: condition A is the settings, B the same with one parameter changed', () => {
    const base = mazeCompareBase({ ...MAZE_SETTINGS_DEFAULTS, agentKind: 'sarsa', alpha: 0.1 });
    expect(base.params.map((p) => p.key)).toEqual(['epsilon', 'alpha', 'gamma', 'initialQ']);
    expect(base.metrics[0]).toBe('steps');
    const spec = compareSpec(base, { param: 'alpha', value: 0.5, runs: 4, episodes: 10, metric: 'steps' });
    const plan = planExperiment(spec);
    expect(plan.conditions.map((c) => c.options.alpha)).toEqual([0.1, 0.5]);
    expect(plan.conditions.every((c) => c.options.epsilon === 0.1 && c.options.gamma === 0.9)).toBe(true);
    expect(plan.spec.env.options).toMatchObject({ layout: 'small', stepReward: 0, goalReward: 1 });
    expect(plan.spec.summary).toEqual({ metric: 'steps' });
    expect(plan.spec.seed).toBe(MAZE_SETTINGS_DEFAULTS.seed);
  });

  it('maze: each agent offers its own parameters; the cliff measures return first', () => {
    const dyna = mazeCompareBase({ ...MAZE_SETTINGS_DEFAULTS, agentKind: 'dyna-q', stepReward: -1 });
    expect(dyna.params.map((p) => p.key)).toContain('planningSteps');
    expect(dyna.params.map((p) => p.key)).not.toContain('lambda');
    expect(dyna.metrics[0]).toBe('return');
    const plan = planExperiment(
      compareSpec(dyna, { param: 'planningSteps', value: 50, runs: 2, episodes: 2, metric: 'return' }),
    );
    expect(plan.conditions.map((c) => c.point)).toEqual([{ planningSteps: 5 }, { planningSteps: 50 }]);
  });

  it('jump: REINFORCE with its baseline, α_w only with the learned one; actor–critic its critic α_w', () => {
    const env = jumpEnvFor(undefined).spec;
    const mean = jumpCompareBase(JUMP_SETTINGS_DEFAULTS, env);
    expect(mean.kind).toBe('reinforce');
    expect(mean.params.map((p) => p.key)).toEqual(['gamma', 'learningRate', 'batchEpisodes']);
    expect(mean.metrics[0]).toBe('success');
    const learned = jumpCompareBase({ ...JUMP_SETTINGS_DEFAULTS, baseline: 'learned' }, env);
    expect(learned.params.map((p) => p.key)).toContain('valueLearningRate');
    const ac = jumpCompareBase(
      { ...JUMP_SETTINGS_DEFAULTS, agent: 'actor-critic', criticLearningRate: 0.2 },
      env,
    );
    expect(ac.params.find((p) => p.key === 'valueLearningRate')?.value).toBe(0.2);
    const plan = planExperiment(
      compareSpec(mean, { param: 'learningRate', value: 0.5, runs: 2, episodes: 3, metric: 'success' }),
    );
    expect(plan.conditions[0].options).toMatchObject({ baseline: 'mean' });
    expect(plan.spec.env.options).toMatchObject({ maxEpisodeSteps: env.maxEpisodeSteps });
  });

  it('refuses a B equal to A, out of range, or an odd size', () => {
    const base = mazeCompareBase(MAZE_SETTINGS_DEFAULTS);
    const ok = { param: 'alpha', value: 0.5, runs: 20, episodes: 100, metric: 'steps' } as const;
    expect(choiceProblem(base, ok)).toBeNull();
    expect(choiceProblem(base, { ...ok, value: 0.1 })).toBe('value-same');
    expect(choiceProblem(base, { ...ok, value: 1.5 })).toBe('value-range');
    expect(choiceProblem(base, { ...ok, param: 'lambda' })).toBe('param');
    expect(choiceProblem(base, { ...ok, runs: 1 })).toBe('runs');
    expect(choiceProblem(base, { ...ok, episodes: 0 })).toBe('episodes');
  });

  it('suggests a B that differs from A and is in range', () => {
    expect(suggestedValue('alpha', 0.1)).toBe(0.5);
    expect(suggestedValue('gamma', 0.9)).toBe(0.45);
    expect(suggestedValue('nSteps', 4)).toBe(8);
    expect(suggestedValue('planningSteps', 0)).toBe(1);
    expect(suggestedValue('learningRate', 0.01)).toBe(0.1);
    expect(suggestedValue('epsilon', 0)).toBe(0.5);
  });
});

describe('a comparison run', () => {
  it('ε 0.5 takes more steps per episode than ε 0.1 in the small maze over 8 seeds: a real difference', async () => {
    const base = mazeCompareBase(MAZE_SETTINGS_DEFAULTS);
    const updates: number[] = [];
    const run = startCompare(
      compareSpec(base, { param: 'epsilon', value: 0.5, runs: 8, episodes: 200, metric: 'steps' }),
      { spawn: inProcessPort, workers: 2, everyMs: 0, onUpdate: (u) => updates.push(u.runsDone) },
    );
    const { result, cancelled } = await run.done;
    expect(cancelled).toBe(false);
    expect(updates.at(-1)).toBe(16);
    const [a, b] = result.conditions;
    const v = pairedVerdict(a.summary?.perRun ?? [], b.summary?.perRun ?? []);
    expect(v.n).toBe(8);
    expect(v.kind).toBe('higher');
  });

  it('α and γ only scale Q where the one reward is at G: the same episodes, called identical', async () => {
    const base = mazeCompareBase(MAZE_SETTINGS_DEFAULTS);
    const spec = compareSpec(base, { param: 'alpha', value: 0.5, runs: 4, episodes: 50, metric: 'steps' });
    const { result } = await startCompare(spec, { spawn: inProcessPort, workers: 1, onUpdate: () => {} })
      .done;
    const [a, b] = result.conditions;
    expect(pairedVerdict(a.summary?.perRun ?? [], b.summary?.perRun ?? []).kind).toBe('identical');
  });

  it('cancel keeps the runs already finished', async () => {
    const base = mazeCompareBase(MAZE_SETTINGS_DEFAULTS);
    let cancel = () => {};
    const run = startCompare(
      compareSpec(base, { param: 'alpha', value: 0.5, runs: 200, episodes: 40, metric: 'steps' }),
      {
        spawn: inProcessPort,
        workers: 1,
        everyMs: 0,
        onUpdate: (u) => {
          if (u.runsDone >= 4) cancel();
        },
      },
    );
    cancel = run.cancel;
    const { result, cancelled } = await run.done;
    expect(cancelled).toBe(true);
    expect(result.runsDone).toBeGreaterThanOrEqual(4);
    expect(result.runsDone).toBeLessThan(400);
    expect(result.conditions[0].summary?.perRun.length).toBe(result.conditions[0].runs);
  });
});

describe('another algorithm or learner as B', () => {
  it('maze: SARSA against Q-learning on the cliff, online return: SARSA higher (the safe path)', async () => {
    const base = mazeCompareBase({
      ...MAZE_SETTINGS_DEFAULTS,
      preset: 'cliff',
      ...PRESET_REWARDS.cliff,
      agentKind: 'q-learning',
      alpha: 0.5,
    });
    expect(base.alternatives.key).toBe('agentKind');
    expect(base.alternatives.list.map((a) => a.value)).toContain('sarsa');
    const choice = { param: 'agentKind', value: 'sarsa', runs: 10, episodes: 200, metric: 'return' } as const;
    expect(choiceProblem(base, choice)).toBeNull();
    expect(choiceProblem(base, { ...choice, value: 'q-learning' })).toBe('value-same');
    expect(choiceProblem(base, { ...choice, value: 'nonsense' })).toBe('value-range');
    const spec = compareSpec(base, choice);
    const plan = planExperiment(spec);
    expect(plan.conditions.map((c) => [c.kind, c.options.alpha])).toEqual([
      ['q-learning', 0.5],
      ['sarsa', 0.5],
    ]);
    const { result } = await startCompare(spec, { spawn: inProcessPort, workers: 2, onUpdate: () => {} })
      .done;
    const [a, b] = result.conditions;
    expect(pairedVerdict(a.summary?.perRun ?? [], b.summary?.perRun ?? []).kind).toBe('higher');
  });

  it('jump: another learner is a second agent with the same η, γ and M', () => {
    const base = jumpCompareBase(JUMP_SETTINGS_DEFAULTS, jumpEnvFor(undefined).spec);
    expect(base.alternatives.current).toBe('mean');
    expect(base.alternatives.list.map((a) => a.value)).toEqual(['none', 'mean', 'learned', 'actor-critic']);
    const plan = planExperiment(
      compareSpec(base, { param: 'learner', value: 'actor-critic', runs: 2, episodes: 2, metric: 'success' }),
    );
    expect(plan.conditions.map((c) => c.kind)).toEqual(['reinforce', 'actor-critic']);
    expect(plan.conditions[1].options).toEqual({
      learningRate: JUMP_SETTINGS_DEFAULTS.learningRate,
      gamma: JUMP_SETTINGS_DEFAULTS.gamma,
      valueLearningRate: JUMP_SETTINGS_DEFAULTS.criticLearningRate,
    });
    expect(
      choiceProblem(base, { param: 'agentKind', value: 'sarsa', runs: 2, episodes: 2, metric: 'success' }),
    ).toBe('param');
  });
});
