/** Every tabular kind saves and loads (zod-validated, with provenance), and a bad file names its field. */
import { describe, expect, it } from 'vitest';
import { AgentFormatError, loadAgent, makeAgent, TABULAR_AGENT_KINDS } from '../../src/agents/index.ts';
import { makeEnv } from '../../src/envs/index.ts';
import { Runner } from '../../src/train/runner.ts';

/** A saved file as JSON, open to edits. */
// biome-ignore lint/suspicious/noExplicitAny: the tests write anything into a file, as a user could
type Saved = Record<string, any>;

const maze = () => makeEnv('GridMaze-v0', { layout: 'small' });

describe('saving and loading every tabular agent', () => {
  it.each(TABULAR_AGENT_KINDS)('%s: a loaded agent continues exactly as the saved one would', (kind) => {
    const options = { seed: 4, epsilon: 0.2, lambda: 0.7, nSteps: 3, planningSteps: 4, kappa: 0.01 };
    const agent = makeAgent(kind, maze(), options);
    new Runner(maze(), agent, { seed: 1 }).run({ episodes: 20 });
    const saved = JSON.parse(JSON.stringify(agent.toJSON()));
    const loaded = loadAgent(saved) as typeof agent;
    expect(loaded.kind).toBe(kind);
    expect(loaded.provenance).toEqual(agent.provenance);
    expect({ ...loaded.params }).toEqual({ ...agent.params });
    expect(Array.from(loaded.q)).toEqual(Array.from(agent.q));
    // Both continue from an episode's start: the same episodes, the same tables.
    const a = new Runner(maze(), agent, { seed: 2 }).run({ episodes: 10 });
    const b = new Runner(maze(), loaded, { seed: 2 }).run({ episodes: 10 });
    expect(b.lengths).toEqual(a.lengths);
    expect(Array.from(loaded.q)).toEqual(Array.from(agent.q));
  });

  it('keeps the parameters of each algorithm', () => {
    const agent = makeAgent('sarsa-lambda', maze(), { lambda: 0.3, traces: 'accumulating' });
    const loaded = loadAgent(agent.toJSON());
    expect(loaded.params).toMatchObject({ lambda: 0.3, traces: 'accumulating' });
  });

  it('refuses a bad file, naming the JSON path, and builds nothing', () => {
    const bad = (kind: (typeof TABULAR_AGENT_KINDS)[number], edit: (s: Saved) => void) => {
      const saved = JSON.parse(JSON.stringify(makeAgent(kind, maze(), {}).toJSON()));
      edit(saved);
      return () => loadAgent(saved);
    };
    expect(bad('n-step-sarsa', (s) => (s.config.nSteps = 0))).toThrow(/config\.nSteps: must be ≥ 1, got 0/);
    expect(bad('sarsa-lambda', (s) => (s.params.traces = 'dutch'))).toThrow(
      /params\.traces: must be "replacing" or "accumulating", got "dutch"/,
    );
    expect(bad('double-q', (s) => (s.state.q2 = [1, 2]))).toThrow(/state\.q2: has 2 values/);
    expect(
      bad('dyna-q', (s) => {
        s.state.model = {
          time: 1,
          planningUpdates: 0,
          pairs: [9999],
          next: [0],
          reward: [0],
          terminal: [0],
          lastTried: [1],
        };
      }),
    ).toThrow(/state\.model\.pairs\.0: must be ≤ 195/);
    expect(bad('dyna-q', (s) => (s.params.kappa = -1))).toThrow(AgentFormatError);
  });

  it('still opens a Q-learning file saved before ε schedules existed', () => {
    const saved = JSON.parse(JSON.stringify(makeAgent('q-learning', maze(), {}).toJSON()));
    delete saved.config.epsilonSchedule;
    const loaded = loadAgent(saved);
    expect(loaded.kind).toBe('q-learning');
    expect((loaded as { currentEpsilon: number }).currentEpsilon).toBe(0.1);
  });
});
