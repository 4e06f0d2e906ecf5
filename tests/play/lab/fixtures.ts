/** A tiny experiment for the Lab's tests: the book's cliff, two agents, a grid of two α, few runs. */
import type { ExperimentSpecInput } from '../../../src/train/experiment/spec.ts';

export const SMALL_SPEC: ExperimentSpecInput = {
  name: 'tiny cliff',
  env: { id: 'GridMaze-v0', options: { layout: 'cliff-book', maxEpisodeSteps: 100000 } },
  agents: [
    { kind: 'sarsa', label: 'Sarsa', options: { epsilon: 0.1, gamma: 1 }, grid: { alpha: [0.1, 0.5] } },
    { kind: 'q-learning', options: { epsilon: 0.1, gamma: 1, alpha: 0.5 } },
  ],
  runs: 4,
  episodes: 12,
  seed: 7,
  metrics: ['return'],
  summary: { metric: 'return' },
};

/** A Map-backed `Storage` for the saved-results store. */
export function memoryStorage(): Storage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      map.set(k, String(v));
    },
    removeItem: (k: string) => {
      map.delete(k);
    },
  };
}
