/**
 * What the changing-maze presets (Figures 8.4 and 8.5) share: Dyna-Q against Dyna-Q+ on a maze
 * whose walls change by themselves after a number of env steps (GridMaze-v0's `changeAt`, here the
 * layout's own `MAZE_CHANGES`), measured as cumulative reward against time steps.
 *
 * Settings (the book gives only γ 0.95 and ε 0.1 for these figures): α = 1, as the maze is
 * deterministic, and Q₀ = 1, the goal's reward, for both agents. Q₀ matters for Dyna-Q+ here:
 * dyna-q.ts plans only with pairs tried for real (not the book's footnote variant, which also
 * plans with untried actions), so with Q₀ = 0 the bonus κ√τ makes every tried action look better
 * than every untried one until the goal is first found, and Dyna-Q+ walks the same few cells
 * instead of exploring (measured: 3–12 goals by step 1000 against Dyna-Q's 16–50). An optimistic
 * Q₀ (no return can exceed 1) keeps untried actions attractive, as the footnote's model does.
 */
import type { ExperimentSpecInput } from '../spec.ts';

export function changingMazeAgents(planningSteps: number, kappa: number): ExperimentSpecInput['agents'] {
  const options = { epsilon: 0.1, alpha: 1, gamma: 0.95, initialQ: 1, planningSteps };
  return [
    { kind: 'dyna-q', label: 'Dyna-Q', options: { ...options, kappa: 0 } },
    { kind: 'dyna-q', label: 'Dyna-Q+', options: { ...options, kappa } },
  ];
}
