/**
 * Opening a shared link in the maze session: the link's settings replace the store whole, and a new
 * agent starts from the link's seed at episode 0, so the same link gives the same first episodes
 * (whatever the reader had, trained or not). What the reader had (their settings, their maze, their
 * agent with its record) is kept behind an Undo button on the notice, so a link never loses work.
 */
import { loadAgent, makeAgent } from '../../agents/make-agent.ts';
import { MAZE_SETTINGS_DEFAULTS, type MazeSettings } from '../../state/maze-settings.ts';
import { ReplacingNotice } from '../shared/replacing-notice.ts';
import type { MazeAgent } from './agent-file.ts';
import { agentOptions } from './agent-settings.ts';
import type { MazeSession } from './session.ts';
import { mazeSpecOf } from './source.ts';
import type { KeptAgent } from './structure.ts';
import { MazeWorld } from './world.ts';

/** The store's values without its actions. */
function valuesOf(session: MazeSession): MazeSettings {
  const state: MazeSettings = session.settings.getState();
  const out: Partial<Record<keyof MazeSettings, unknown>> = {};
  for (const key of Object.keys(MAZE_SETTINGS_DEFAULTS) as (keyof MazeSettings)[]) out[key] = state[key];
  return out as MazeSettings;
}

function same(a: MazeSettings, b: MazeSettings): boolean {
  return (Object.keys(MAZE_SETTINGS_DEFAULTS) as (keyof MazeSettings)[]).every((k) =>
    k === 'customRows' ? a.customRows.join('\n') === b.customRows.join('\n') : Object.is(a[k], b[k]),
  );
}

export class MazeLinkOpener {
  private readonly notice = new ReplacingNotice();

  constructor(private readonly session: MazeSession) {}

  /** Open `link` (all settings, already checked) at the next sync, with the agent at home. */
  open(link: MazeSettings): void {
    const session = this.session;
    session.queue(() => {
      const before = valuesOf(session);
      const trained = session.agent.provenance.stepsTrained > 0;
      const kept: KeptAgent = {
        world: session.world,
        saved: session.exportAgent(),
        firstEpisode: session.runner.episodes,
        runSeed: session.runSeed,
        record: session.record.copy(),
      };
      let world: MazeWorld;
      try {
        world = MazeWorld.build(mazeSpecOf(link));
      } catch {
        // The link codec checked the maze already; should the env still refuse it, the default opens.
        link = { ...link, source: 'preset', preset: MAZE_SETTINGS_DEFAULTS.preset };
        world = MazeWorld.build(mazeSpecOf(link));
      }
      session.settings.getState().update(link);
      // Every setting the link carries: the algorithm's own (n, λ, planning, κ), initial Q, schedule.
      const agent = makeAgent(link.agentKind, world.env, agentOptions(link)) as MazeAgent;
      session.install(world, agent, 0, link.seed);
      session.record.clear(world.cells);
      // The store now describes the agent on screen: the next sync has nothing structural to do.
      session.markApplied();
      session.structure.mazeApplied();
      session.enterMode(link.mode);
      session.quiet();
      this.withdraw();
      // Something of the reader's own goes: a trained agent, or settings of theirs (not the defaults).
      const own = !same(before, link) && !same(before, MAZE_SETTINGS_DEFAULTS);
      if (trained || own) {
        this.notice.show('info', (t) => t.maze.link.replaced, {
          label: (t) => t.common.controls.undo,
          run: () => this.restore(before, kept),
        });
      } else this.notice.show('info', (t) => t.maze.link.opened);
    });
  }

  /** Take the link's notice (and its Undo) away: the scene is leaving. */
  withdraw(): void {
    this.notice.dismiss();
  }

  /** Undo: the reader's own settings, maze, agent and record, as they were before the link. */
  private restore(before: MazeSettings, kept: KeptAgent): void {
    const session = this.session;
    this.notice.forget();
    session.queue(() => {
      const agent = loadAgent(kept.saved) as MazeAgent;
      session.structure.adopt(kept.world, agent, kept.firstEpisode, kept.runSeed, {
        record: kept.record,
        settings: before,
      });
      session.enterMode(before.mode);
      this.notice.show('info', (t) => t.maze.link.restored);
    });
  }
}
