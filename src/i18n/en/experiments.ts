/**
 * The built-in experiments' words (src/train/experiment/presets): each one's title, what the book
 * (or the posts) found, and what to look for; the names of the metrics and the reference lines.
 * The CLI and the Lab scene both read these.
 */
export const experiments = {
  presets: {
    'sb-6.4': {
      title: 'Cliff walking: Sarsa vs Q-learning (Figure 6.4)',
      found:
        'The book: with ε = 0.1, Sarsa learns the longer, safe path and earns about −25 per episode online; Q-learning learns the optimal path along the edge, falls off now and then while exploring, and earns about −50.',
      lookFor:
        'After about 100 episodes the Sarsa band sits above the Q-learning band and the bands do not overlap: the difference is real, not luck of the seeds.',
    },
    'sb-6.3': {
      title: 'Interim and asymptotic performance against α (Figure 6.3)',
      found:
        'The book: Expected Sarsa is best and nearly flat in α; Sarsa degrades at large α; Q-learning earns less online at every α. Interim = mean return over the first 100 episodes (50 000 runs in the book, 5 000 here); asymptotic = mean over 100 000 episodes (10 runs).',
      lookFor:
        'Expected Sarsa’s points at or above both others across α, and the asymptotic Sarsa curve falling away at large α.',
    },
    'sb-6.5': {
      title: 'Maximization bias: Q-learning vs Double Q-learning (Figure 6.5)',
      found:
        'The book: Q-learning at first goes left from A far more often than the ε-greedy optimum of 5 %, because the max over B’s noisy estimates looks positive; Double Q-learning is hardly affected.',
      lookFor:
        'Q-learning’s share of “left” climbing from 50 % to over 90 % by episode 20 while Double Q’s falls from the start; both then sink toward the 5 % line, Q-learning far more slowly (about 12 % and 7 % at episode 300).',
    },
    'sb-8.2': {
      title: 'The Dyna maze: planning steps n = 0, 5, 50 (Figure 8.2)',
      found:
        'The book: with n = 50 the agent has found a good path by episode 3; with n = 0 (plain Q-learning) it takes about 25 episodes.',
      lookFor:
        'In episodes 2–10 the n = 50 curve far below the n = 0 curve; all settle near the 14-step shortest path (about 17 steps with ε-greedy’s detours).',
    },
    'sb-8.4': {
      title: 'The blocking maze: Dyna-Q vs Dyna-Q+ (Figure 8.4)',
      found:
        'The book: after 1000 steps the short way is blocked; both agents find the new path, Dyna-Q+ sooner, because its exploration bonus κ√τ sends it to try what it has not tried for long. Here n = 50, α = 1, κ = 0.0003, and both agents start from Q = 1 (optimistic), so that Dyna-Q+, which plans only with actions it has tried, still explores new ones.',
      lookFor: 'After the change (step 1000), the Dyna-Q+ cumulative reward pulling ahead.',
    },
    'sb-8.5': {
      title: 'The shortcut maze: Dyna-Q vs Dyna-Q+ (Figure 8.5)',
      found:
        'The book: after 3000 steps a shortcut opens; Dyna-Q, whose model says the old way is best, never finds it; Dyna-Q+ explores and does. Here n = 50, α = 1, κ = 0.001, and both agents start from Q = 1 (optimistic), so that Dyna-Q+, which plans only with actions it has tried, still explores new ones.',
      lookFor:
        'Before step 3000 Dyna-Q+ a little behind (exploring costs steps); after it, Dyna-Q+’s cumulative reward growing faster than Dyna-Q’s and passing it.',
    },
    'sb-13.2': {
      title: 'The short corridor: REINFORCE with and without a baseline (Figure 13.2)',
      found:
        'The book: from p(right) = 0.05, REINFORCE with a learned baseline (α_θ = 2⁻⁹, α_w = 2⁻⁶) approaches v* ≈ −11.6 much faster than without one (α = 2⁻¹³). The analytic J(p) peaks at p = 2 − √2 ≈ 0.586. Here each step size is half the book’s: the agent’s features move the policy and the baseline twice as far per step, so the steps taken are the book’s.',
      lookFor: 'The baseline curve rising toward the v* line well before the curve without a baseline.',
    },
    'posts-maze-epsilon': {
      title: 'The posts’ maze question: Q-learning against ε',
      found:
        'The posts asked how ε changes learning in the maze (α 0.1, γ 0.9). Until the goal is first reached every Q-value is 0 and ties are broken at random, so every ε walks at random alike and even ε = 0 finds the goal. Afterwards ε = 0 follows its values to the 62-step shortest path, and each larger ε keeps wasting steps on exploration: about 66, 70, 79 and 91 steps per episode for ε = 0.05, 0.1, 0.2 and 0.3 (the summary: the mean over the last 100 episodes).',
      lookFor:
        'The curves together, above the top of the chart, for the first 70 or so episodes (thousands of steps each), then settling in the order of ε: the more exploration, the higher the floor.',
    },
    'posts-jump-baseline': {
      title: 'The posts’ jump question: REINFORCE baselines and actor-critic',
      found:
        'The posts trained REINFORCE to jump over the hole, and some runs failed. A baseline leaves the expected gradient as it is and lowers its variance. Compared here, each with its own defaults: no baseline, the mean return, a learned baseline, and an actor–critic that bootstraps.',
      lookFor:
        'Which curve reaches a high success rate first, and how wide each band is: without a baseline a few runs stay low for long, so its curve levels off lower and its band stays wider than those of the other two REINFORCE curves. The actor–critic, which learns at every step, rises first and then more slowly.',
    },
  },
  metrics: {
    return: 'return per episode',
    steps: 'steps per episode',
    success: 'success rate',
    'action-share': 'share of the chosen action',
    'cumulative-reward': 'cumulative reward',
  },
  lines: {
    epsilonOptimum: 'ε-greedy optimum (5 %)',
    vStar: 'v* ≈ −11.66',
    optimumP: 'p* = 2 − √2',
  },
  /** Preset agents' labels (as they appear in results files), for legends: `labels[label] ?? label`. */
  labels: {
    Sarsa: 'Sarsa',
    'Expected Sarsa': 'Expected Sarsa',
    'Q-learning': 'Q-learning',
    'Double Q-learning': 'Double Q-learning',
    'Dyna-Q': 'Dyna-Q',
    'Dyna-Q+': 'Dyna-Q+',
    REINFORCE: 'REINFORCE',
    'REINFORCE with baseline': 'REINFORCE with baseline',
    'REINFORCE, no baseline': 'REINFORCE, no baseline',
    'REINFORCE, mean baseline': 'REINFORCE, mean baseline',
    'REINFORCE, learned baseline': 'REINFORCE, learned baseline',
    'Actor–critic': 'Actor–critic',
  },
  parts: {
    main: 'results',
    interim: 'interim (first 100 episodes)',
    asymptotic: 'asymptotic (100 000 episodes)',
  },
  axes: {
    episode: 'episode',
    step: 'time step',
    pRight: 'p(right)',
    jOfP: 'J(p), the start state’s value',
  },
};
