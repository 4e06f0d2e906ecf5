/** A DP model of a GridMaze built the way the playground builds one: from the env's own tables. */
import { type MazeModel, mazeModel } from '../../../src/agents/dp/index.ts';
import { GridMazeEnv, type GridMazeOptions } from '../../../src/envs/grid-maze.ts';

export function modelOf(
  layout: GridMazeOptions['layout'],
  rewards: Omit<GridMazeOptions, 'layout'> = {},
): MazeModel {
  const env = new GridMazeEnv({ layout, ...rewards });
  return mazeModel(env.layout, env.transitions);
}
