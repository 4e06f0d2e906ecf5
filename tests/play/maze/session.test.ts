import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadAgent, makeAgent, type QLearningAgent } from '../../../src/agents/index.ts';
import { makeEnv } from '../../../src/envs/index.ts';
import { MazeSession } from '../../../src/play/maze/session.ts';
import { InProcessTurbo } from '../../../src/play/shared/turbo-client.ts';
import { choosePreset } from '../../../src/state/maze-settings.ts';
import { noticeStore, wordsOf } from '../../../src/state/notices.ts';
import { Runner } from '../../../src/train/runner.ts';
import { TurboTrainer } from '../../../src/train/turbo.ts';
import { CrankTurbo, mazeStore, memorySessionStorage } from '../shared/session-fixtures.ts';

const lastNotice = () => wordsOf(noticeStore.getState().notices.at(-1)?.text ?? '');

function watchUntilEpisodes(session: MazeSession, episodes: number): void {
  while (session.episodes < episodes) session.stepOnce();
}

describe('MazeSession', () => {
  beforeEach(() => noticeStore.getState().clear());

  it('hands the agent to the worker and back exactly: same Q-table, RNG stream and episode index', async () => {
    const settings = mazeStore({ preset: 'small', seed: 3, mode: 'watch' });
    const crank = new CrankTurbo();
    const session = new MazeSession({ settings, createTurbo: () => crank });

    // Page: five episodes in Watch, stopping at an episode boundary.
    watchUntilEpisodes(session, 5);
    const env = () =>
      makeEnv('GridMaze-v0', { layout: 'small', stepReward: 0, goalReward: 1, cliffReward: -100 });
    const ref = makeAgent('q-learning', env(), { seed: 3 }) as QLearningAgent;
    new Runner(env(), ref, { seed: 3, seedEpisodes: true }).run({ episodes: 5 });
    expect(Array.from(session.agent.q)).toEqual(Array.from(ref.q));

    // Worker: the same agent continues from episode 5.
    settings.getState().update({ mode: 'turbo' });
    session.frame(16);
    expect(session.turboRunning).toBe(true);
    expect(crank.started[0].lanes[0].firstEpisode).toBe(5);
    crank.pump(20_000);
    const refTurbo = new TurboTrainer({
      envId: 'GridMaze-v0',
      envOptions: env().spec.options,
      seed: 3,
      lanes: [{ agent: ref.toJSON(), firstEpisode: 5 }],
    });
    refTurbo.runFor(Number.POSITIVE_INFINITY, () => 0, 20_000);
    // The page mirrors the worker's Q-table from the snapshot (for drawing).
    expect(Array.from(session.agent.q)).toEqual(Array.from(refTurbo.snapshot().lanes[0].learned));
    expect(session.turbo.snapshots).toBe(1);

    // Back to the page: the agent comes home with its generator state and episode index.
    settings.getState().update({ mode: 'watch' });
    await session.settle();
    expect(session.turboRunning).toBe(false);
    expect(session.mode).toBe('watch');
    const back = refTurbo.finish();
    expect(session.agent.toJSON().state.rng).toEqual(back.agents[0].state.rng);
    expect(session.runner.episodes).toBe(back.episodes[0]);

    // And the page continues exactly like a runner built from the handed-back agent.
    const refHome = loadAgent(back.agents[0]) as QLearningAgent;
    for (let i = 0; i < 3000; i++) session.stepOnce();
    new Runner(env(), refHome, { seed: 3, seedEpisodes: true, firstEpisode: back.episodes[0] }).run({
      steps: 3000,
    });
    expect(Array.from(session.agent.q)).toEqual(Array.from(refHome.q));
    expect(session.agent.toJSON().state.rng).toEqual(refHome.toJSON().state.rng);
  });

  it('keeps learning through the in-process turbo backend and continues on the page', async () => {
    const settings = mazeStore({ preset: 'bench10', mode: 'turbo', seed: 2 });
    const session = new MazeSession({ settings, createTurbo: () => new InProcessTurbo(5), snapshotMs: 20 });
    session.frame(16);
    expect(session.turboRunning).toBe(true);
    // Wait on the condition, not a fixed time: the machine may be busy.
    await vi.waitUntil(() => session.turbo.snapshots >= 3 && session.episodes > 50, {
      timeout: 20_000,
      interval: 10,
    });
    expect(session.series.points.length).toBeGreaterThan(0);
    const qInWorker = Array.from(session.agent.q);
    settings.getState().update({ mode: 'evaluate' });
    await session.settle();
    expect(session.mode).toBe('evaluate');
    expect(session.turboRunning).toBe(false);
    // The handed-back table is at least as far as the last snapshot, and nothing was reset.
    expect(session.agent.provenance.stepsTrained).toBeGreaterThan(10_000);
    expect(Array.from(session.agent.q)).not.toEqual(new Array(qInWorker.length).fill(0));
    expect(session.greedy().reached).toBe(true);
    session.dispose();
  });

  it('applies a params change at the next step in Watch, and at the next batch in Turbo', async () => {
    const settings = mazeStore({ preset: 'small' });
    const crank = new CrankTurbo();
    const session = new MazeSession({ settings, createTurbo: () => crank });
    session.stepOnce();
    settings.getState().update({ epsilon: 0, alpha: 0.5 });
    expect(session.agent.params.epsilon).toBe(0.1); // not yet: the next step applies it
    session.stepOnce();
    expect(session.agent.params).toMatchObject({ epsilon: 0, alpha: 0.5 });

    settings.getState().update({ mode: 'turbo' });
    session.frame(16);
    crank.pump(1000);
    settings.getState().update({ alpha: 0.25 });
    session.frame(16);
    expect(crank.paramChanges.at(-1)).toEqual({ params: { epsilon: 0, alpha: 0.25, gamma: 0.9 } });
    expect(crank.trainer?.finish().agents[0].params.alpha).toBe(0.25);
  });

  it('refuses an out-of-range value at the store boundary with a message', () => {
    const settings = mazeStore();
    const message = settings.getState().update({ epsilon: 1.5 });
    expect(message).toMatch(/epsilon/);
    expect(lastNotice()).toBe(message);
    expect(settings.getState().epsilon).toBe(0.1);
    expect(settings.getState().update({ genWidth: 12 })).toMatch(/odd/);
  });

  it('evaluates with the greedy policy (ε = 0): no learning, no exploration draws', () => {
    const settings = mazeStore({ preset: 'small', seed: 5 });
    const session = new MazeSession({ settings, createTurbo: () => new CrankTurbo() });
    watchUntilEpisodes(session, 30);
    settings.getState().update({ mode: 'evaluate' });
    session.sync();
    const q = Array.from(session.agent.q);
    const rng = session.agent.toJSON().state.rng;
    let steps = 0;
    while (!session.lastEval && steps < 500) {
      session.stepOnce();
      steps++;
      expect(session.last.action).toBe(session.agent.greedyAction(session.last.from));
      expect(session.last.exploratory).toBe(false);
    }
    expect(session.lastEval).toMatchObject({ success: true, length: session.greedy().steps });
    expect(Array.from(session.agent.q)).toEqual(q);
    expect(session.agent.toJSON().state.rng).toEqual(rng);
    expect(session.agent.params.epsilon).toBe(0.1); // the behaviour policy's ε is untouched
  });

  it('marks exploratory steps in the trail and counts visits', () => {
    const settings = mazeStore({ preset: 'small' });
    const session = new MazeSession({ settings, createTurbo: () => new CrankTurbo() });
    watchUntilEpisodes(session, 40);
    settings.getState().update({ epsilon: 1 });
    for (let i = 0; i < 200; i++) session.stepOnce();
    expect(session.trail.moves).toBeGreaterThan(0);
    expect(session.trail.explored).toBeGreaterThan(0);
    expect(session.trail.explored).toBeLessThanOrEqual(session.trail.moves);
    const visits = session.visits.reduce((a, b) => a + b, 0);
    // Every step lands somewhere, and every episode start counts S once.
    expect(visits).toBe(session.steps + session.episodes + 1);
  });

  it('plays by hand: moves, rewards, return, and (optionally) learns from the moves', () => {
    const settings = mazeStore({ preset: 'cliff', stepReward: -1, goalReward: 0, mode: 'play' });
    const session = new MazeSession({ settings, createTurbo: () => new CrankTurbo() });
    const start = session.maze.layout.start;
    expect(session.position).toBe(start);
    expect(session.playMove(0)).toBe(true); // up
    expect(session.position).toBe(start - 12);
    expect(session.last.reward).toBe(-1);
    session.playMove(2); // down, back to S
    session.playMove(1); // right: into the cliff
    expect(session.last.fell).toBe(true);
    expect(session.last.reward).toBe(-100);
    expect(session.position).toBe(start);
    expect(session.play).toMatchObject({ steps: 3, return: -102, done: false });
    expect(session.agent.provenance.stepsTrained).toBe(3);
    settings.getState().update({ learnFromPlay: false });
    session.playMove(0);
    expect(session.agent.provenance.stepsTrained).toBe(3);
    expect(session.stepOnce()).toBe(false); // single step is for Watch / Evaluate
  });

  it('changes maze → new env and agent; changes rewards → same agent; changes kind → new agent', () => {
    const settings = mazeStore({ preset: 'small' });
    const session = new MazeSession({ settings, createTurbo: () => new CrankTurbo() });
    watchUntilEpisodes(session, 5);
    choosePreset(settings, 'cliff');
    session.sync();
    expect(session.maze.layout.width).toBe(12);
    expect(session.agent.q.length).toBe(48 * 4);
    expect(session.episodes).toBe(0);
    expect(settings.getState()).toMatchObject({ stepReward: -1, goalReward: 0, cliffReward: -100 });
    expect(lastNotice()).toMatch(/new Q-learning agent starts from scratch/);

    watchUntilEpisodes(session, 3);
    const agent = session.agent;
    const q = Array.from(agent.q);
    settings.getState().update({ stepReward: -2 });
    session.sync();
    expect(session.agent).toBe(agent);
    expect(Array.from(session.agent.q)).toEqual(q);
    expect(session.env.spec.options.stepReward).toBe(-2);
    expect(session.episodes).toBe(3);

    settings.getState().update({ agentKind: 'sarsa' });
    session.sync();
    expect(session.agent.kind).toBe('sarsa');
    expect(session.agent.q.every((v) => v === 0)).toBe(true);
    expect(lastNotice()).toMatch(/SARSA/);

    settings.getState().update({ source: 'generated', genWidth: 9, genHeight: 7, genSeed: 4 });
    session.sync();
    expect(session.maze.layout.width).toBe(9);
    expect(session.maze.layout.height).toBe(7);
  });

  it('editor: an invalid maze is refused with the cell to highlight; a valid edit makes a new agent', () => {
    const settings = mazeStore({ preset: 'cliff', stepReward: -1 });
    const session = new MazeSession({ settings, createTurbo: () => new CrankTurbo() });
    watchUntilEpisodes(session, 2);
    const agent = session.agent;
    const rows = session.spec.rows;
    session.setEditing(true);
    // Walling off the only free neighbour of G makes G unreachable.
    const refused = session.editCell(2, 11);
    expect(refused).toMatch(/cannot be reached/);
    expect(session.highlight).toMatchObject({ row: 3, col: 11 });
    session.sync();
    expect(session.agent).toBe(agent);
    expect(session.spec.rows).toEqual(rows);
    expect(session.moveMarker('S', 3, 11)).toMatch(/cannot share/);
    expect(session.editCell(3, 0)).toMatch(/drag it/);

    expect(session.editCell(0, 0)).toBeNull(); // floor → wall
    session.sync();
    expect(session.spec.rows[0][0]).toBe('#');
    expect(settings.getState()).toMatchObject({ source: 'custom' });
    expect(session.agent).not.toBe(agent);
    expect(session.moveMarker('G', 0, 11)).toBeNull();
    session.sync();
    expect(session.maze.layout.goal).toBe(11);
    session.setEditing(false);
    expect(session.editing).toBe(false);
  });

  it('keeps the agent across a reload, and survives a corrupt stored agent', () => {
    const storage = memorySessionStorage({ rebuildAgents: true });
    const settings = mazeStore({ preset: 'bench10', seed: 4 });
    const first = new MazeSession({ settings, createTurbo: () => new CrankTurbo(), storage });
    watchUntilEpisodes(first, 3);
    first.save();
    const second = new MazeSession({ settings, createTurbo: () => new CrankTurbo(), storage });
    expect(Array.from(second.agent.q)).toEqual(Array.from(first.agent.q));
    expect(second.episodes).toBe(3);
    expect(second.runSeed).toBe(4);

    storage.save({ agents: [{ format: 'nope' }], episodes: [1], extra: {} });
    const third = new MazeSession({ settings, createTurbo: () => new CrankTurbo(), storage });
    expect(third.agent.q.every((v) => v === 0)).toBe(true);
    expect(lastNotice()).toMatch(/could not be restored/);
    expect(storage.stored).toBeNull();
  });

  it('pause in Turbo brings the agent home; resume sends it back; reset agent starts from zero', async () => {
    const settings = mazeStore({ preset: 'small', mode: 'turbo' });
    const crank = new CrankTurbo();
    const session = new MazeSession({ settings, createTurbo: () => crank });
    session.frame(16);
    crank.pump(5000);
    session.pause();
    await session.settle();
    expect(session.turboRunning).toBe(false);
    expect(session.agent.provenance.stepsTrained).toBe(5000);
    session.resume();
    session.frame(16);
    expect(session.turboRunning).toBe(true);
    expect(crank.started).toHaveLength(2);
    crank.pump(1000);
    session.resetAgent();
    await session.settle();
    expect(session.agent.provenance.stepsTrained).toBe(0);
    expect(session.turboRunning).toBe(true); // still in Turbo, with the new agent
    expect(crank.started[2].lanes[0].firstEpisode).toBe(0);
    session.dispose();
    expect(crank.disposed).toBe(true);
  });

  it('a worker that does not hand the agent back in time: continues from the last snapshot', async () => {
    class SilentTurbo extends CrankTurbo {
      override stop() {
        return new Promise<never>(() => {});
      }
    }
    const settings = mazeStore({ preset: 'small', mode: 'turbo' });
    const silent = new SilentTurbo();
    const session = new MazeSession({ settings, createTurbo: () => silent, stopTimeoutMs: 50 });
    session.frame(16);
    silent.pump(4000);
    const q = Array.from(session.agent.q);
    settings.getState().update({ mode: 'watch' });
    await session.settle();
    expect(session.mode).toBe('watch');
    expect(session.turboRunning).toBe(false);
    expect(silent.disposed).toBe(true);
    expect(Array.from(session.agent.q)).toEqual(q);
    expect(session.runner.episodes).toBe(session.turbo.episodes);
    expect(lastNotice()).toMatch(/did not hand the agent back/);
    session.stepOnce();
    expect(session.steps).toBe(4001);
  });
});
