/** Opening a shared link in the maze session: the same link gives the same episodes; Undo loses nothing. */
import { beforeEach, describe, expect, it } from 'vitest';
import { MazeSession } from '../../../src/play/maze/session.ts';
import { readMazeLink } from '../../../src/state/maze-link.ts';
import { noticeStore, wordsOf } from '../../../src/state/notices.ts';
import { CrankTurbo, mazeStore, memorySessionStorage } from '../shared/session-fixtures.ts';

// biome-ignore format: a maze reads as a grid
const MINE = [
  'S.....',
  '.####.',
  '.#..#.',
  '....#G',
];
const LINK = 'layout=5x4.0.19.ABFBQAU&agentKind=sarsa&seed=77&alpha=0.4&epsilon=0.3&gamma=0.8&speed=120';

function linkSettings() {
  const read = readMazeLink(undefined, new URLSearchParams(LINK));
  if (!read) throw new Error('no link');
  expect(read.problems).toEqual([]);
  expect(read.layoutRefused).toBeUndefined();
  return read.settings;
}

/** Open the link in a session that had `patch` and trained `episodes`; return the first returns. */
function openIn(patch: Parameters<typeof mazeStore>[0], episodes: number) {
  const settings = mazeStore(patch);
  const session = new MazeSession({ settings, createTurbo: () => new CrankTurbo() });
  while (session.episodes < episodes) session.stepOnce();
  session.openLink(linkSettings());
  session.sync();
  const returns: number[] = [];
  let seen = -1;
  while (returns.length < 8) {
    session.stepOnce();
    const e = session.lastEpisode;
    if (e.index > seen) {
      seen = e.index;
      returns.push(e.return);
    }
  }
  return { session, settings, returns };
}

describe('MazeSession.openLink', () => {
  beforeEach(() => noticeStore.getState().clear());

  it('starts a new agent from the link seed: the same first episodes whatever the reader had', () => {
    const fresh = openIn({}, 0);
    const busy = openIn({ source: 'custom', customRows: MINE, seed: 3, agentKind: 'q-learning' }, 20);
    expect(busy.returns).toEqual(fresh.returns);
    expect(Array.from(busy.session.agent.q)).toEqual(Array.from(fresh.session.agent.q));
    expect(busy.session.agent.kind).toBe('sarsa');
    expect(busy.session.runSeed).toBe(77);
    expect(busy.session.spec.rows).toEqual(['S...#', '.#.#.', '.#...', '###.G']);
    expect(busy.session.params).toEqual({ epsilon: 0.3, alpha: 0.4, gamma: 0.8 });
    expect(busy.settings.getState()).toMatchObject({ speed: 120, seed: 77, source: 'custom' });
  });

  it("builds the agent with the link's own algorithm settings (λ, traces, initial Q)", () => {
    const read = readMazeLink(
      undefined,
      new URLSearchParams('agentKind=sarsa-lambda&seed=5&lambda=0.5&traces=accumulating&initialQ=0.25'),
    );
    if (!read) throw new Error('no link');
    expect(read.problems).toEqual([]);
    const session = new MazeSession({ settings: mazeStore({}), createTurbo: () => new CrankTurbo() });
    session.openLink(read.settings);
    session.sync();
    expect(session.agent.kind).toBe('sarsa-lambda');
    expect(session.params).toMatchObject({ lambda: 0.5, traces: 'accumulating' });
    expect(session.agent.q[0]).toBe(0.25);
  });

  it('offers Undo when the link replaces the reader’s maze or agent, and Undo brings them all back', () => {
    const settings = mazeStore({ source: 'custom', customRows: MINE, seed: 3, alpha: 0.2 });
    const session = new MazeSession({ settings, createTurbo: () => new CrankTurbo() });
    while (session.episodes < 10) session.stepOnce();
    const q = Array.from(session.agent.q);
    session.openLink(linkSettings());
    session.sync();
    const notice = noticeStore.getState().notices.at(-1);
    expect(wordsOf(notice?.text ?? '')).toMatch(/replace yours.*Undo/);
    expect(notice?.action).toBeDefined();

    notice?.action?.run();
    session.sync();
    expect(session.spec.rows).toEqual(MINE);
    expect(Array.from(session.agent.q)).toEqual(q);
    expect(session.episodes).toBe(10);
    expect(settings.getState()).toMatchObject({
      customRows: MINE,
      seed: 3,
      alpha: 0.2,
      agentKind: 'q-learning',
    });
    expect(wordsOf(noticeStore.getState().notices.at(-1)?.text ?? '')).toMatch(/are back/);
    // Nothing structural left over: the restored agent keeps learning where it was.
    session.stepOnce();
    expect(session.agent.provenance.stepsTrained).toBeGreaterThan(0);
  });

  it('says only that the link opened when it replaces nothing of the reader’s (defaults, untrained)', () => {
    const fresh = new MazeSession({ settings: mazeStore(), createTurbo: () => new CrankTurbo() });
    fresh.openLink(linkSettings());
    fresh.sync();
    expect(noticeStore.getState().notices.at(-1)?.action).toBeUndefined();
  });

  it('says only that the link opened when it replaces nothing', () => {
    const settings = mazeStore(linkSettings());
    const session = new MazeSession({
      settings,
      createTurbo: () => new CrankTurbo(),
      storage: memorySessionStorage(),
    });
    session.openLink(linkSettings());
    session.sync();
    const notice = noticeStore.getState().notices.at(-1);
    expect(wordsOf(notice?.text ?? '')).toMatch(/^Opened a shared link/);
    expect(notice?.action).toBeUndefined();
  });
});
