/**
 * A changing maze (S&B Example 8.2, blocking) in the session: the change is noticed once, at the
 * training episode it happened in (the chart's marker), with a notice, and the greedy probe walks
 * the new walls from then on.
 */
import { describe, expect, it } from 'vitest';
import type { GridMazeEnv } from '../../../src/envs/grid-maze.ts';
import type { MazeEnv } from '../../../src/envs/registry.ts';
import type { MazeRunners } from '../../../src/play/maze/runners.ts';
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

describe('Play and Evaluate on a changing maze', () => {
  const rowsOf = (env: unknown) => ((env as MazeEnv).unwrapped as GridMazeEnv).layout.rows.join('\n');
  // From S (row 5, col 3): five steps right to col 8, then up twice. Before the change row 3's gap is
  // at col 8 (the second up reaches row 3); after it, col 8 is wall (the agent stays on row 4).
  const walkToTheRightGap = (runners: MazeRunners) => {
    runners.begin('play');
    for (const a of [1, 1, 1, 1, 1, 0, 0]) runners.playMove(a);
    return runners.position('play');
  };

  it('walk the walls the training maze has now: the old ones before the change, the new ones after', () => {
    const settings = mazeStore({ preset: 'blocking', mode: 'watch', seed: 2 });
    const session = new MazeSession({ settings, createTurbo: () => new CrankTurbo() });
    const width = session.maze.layout.width;
    const first = session.maze.layout.rows.join('\n');
    expect(walkToTheRightGap(session.runners)).toBe(3 * width + 8);
    // Play's own steps never change its walls (1000 of them would have, on its own step count).
    for (let i = 0; i < 1100; i++) session.runners.playMove(i % 2 === 0 ? 1 : 3);
    expect(walkToTheRightGap(session.runners)).toBe(3 * width + 8);

    while (!session.maze.changed) session.stepOnce();
    expect(walkToTheRightGap(session.runners)).toBe(4 * width + 8);
    session.runners.begin('evaluate');
    expect(rowsOf(session.runners.eval.env)).toBe(session.maze.layout.rows.join('\n'));
    expect(rowsOf(session.runners.eval.env)).not.toBe(first);
  });
});
