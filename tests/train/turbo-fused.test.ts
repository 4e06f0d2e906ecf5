import { describe, expect, it } from 'vitest';
import { makeAgent } from '../../src/agents/index.ts';
import type { TabularAgentKind } from '../../src/agents/types.ts';
import { makeEnv } from '../../src/envs/index.ts';
import { TurboTrainer } from '../../src/train/turbo.ts';

const frozenClock = () => 0;

/** A Turbo run with visits, greedy probes every 7 episodes, and a live α change between batches. */
function turboRun(kind: TabularAgentKind, layout: string, fused: boolean) {
  const envOptions = { layout };
  const agent = makeAgent(kind, makeEnv('GridMaze-v0', envOptions), { seed: 3 });
  const turbo = new TurboTrainer({
    envId: 'GridMaze-v0',
    envOptions,
    seed: 5,
    lanes: [{ agent: agent.toJSON(), firstEpisode: 0 }],
    trackVisits: true,
    greedyEvery: 7,
    fused,
  });
  turbo.runFor(Number.POSITIVE_INFINITY, frozenClock, 30_000);
  const first = turbo.snapshot();
  turbo.setParams({ params: { alpha: 0.3 } });
  turbo.runFor(Number.POSITIVE_INFINITY, frozenClock, 12_345);
  const second = turbo.snapshot();
  const strip = (s: typeof first) =>
    s.lanes.map(({ learned, visits, point, greedy, episodes, steps, wallsChanged }) => ({
      learned: Array.from(learned),
      visits: Array.from(visits ?? []),
      point,
      greedy,
      episodes,
      steps,
      wallsChanged,
    }));
  return {
    snapshots: [strip(first), strip(second)],
    finish: turbo.finish(),
    usedFused: second.lanes[0].fused,
  };
}

describe('Turbo on the fused kernel', () => {
  for (const kind of ['q-learning', 'sarsa', 'expected-sarsa', 'double-q'] as const) {
    it(`${kind}: the same snapshots and saved agent with the kernel on and off`, () => {
      const fused = turboRun(kind, 'bench10', true);
      const generic = turboRun(kind, 'bench10', false);
      expect(fused.snapshots).toEqual(generic.snapshots);
      expect(JSON.stringify(fused.finish)).toBe(JSON.stringify(generic.finish));
      expect([fused.usedFused, generic.usedFused]).toEqual([true, false]);
    });
  }

  it('a changing maze: the wall change is reported at the same episode on both paths', () => {
    const fused = turboRun('q-learning', 'blocking', true);
    const generic = turboRun('q-learning', 'blocking', false);
    expect(fused.snapshots[0][0].wallsChanged).toBeGreaterThanOrEqual(0);
    expect(fused.snapshots).toEqual(generic.snapshots);
    expect(JSON.stringify(fused.finish)).toBe(JSON.stringify(generic.finish));
  });
});
