/**
 * One maze as the session runs it: what the settings described (`spec`), the training env (with its
 * time limit), and the Play and Evaluate envs on the same layout. Another maze, or other rewards, is
 * another world; only a changing maze's (`changeAt`) Play and Evaluate envs are rebuilt, once, when
 * the training maze's walls change.
 */
import type { GridMazeEnv } from '../../envs/grid-maze.ts';
import type { MazePresetName } from '../../envs/maze-presets.ts';
import { type MazeEnv, makeEnv } from '../../envs/registry.ts';
import type { MazeRewards } from '../../state/maze-settings.ts';
import type { MazeSpec } from './source.ts';

export class MazeWorld {
  /** The training env (TimeLimit) and the maze inside it. */
  readonly maze: GridMazeEnv;
  /** Play's and Evaluate's envs and whether the training maze had changed when they were built. */
  private others: { changed: boolean; play: MazeEnv; eval: MazeEnv } | null = null;

  private constructor(
    readonly spec: MazeSpec,
    readonly env: MazeEnv,
  ) {
    this.maze = env.unwrapped as GridMazeEnv;
  }

  /** Play's env: the training maze's walls as they are now. */
  get playEnv(): MazeEnv {
    return this.othersNow().play;
  }

  /** Evaluate's env: the training maze's walls as they are now. */
  get evalEnv(): MazeEnv {
    return this.othersNow().eval;
  }

  /**
   * Play and Evaluate never change walls on their own step count (`changeAt: null`): they take the
   * first layout until the training maze changes, then its changed layout (new envs, built once).
   */
  private othersNow(): { changed: boolean; play: MazeEnv; eval: MazeEnv } {
    const changed = this.maze.changed;
    if (this.others?.changed === changed) return this.others;
    const { layout } = this.maze;
    const rows = changed ? layout.rows.slice() : (this.spec.preset ?? layout.rows.slice());
    const opts = { layout: rows, ...this.spec.rewards, changeAt: null };
    this.others = {
      changed,
      play: makeEnv('GridMaze-v0', { ...opts, maxEpisodeSteps: this.env.maxEpisodeSteps }),
      // A deterministic greedy policy that has not reached G after visiting every cell never will.
      eval: makeEnv('GridMaze-v0', { ...opts, maxEpisodeSteps: layout.width * layout.height }),
    };
    return this.others;
  }

  /** The maze `spec` describes. Throws (with the env's reason) when its layout cannot be used. */
  static build(spec: MazeSpec): MazeWorld {
    return new MazeWorld(
      spec,
      makeEnv('GridMaze-v0', { layout: spec.preset ?? spec.rows.slice(), ...spec.rewards }),
    );
  }

  /** The maze of an imported or restored agent (its env, rebuilt from the agent's provenance). */
  static fromEnv(env: MazeEnv): MazeWorld {
    const options = env.spec.options as unknown as { layout: string | string[] } & MazeRewards;
    const layout = (env.unwrapped as GridMazeEnv).layout;
    const preset = typeof options.layout === 'string' ? (options.layout as MazePresetName) : undefined;
    const rewards = {
      stepReward: options.stepReward,
      goalReward: options.goalReward,
      cliffReward: options.cliffReward,
    };
    const label = preset ? `preset ${preset}` : `${layout.width}×${layout.height} maze`;
    return new MazeWorld({ rows: layout.rows, rewards, label, preset }, env);
  }

  get cells(): number {
    return this.maze.layout.width * this.maze.layout.height;
  }
}
