import { describe, expect, it } from 'vitest';
import { compareLabHash } from '../../../src/play/compare/lab-link.ts';
import { compareSpec, jumpCompareBase, mazeCompareBase } from '../../../src/play/compare/spec.ts';
import { jumpEnvFor } from '../../../src/play/jump/agents.ts';
import { paramsToSource } from '../../../src/play/lab/link.ts';
import { JUMP_SETTINGS_DEFAULTS } from '../../../src/state/jump-settings.ts';
import { MAZE_SETTINGS_DEFAULTS } from '../../../src/state/maze-settings.ts';
import { planExperiment } from '../../../src/train/experiment/plan.ts';

/** What the Lab reads back from the hash, as the router hands it the part after `lab?`. */
function labRead(hash: string) {
  expect(hash.startsWith('lab?spec=')).toBe(true);
  return paramsToSource(new URLSearchParams(hash.slice('lab?'.length)));
}

describe('Open in Lab: a comparison as a Lab link', () => {
  it('maze α 0.1 vs 0.5: the Lab reads back the same spec, two conditions', () => {
    const base = mazeCompareBase({ ...MAZE_SETTINGS_DEFAULTS, agentKind: 'sarsa', alpha: 0.1 });
    const spec = compareSpec(base, { param: 'alpha', value: 0.5, runs: 8, episodes: 30, metric: 'steps' });
    const source = labRead(compareLabHash(spec));
    expect(source).toEqual({ kind: 'custom', spec });
    if (source?.kind !== 'custom') throw new Error('not a custom source');
    const plan = planExperiment(source.spec);
    expect(plan.conditions.map((c) => c.options.alpha)).toEqual([0.1, 0.5]);
    expect(plan.spec.runs).toBe(8);
    expect(plan.spec.episodes).toBe(30);
  });

  it('jump, another learner as B: both agents survive the link', () => {
    const base = jumpCompareBase(JUMP_SETTINGS_DEFAULTS, jumpEnvFor(undefined).spec);
    const other = base.alternatives.list.find((a) => a.value !== base.alternatives.current);
    if (!other) throw new Error('no other learner');
    const spec = compareSpec(base, {
      param: base.alternatives.key,
      value: other.value,
      runs: 4,
      episodes: 10,
      metric: base.metrics[0],
    });
    const source = labRead(compareLabHash(spec));
    expect(source).toEqual({ kind: 'custom', spec });
    if (source?.kind !== 'custom') throw new Error('not a custom source');
    expect(planExperiment(source.spec).conditions).toHaveLength(2);
  });
});
