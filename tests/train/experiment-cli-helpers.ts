/** Run `npm run experiment` in-process (real worker threads unless a test gives its own ports). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ExperimentIO, main } from '../../src/cli/experiment/main.ts';

export async function runExperimentCli(args: string[], cwd?: string, hooks: Partial<ExperimentIO> = {}) {
  let out = '';
  let err = '';
  const io: ExperimentIO = {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    isTTY: false,
    cwd,
    // English unless a test asks otherwise: the machine's own LANG must not change the wording.
    env: {},
    ...hooks,
  };
  const code = await main(args, io);
  return { code, out, err };
}

/**
 * A small spec: two agents on a 4 × 4 maze, one with a grid over α, 12 runs of 30 episodes, curves
 * and a summary, so every column of the files is exercised.
 */
export const SMALL_SPEC = {
  name: 'small test',
  env: { id: 'GridMaze-v0', options: { layout: 'small', maxEpisodeSteps: 200 } },
  agents: [
    { kind: 'sarsa', label: 'Sarsa', options: { epsilon: 0.1, gamma: 0.9 }, grid: { alpha: [0.1, 0.5] } },
    { kind: 'q-learning', label: 'Q-learning', options: { epsilon: 0.1, alpha: 0.5, gamma: 0.9 } },
  ],
  runs: 12,
  episodes: 30,
  seed: 3,
  metrics: ['return', 'steps'],
  summary: { metric: 'steps', firstEpisodes: 10 },
};

/** A fresh folder holding `spec.json` (the small spec unless given). */
export function folderWithSpec(spec: unknown = SMALL_SPEC): string {
  const dir = mkdtempSync(join(tmpdir(), 'experiment-cli-'));
  writeFileSync(join(dir, 'spec.json'), JSON.stringify(spec));
  return dir;
}
