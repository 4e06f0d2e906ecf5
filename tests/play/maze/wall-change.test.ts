/**
 * A changing maze (S&B Example 8.2, blocking) in the session: the change is noticed once, at the
 * training episode it happened in (the chart's marker), with a notice, and the greedy probe walks
 * the new walls from then on.
 */
import { describe, expect, it } from 'vitest';
import { MazeSession } from '../../../src/play/maze/session.ts';
import { noticeStore, wordsOf } from '../../../src/state/notices.ts';
import { CrankTurbo, mazeStore } from '../shared/session-fixtures.ts';

describe('changing maze in the session', () => {
  it('marks the episode of the wall change and says so', () => {
    noticeStore.getState().clear();
    const settings = mazeStore({ preset: 'blocking', mode: 'watch', greedyEvery: 1, seed: 2 });
    const session = new MazeSession({ settings, createTurbo: () => new CrankTurbo() });
    const step = (session.maze.change as { step: number }).step;
    const rowsBefore = session.maze.layout.rows.join('\n');
    while (session.maze.totalSteps < step) session.stepOnce();
    expect(session.maze.changed).toBe(true);
    expect(session.maze.layout.rows.join('\n')).not.toBe(rowsBefore);
    expect(session.record.changes).toEqual([session.runner.episodes]);
    expect(session.wallsChangedAt).toBeGreaterThanOrEqual(0);
    const said = noticeStore.getState().notices.map((n) => wordsOf(n.text));
    expect(said.join(' ')).toContain(`The walls changed at step ${step.toLocaleString('en-US')}`);
    // Once only.
    for (let i = 0; i < 200; i++) session.stepOnce();
    expect(session.record.changes).toHaveLength(1);
  });

  it('Turbo: the worker’s change marks the chart and the page’s maze follows it', () => {
    noticeStore.getState().clear();
    const settings = mazeStore({ preset: 'blocking', mode: 'watch', seed: 2 });
    const crank = new CrankTurbo();
    const session = new MazeSession({ settings, createTurbo: () => crank });
    for (let i = 0; i < 300; i++) session.stepOnce();
    settings.getState().update({ mode: 'turbo' });
    session.frame(16);
    expect(session.turboRunning).toBe(true);
    // The worker's copy counts its own steps: the change still to come is 1000 − 300 steps away.
    expect(crank.started[0].envOptions.changeAt).toMatchObject({ step: 700 });
    crank.pump(5000);
    expect(session.record.changes).toHaveLength(1);
    expect(session.maze.changed).toBe(true);
    expect(session.maze.totalSteps).toBe(1000);
    const said = noticeStore.getState().notices.map((n) => wordsOf(n.text));
    expect(said.join(' ')).toContain('The walls changed at step 1,000');
  });
});
