import { describe, expect, it } from 'vitest';
import { checkEnv, type Discrete, ENV_IDS, type EnvInfo, makeEnv, TimeLimit } from '../../src/envs/index.ts';
import { MAZE_PRESET_NAMES } from '../../src/envs/maze-presets.ts';

/** `action` if the info's action mask (if any) allows it, else the first legal action. */
function legal(info: EnvInfo, action: number): number {
  const mask = info.actionMask as Uint8Array | undefined;
  return !mask || mask[action] === 1 ? action : mask.indexOf(1);
}

describe('env registry', () => {
  it.each(ENV_IDS)('checkEnv passes on %s', (id) => {
    expect(() => checkEnv(makeEnv(id))).not.toThrow();
  });

  it('checkEnv passes on every maze preset and with a tight time limit', () => {
    for (const layout of MAZE_PRESET_NAMES) {
      expect(() => checkEnv(makeEnv('GridMaze-v0', { layout }))).not.toThrow();
    }
    expect(() => checkEnv(makeEnv('GridMaze-v0', { layout: 'bench10', maxEpisodeSteps: 5 }))).not.toThrow();
  });

  it('wraps every env in a TimeLimit with a default limit that can be overridden', () => {
    const maze = makeEnv('GridMaze-v0');
    expect(maze).toBeInstanceOf(TimeLimit);
    expect(maze.maxEpisodeSteps).toBeGreaterThan(1000);
    expect(maze.spec.options.layout).toBe('large');
    const jump = makeEnv('JumpHole-v0', { maxEpisodeSteps: 50 });
    expect(jump.maxEpisodeSteps).toBe(50);
    expect(jump.spec).toMatchObject({ id: 'JumpHole-v0', maxEpisodeSteps: 50 });
  });

  it('same-seed rollouts are identical step by step, for every registered env', () => {
    for (const id of ENV_IDS) {
      const a = makeEnv(id);
      const b = makeEnv(id);
      const first = a.reset({ seed: 9 });
      let info = first.info;
      expect(first.observation).toEqual(b.reset({ seed: 9 }).observation);
      for (let i = 0; i < 300; i++) {
        const action = legal(info, (i * 7 + (i >> 3)) % (a.actionSpace as Discrete).n);
        const ra = a.step(action);
        info = ra.info;
        const rb = b.step(action);
        expect([ra.observation, ra.reward, ra.terminated, ra.truncated, ra.info.success]).toEqual([
          rb.observation,
          rb.reward,
          rb.terminated,
          rb.truncated,
          rb.info.success,
        ]);
        if (ra.terminated || ra.truncated) {
          const next = a.reset();
          info = next.info;
          expect(next.observation).toEqual(b.reset().observation);
        }
      }
    }
  });

  it('names the registered ids for an unknown one', () => {
    expect(() => makeEnv('CartPole-v1')).toThrow(/unknown env id "CartPole-v1".*GridMaze-v0, JumpHole-v0/);
  });
});
