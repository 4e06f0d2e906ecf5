/** The maze session's files (session-files.ts): importing a saved agent, exporting the current one. */
import { beforeEach, describe, expect, it } from 'vitest';
import { makeAgent, QLearningAgent } from '../../../src/agents/index.ts';
import { makeEnv } from '../../../src/envs/index.ts';
import { MazeSession } from '../../../src/play/maze/session.ts';
import { noticeStore, wordsOf } from '../../../src/state/notices.ts';
import { Runner } from '../../../src/train/runner.ts';
import { CrankTurbo, mazeStore } from '../shared/session-fixtures.ts';

const lastNotice = () => wordsOf(noticeStore.getState().notices.at(-1)?.text ?? '');

function watchUntilEpisodes(session: MazeSession, episodes: number): void {
  while (session.episodes < episodes) session.stepOnce();
}

describe('MazeSession files', () => {
  beforeEach(() => noticeStore.getState().clear());

  it('import: a bad file is refused and the agent untouched; a good one switches to its maze', () => {
    const settings = mazeStore({ preset: 'small' });
    const session = new MazeSession({ settings, createTurbo: () => new CrankTurbo() });
    watchUntilEpisodes(session, 5);
    const agent = session.agent;
    const q = Array.from(agent.q);
    expect(session.importAgent('{not json', 'broken.json')).toMatch(
      /broken\.json refused: .*not valid JSON.*unchanged/,
    );
    expect(session.importAgent(JSON.stringify({ format: 'rl-playground-agent', version: 1 }))).toMatch(
      /kind/,
    );
    const jump = makeAgent('reinforce', makeEnv('JumpHole-v0'), { seed: 1 });
    expect(session.importAgent(JSON.stringify(jump))).toMatch(/REINFORCE/);
    const stranger = new QLearningAgent({ nStates: 10, nActions: 4 });
    expect(session.importAgent(JSON.stringify(stranger))).toMatch(/10 states/);
    session.sync();
    expect(session.agent).toBe(agent);
    expect(Array.from(session.agent.q)).toEqual(q);
    expect(lastNotice()).toMatch(/unchanged/);

    // A CLI-style trained agent for the cliff: the maze switches to it.
    const cliffEnv = makeEnv('GridMaze-v0', { layout: 'cliff', stepReward: -1 });
    const trained = makeAgent('sarsa', cliffEnv, { seed: 9, epsilon: 0.2 }) as QLearningAgent;
    new Runner(cliffEnv, trained, { seed: 9 }).run({ episodes: 50 });
    expect(session.importAgent(JSON.stringify(trained), 'cliff.json')).toBeNull();
    session.sync();
    expect(session.agent.kind).toBe('sarsa');
    expect(Array.from(session.agent.q)).toEqual(Array.from(trained.q));
    expect(session.maze.layout.width).toBe(12);
    expect(settings.getState()).toMatchObject({
      source: 'preset',
      preset: 'cliff',
      stepReward: -1,
      agentKind: 'sarsa',
      epsilon: 0.2,
    });
    expect(session.episodes).toBe(50);
    session.sync(); // nothing structural left: the imported agent stays
    expect(Array.from(session.agent.q)).toEqual(Array.from(trained.q));
  });
});
