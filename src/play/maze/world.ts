/**
 * One maze as the session runs it: what the settings described (`spec`), the training env (with its
 * time limit), and the Play and Evaluate envs on the same layout. Immutable: another maze, or other
 * rewards, is another world.
 */
import type { GridMazeEnv } from '../../envs/grid-maze.ts';
import type { MazePresetName } from '../../envs/maze-presets.ts';
import { type MazeEnv, makeEnv } from '../../envs/registry.ts';
import type { MazeRewards } from '../../state/maze-settings.ts';
import type { MazeSpec } from './source.ts';

export class MazeWorld {
  /** The training env (TimeLimit) and the maze inside it. */
  readonly maze: GridMazeEnv;
  readonly playEnv: MazeEnv;
  readonly evalEnv: MazeEnv;

  private constructor(
    readonly spec: MazeSpec,
    readonly env: MazeEnv,
  ) {
    this.maze = env.unwrapped as GridMazeEnv;
    const { layout } = this.maze;
    const opts = { layout: spec.preset ?? layout.rows.slice(), ...spec.rewards };
    this.playEnv = makeEnv('GridMaze-v0', { ...opts, maxEpisodeSteps: env.maxEpisodeSteps });
    // A deterministic greedy policy that has not reached G after visiting every cell never will.
    this.evalEnv = makeEnv('GridMaze-v0', { ...opts, maxEpisodeSteps: layout.width * layout.height });
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
