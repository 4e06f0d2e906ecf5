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
  dyna: {
    name: 'dyna',
    description:
      "6×9 Dyna maze (Sutton & Barto, Example 8.1): S at (2, 0), G at (0, 8), seven wall cells; shortest path 14 steps. The book's rewards: +1 at G, 0 otherwise (the GridMaze defaults).",
    // biome-ignore format: a maze reads as a grid
    rows: [
      '.......#G',
      '..#....#.',
      'S.#....#.',
      '..#......',
      '.....#...',
      '.........',
    ],
  },
  blocking: {
    name: 'blocking',
    description:
      '6×9 blocking maze (Sutton & Barto, Example 8.2): a wall on row 3 with its gap on the right; shortest path 10 steps. After 1000 steps (MAZE_CHANGES) the gap moves to the left and the shortest path becomes 16 steps: the learned way is blocked.',
    // biome-ignore format: a maze reads as a grid
    rows: [
      '........G',
      '.........',
      '.........',
      '########.',
      '.........',
      '...S.....',
    ],
  },
  shortcut: {
    name: 'shortcut',
    description:
      '6×9 shortcut maze (Sutton & Barto, Example 8.3): a wall on row 3 with its gap on the left; shortest path 16 steps. After 3000 steps (MAZE_CHANGES) a second gap opens on the right and the shortest path becomes 10 steps: a shortcut only exploration finds.',
    // biome-ignore format: a maze reads as a grid
    rows: [
      '........G',
      '.........',
      '.........',
      '.########',
      '.........',
      '...S.....',
    ],
  },
  'cliff-book': {
    name: 'cliff-book',
    description:
      "The 4×12 cliff with the book's rewards (Sutton & Barto, Example 6.6; MAZE_PRESET_REWARDS): −1 per step, the step into G included, −100 for stepping on C; the optimal path runs along the cliff edge, 13 steps.",
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

/** A maze that changes its walls after `step` env steps (see `GridMazeOptions.changeAt`). */
export interface MazeChange {
  /** Total env steps (over all episodes) after which the walls change. */
  readonly step: number;
  /** The layout after the change: same size, same S and G. */
  readonly layout: readonly string[];
}

/**
 * The changes of the book's changing mazes, applied by `GridMaze-v0` to these presets unless
 * `changeAt` is given (`null` keeps the first layout for ever).
 */
export const MAZE_CHANGES = {
  // S&B Example 8.2: after 1000 steps the gap moves from the right end of row 3 to the left end.
  blocking: {
    step: 1000,
    // biome-ignore format: a maze reads as a grid
    layout: [
      '........G',
      '.........',
      '.........',
      '.########',
      '.........',
      '...S.....',
    ],
  },
  // S&B Example 8.3: after 3000 steps a second gap opens at the right end of row 3.
  shortcut: {
    step: 3000,
    // biome-ignore format: a maze reads as a grid
    layout: [
      '........G',
      '.........',
      '.........',
      '.#######.',
      '.........',
      '...S.....',
    ],
  },
} as const satisfies Partial<Record<MazePresetName, MazeChange>>;

/** The rewards of `GridMazeOptions`, for presets that come with their own. */
export interface MazeRewardOptions {
  readonly goalReward: number;
  readonly stepReward: number;
  readonly cliffReward: number;
}

/**
 * Rewards a preset brings with it: `GridMaze-v0` uses them for every reward option not given
 * explicitly (presets not listed use `GRID_MAZE_DEFAULTS`).
 */
export const MAZE_PRESET_REWARDS = {
  // S&B Example 6.6: −1 on every transition (into G too), −100 on the cliff.
  'cliff-book': { goalReward: -1, stepReward: -1, cliffReward: -100 },
} as const satisfies Partial<Record<MazePresetName, MazeRewardOptions>>;
