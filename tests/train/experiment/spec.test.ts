/** A spec that cannot run is refused before any run, with the field that is wrong. */
import { describe, expect, it } from 'vitest';
import { describeError } from '../../../src/i18n/describe-error.ts';
import { catalogOf } from '../../../src/i18n/index.ts';
import { ExperimentError, planExperiment } from '../../../src/train/experiment/index.ts';

const BASE = {
  env: { id: 'GridMaze-v0', options: { layout: 'small' } },
  agents: [{ kind: 'sarsa', options: { epsilon: 0.1 }, grid: { alpha: [0.1, 0.5] } }],
  runs: 10,
  episodes: 20,
};

function refusal(spec: unknown): ExperimentError {
  try {
    planExperiment(spec);
  } catch (e) {
    expect(e).toBeInstanceOf(ExperimentError);
    return e as ExperimentError;
  }
  throw new Error('planExperiment accepted the spec');
}

describe('planExperiment', () => {
  it('expands a two-parameter grid agent-major, in the order given, with labels and points', () => {
    const plan = planExperiment({
      ...BASE,
      agents: [
        { kind: 'q-learning', grid: { alpha: [0.1, 0.2], epsilon: [0, 0.1, 0.2] } },
        { kind: 'sarsa', label: 'mine' },
      ],
    });
    expect(plan.conditions.map((c) => c.label)).toEqual([
      'Q-learning alpha=0.1 epsilon=0',
      'Q-learning alpha=0.1 epsilon=0.1',
      'Q-learning alpha=0.1 epsilon=0.2',
      'Q-learning alpha=0.2 epsilon=0',
      'Q-learning alpha=0.2 epsilon=0.1',
      'Q-learning alpha=0.2 epsilon=0.2',
      'mine',
    ]);
    expect(plan.conditions[4].options).toEqual({ alpha: 0.2, epsilon: 0.1 });
    expect(plan.gridParams).toEqual(['alpha', 'epsilon']);
    expect(plan.curveLength).toBe(20);
    expect(plan.xUnit).toBe('episode');
  });

  it.each([
    [{ ...BASE, runs: 0 }, 'runs'],
    [{ ...BASE, runs: 2.5 }, 'runs'],
    [{ ...BASE, episodes: undefined }, 'episodes'],
    [{ ...BASE, steps: 100 }, 'episodes'],
    [{ ...BASE, env: { id: 'Nope-v0' } }, 'env.id'],
    [{ ...BASE, agents: [{ kind: 'sarsa', grid: { alpha: [0.1, Number.NaN] } }] }, 'agents[0].grid.alpha[1]'],
    [
      { ...BASE, agents: [{ kind: 'sarsa', grid: { alpha: [0.1], epsilon: [0], gamma: [1] } }] },
      'agents[0].grid',
    ],
    [{ ...BASE, agents: [{ kind: 'wizard' }] }, 'agents[0].kind'],
    [{ ...BASE, extra: 1 }, ''],
    [{ ...BASE, metrics: ['action-share'] }, 'actionShare'],
    [{ ...BASE, metrics: ['cumulative-reward'] }, 'metrics'],
    [{ ...BASE, summary: { metric: 'return', firstEpisodes: 21 } }, 'summary.firstEpisodes'],
    [{ ...BASE, curves: false }, 'curves'],
    [{ ...BASE, summary: { metric: 'return', lastEpisodes: 21 } }, 'summary.lastEpisodes'],
    [{ ...BASE, summary: { metric: 'return', firstEpisodes: 2, lastEpisodes: 2 } }, 'summary.lastEpisodes'],
  ])('refuses a bad shape, naming the field (%#)', (spec, field) => {
    const e = refusal(spec);
    expect(e.code).toBe('experiment-spec-invalid');
    expect((e.values as { field: string }).field).toBe(field);
  });

  it('refuses a hyper-parameter the agent does not have, listing those it has', () => {
    const e = refusal({ ...BASE, agents: [{ kind: 'q-learning', grid: { lambda: [0.5] } }] });
    expect(e.code).toBe('experiment-grid-unknown');
    expect(e.values).toMatchObject({ field: 'agents[0].grid.lambda', name: 'lambda' });
    expect(describeError(e, catalogOf('en'))).toContain('agents[0].grid.lambda');
    const own = refusal({ ...BASE, agents: [{ kind: 'q-learning', options: { constructor: 1 } }] });
    expect(own.values).toMatchObject({ field: 'agents[0].options.constructor' });
  });

  it('refuses a value the agent or the env refuses, naming the part and saying why in both languages', () => {
    const e = refusal({ ...BASE, agents: [{ kind: 'sarsa', grid: { alpha: [0.1, 7] } }] });
    expect(e.code).toBe('experiment-part-refused');
    expect(e.values).toMatchObject({ field: 'agents[0]' });
    expect(describeError(e, catalogOf('en'))).toMatch(/agents\[0\].*alpha/);
    expect(describeError(e, catalogOf('ja'))).toContain('agents[0]');
    const env = refusal({ ...BASE, env: { id: 'GridMaze-v0', options: { layout: 'no-such-maze' } } });
    expect(env.values).toMatchObject({ field: 'env.options' });
  });

  it('caps the size: conditions, curve points and total work', () => {
    const many = Array.from({ length: 50 }, (_, i) => i / 50);
    expect(refusal({ ...BASE, agents: [{ kind: 'sarsa', grid: { alpha: many, epsilon: many } }] }).code).toBe(
      'experiment-too-large',
    );
    expect(
      refusal({ ...BASE, agents: [{ kind: 'sarsa', grid: { alpha: many } }], episodes: 1_000_000 }).values,
    ).toMatchObject({ what: 'curve-points' });
    expect(
      refusal({ ...BASE, runs: 100_000, episodes: 1_000_000, curves: false, summary: { metric: 'return' } })
        .values,
    ).toMatchObject({ what: 'work' });
  });
});
