/**
 * Closed-form curves a chart can draw without runs (the Lab reads this; the CLI's charts sample the
 * presets' own src/train/experiment/presets/analytic.ts, from the env's formula).
 *
 * The short corridor (Sutton & Barto Example 13.1), the policy taking "right" with probability p
 * in every state: solving the three Bellman equations gives J(p) = v(S) = (2p − 4) / (p(1 − p)),
 * maximal at p* = 2 − √2 ≈ 0.586 where J ≈ −11.6.
 */
export const ANALYTIC = {
  'short-corridor-j': {
    x: [0.02, 0.98] as [number, number],
    y: (p: number) => (2 * p - 4) / (p * (1 - p)),
    optimumX: 2 - Math.SQRT2,
  },
} as const;

export type AnalyticId = keyof typeof ANALYTIC;
