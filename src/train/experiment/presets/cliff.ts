/** The book's cliff (Example 6.6): −1 per step (the step into G too), −100 and back to S on C. */
export const BOOK_CLIFF_ENV = {
  id: 'GridMaze-v0',
  // Sarsa's first episodes at large α run long; 100 000 steps never cuts one short (SPEC §6).
  options: { layout: 'cliff-book', maxEpisodeSteps: 100_000 },
} as const;

export const ALPHAS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
