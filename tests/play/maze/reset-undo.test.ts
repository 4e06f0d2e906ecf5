/**
 * Throwing a trained agent away takes an Undo to take back, and a new agent never shows the old
 * one's statistics (the readout's "last N episodes" comes from the session's record).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { MazeSession } from '../../../src/play/maze/session.ts';
import { choosePreset } from '../../../src/state/maze-settings.ts';
import { noticeStore, wordsOf } from '../../../src/state/notices.ts';
import { CrankTurbo, mazeStore } from '../shared/session-fixtures.ts';

function watchUntilEpisodes(session: MazeSession, episodes: number): void {
  while (session.episodes < episodes) session.stepOnce();
}

/** Everything the readout and the charts show about the agent. */
function shown(session: MazeSession) {
  return {
    q: Array.from(session.agent.q),
    steps: session.steps,
    episodes: session.episodes,
    runSeed: session.runSeed,
    kind: session.agent.kind,
    rows: session.spec.rows.slice(),
    lastEpisode: { ...session.lastEpisode },
    points: session.series.points.map((p) => ({ ...p })),
    // Visits, without S: the agent that comes back starts a new episode there (one visit more).
    visits: Array.from(session.visits).filter((_, cell) => cell !== session.maze.layout.start),
  };
}

const undoNotice = () =>
  noticeStore.getState().notices.find((n) => n.action && wordsOf(n.action.label) === 'Undo');

function trained(patch = {}) {
  const settings = mazeStore({ preset: 'small', seed: 3, mode: 'watch', ...patch });
  const session = new MazeSession({ settings, createTurbo: () => new CrankTurbo() });
  watchUntilEpisodes(session, 6);
  session.setEditing(false);
  return { settings, session };
}

describe('MazeSession: a new agent starts a new record', () => {
  beforeEach(() => noticeStore.getState().clear());

  it('after Reset agent, a new maze or an edit, no statistics of the old agent remain', async () => {
    const { settings, session } = trained();
    const before = shown(session);
    expect(before.lastEpisode.index).toBe(5);
    expect(before.points.length).toBeGreaterThan(0);
    const empty = (s: MazeSession) => {
      expect(s.episodes).toBe(0);
      expect(s.lastEpisode.index).toBe(-1);
      expect(s.series.points).toEqual([]);
      expect(s.lastEval).toBeNull();
      expect(s.visits.every((v) => v <= 1)).toBe(true); // only the start of the new episode
    };
    session.resetAgent();
    await session.settle();
    empty(session);

    watchUntilEpisodes(session, 3);
    settings.getState().update({ mode: 'evaluate' });
    await session.settle();
    while (session.lastEval === null) session.stepOnce();
    choosePreset(settings, 'cliff');
    await session.settle();
    empty(session);

    settings.getState().update({ mode: 'watch' });
    await session.settle();
    watchUntilEpisodes(session, 3);
    session.setEditing(true);
    expect(session.editCell(0, 1)).toBeNull();
    await session.settle();
    empty(session);
  });
});

describe('MazeSession: Undo brings a discarded agent back', () => {
  beforeEach(() => noticeStore.getState().clear());

  it('Reset agent: its Q-table, counts, seed, series and visits come back, and it keeps learning', async () => {
    const { settings, session } = trained();
    const before = shown(session);
    expect(session.runState.getState().canUndo).toBe(false);
    settings.getState().update({ seed: 9 });
    session.resetAgent();
    await session.settle();
    expect(session.steps).toBe(0);
    expect(session.runState.getState().canUndo).toBe(true);
    expect(wordsOf(undoNotice()?.text ?? '')).toMatch(
      /New Q-learning agent \(seed 9\).*Undo brings back the previous agent \(6 episodes/,
    );

    undoNotice()?.action?.run(); // the notice's button
    await session.settle();
    expect(shown(session)).toEqual(before);
    expect(session.runState.getState().canUndo).toBe(false);
    expect(undoNotice()).toBeUndefined();
    // It continues from its next episode, with its own generator.
    watchUntilEpisodes(session, 8);
    expect(session.steps).toBeGreaterThan(before.steps);
  });

  it('a new maze (preset, generated or edited) and a switch of agent kind: the maze and its settings come back too', async () => {
    const { settings, session } = trained();
    const before = shown(session);
    const mazeSettings = { ...settings.getState() };

    settings.getState().update({ source: 'generated', genSeed: 4 });
    await session.settle();
    expect(session.spec.rows).not.toEqual(before.rows);
    expect(session.undo()).toBe(true);
    await session.settle();
    expect(shown(session)).toEqual(before);
    expect(settings.getState()).toMatchObject({ source: mazeSettings.source, preset: 'small' });

    // A string of edits: Undo goes back to the trained agent before the first one.
    session.setEditing(true);
    expect(session.editCell(0, 1)).toBeNull();
    await session.settle();
    expect(session.editCell(0, 2)).toBeNull();
    await session.settle();
    session.setEditing(false);
    expect(session.undo()).toBe(true);
    await session.settle();
    expect(shown(session)).toEqual(before);

    settings.getState().update({ agentKind: 'sarsa' });
    await session.settle();
    expect(session.agent.kind).toBe('sarsa');
    expect(session.undo()).toBe(true);
    await session.settle();
    expect(shown(session)).toEqual(before);
    expect(settings.getState().agentKind).toBe('q-learning');
  });

  it('in Turbo: the agent the worker handed back is the one kept, and Turbo goes on with it', async () => {
    const settings = mazeStore({ preset: 'small', seed: 3, mode: 'turbo' });
    const crank = new CrankTurbo();
    const session = new MazeSession({ settings, createTurbo: () => crank });
    session.frame(16);
    crank.pump(3000);
    session.resetAgent();
    await session.settle();
    expect(session.turboRunning).toBe(true);
    expect(crank.started[1].lanes[0].agent.provenance.stepsTrained).toBe(0);
    const home = crank.started[0];
    expect(home.lanes[0].agent.provenance.stepsTrained).toBe(0);
    expect(session.undo()).toBe(true);
    await session.settle();
    expect(session.turboRunning).toBe(true);
    // The worker starts again with the agent as it came home: 3000 steps learned.
    expect(crank.started[2].lanes[0].agent.provenance.stepsTrained).toBe(3000);
    session.dispose();
  });

  it('an agent that learned nothing is replaced without an Undo', async () => {
    const settings = mazeStore({ preset: 'small', mode: 'watch' });
    const session = new MazeSession({ settings, createTurbo: () => new CrankTurbo() });
    session.resetAgent();
    await session.settle();
    expect(undoNotice()).toBeUndefined();
    expect(session.undo()).toBe(false);
  });
});
