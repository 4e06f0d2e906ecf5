/** Reset agent (or an import) throws the trained agents away; Undo brings them back. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReinforceAgent } from '../../../src/agents/reinforce.ts';
import { JumpSession } from '../../../src/play/jump/session.ts';
import { noticeStore, wordsOf } from '../../../src/state/notices.ts';
import { CrankTurbo, jumpStore } from '../shared/session-fixtures.ts';

function watchUntilEpisodes(session: JumpSession, episodes: number): void {
  while (session.episodes < episodes) session.stepOnce();
}

function shown(session: JumpSession) {
  return session.lanes.map((l) => ({
    theta: Array.from(l.agent.theta),
    baseline: (l.agent as ReinforceAgent).params.baseline,
    episodes: l.episodes,
    trained: { ...l.agent.provenance, env: undefined },
    points: l.series.points.length,
    thetaRows: l.theta.length,
    updates: l.grads.updates,
  }));
}

const undoNotice = () =>
  noticeStore.getState().notices.find((n) => n.action && wordsOf(n.action.label) === 'Undo');

describe('JumpSession: Undo brings discarded agents back', () => {
  beforeEach(() => noticeStore.getState().clear());

  it('Reset agent in Compare: both agents, their charts and the settings come back; training goes on', async () => {
    const settings = jumpStore({ seed: 3, mode: 'watch', compare: true });
    const session = new JumpSession({ settings, createTurbo: () => new CrankTurbo() });
    watchUntilEpisodes(session, 30);
    const before = shown(session);
    expect(before).toHaveLength(2);
    expect(before[0].updates).toBeGreaterThan(0);

    settings.getState().update({ seed: 11 });
    session.resetAgent();
    await session.settle();
    expect(session.lanes).toHaveLength(2);
    expect(session.agent.theta.every((v) => v === 0)).toBe(true);
    // Compare off while the new agents run: Undo brings both old ones back, Compare on again.
    settings.getState().update({ compare: false });
    await session.settle();
    expect(session.runState.getState().canUndo).toBe(true);
    expect(wordsOf(undoNotice()?.text ?? '')).toMatch(/Two new agents \(seed 11\).*Undo brings back/);

    undoNotice()?.action?.run();
    await session.settle();
    expect(session.runSeed).toBe(3);
    expect(settings.getState().compare).toBe(true);
    expect(shown(session)).toEqual(before);
    expect(session.runState.getState().canUndo).toBe(false);
    const episodes = session.episodes;
    watchUntilEpisodes(session, episodes + 5);
  });

  it('in Turbo: the agents come back from the worker, are kept, and go back to it on Undo', async () => {
    const settings = jumpStore({ seed: 3, mode: 'turbo' });
    const crank = new CrankTurbo();
    const session = new JumpSession({ settings, createTurbo: () => crank });
    session.frame(16);
    crank.pump(4000);
    const theta = Array.from(session.agent.theta);
    session.resetAgent();
    await session.settle();
    expect(session.turboRunning).toBe(true);
    expect(crank.started[1].lanes[0].agent.provenance.stepsTrained).toBe(0);
    expect(session.undo()).toBe(true);
    await session.settle();
    expect(session.turboRunning).toBe(true);
    expect(crank.started[2].lanes[0].agent.provenance.stepsTrained).toBe(4000);
    expect(Array.from(session.agent.theta)).toEqual(theta);
    await session.dispose();
  });

  it('an untrained agent is replaced without an Undo', async () => {
    const session = new JumpSession({ settings: jumpStore(), createTurbo: () => new CrankTurbo() });
    session.resetAgent();
    await session.settle();
    expect(undoNotice()).toBeUndefined();
    expect(session.undo()).toBe(false);
  });
});
