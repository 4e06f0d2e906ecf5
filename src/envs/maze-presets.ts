/**
 * Preset maze layouts, as typed data. Tiles (see maze-layout.ts): `#` wall, `.` floor, `S` start,
 * `G` goal, `C` cliff. Sizes and shortest paths quoted in the descriptions are checked by
 * tests/envs/maze-layout.test.ts.
 */

export interface MazePreset {
  readonly name: string;
  readonly description: string;
  readonly rows: readonly string[];
}

export const MAZE_PRESETS = {
  small: {
    name: 'small',
    description:
      '7×7 teaching maze: two equally short ways round the first pillar, three dead ends; shortest path 16 steps.',
    // biome-ignore format: a maze reads as a grid
    rows: [
      'S...#..',
      '.#.##.#',
      '...#...',
      '.#.#.#.',
      '.#...#.',
      '.#####.',
      '.....#G',
    ],
  },
  bench10: {
    name: 'bench10',
    description: '10×10 benchmark maze: 62 free cells, shortest path 28 steps. Used by the speed benchmark.',
    rows: [
      'S.#...#...',
      '..#.#.#.#.',
      '.##.#...#.',
      '....####..',
      '###.#...#.',
      '....#.#.#.',
      '.####.#.#.',
      '......#.#.',
      '.######.#.',
      '........#G',
    ],
  },
  large: {
    name: 'large',
    description:
      '19×19 maze with two loops and many dead ends, one right beside the goal; shortest path 62 steps, and no other route within 2 steps of it (so ε-greedy Q-learning settles on the shortest one). The default.',
    rows: [
      'S.....#.......#....',
      '.####.#.#####.#.##.',
      '.#....#.#...#...#..',
      '.#.####.#.#.#####.#',
      '.#......#.#.......#',
      '.########.#######.#',
      '...#..........#.#.#',
      '##.#.######.###.#.#',
      '...#.#......#......',
      '####.#.######.####.',
      '.....#.#....#.#....',
      '.#####.#.##.###.###',
      '.#.....#..#........',
      '.#.#######.#####.#.',
      '.#.......#.#.....#.',
      '.#######.#.#.#####.',
      '.......#...#.......',
      '.#####.#####.#.###.',
      '.....#.......#...#G',
    ],
  },
  cliff: {
    name: 'cliff',
    description:
      "4×12 cliff walking (Sutton & Barto, Example 6.6): stepping on C costs the cliff reward and returns to S; the optimal path runs along the cliff edge, 13 steps. Use stepReward −1 for the book's rewards.",
    // biome-ignore format: a maze reads as a grid
    rows: [
      '............',
      '............',
      '............',
      'SCCCCCCCCCCG',
    ],
  },
} as const satisfies Record<string, MazePreset>;

export type MazePresetName = keyof typeof MAZE_PRESETS;

export const MAZE_PRESET_NAMES = Object.keys(MAZE_PRESETS) as MazePresetName[];

/** The layout a `GridMaze-v0` uses when none is given. */
export const DEFAULT_MAZE_PRESET: MazePresetName = 'large';
