/**
 * The fused tabular kernel: Runner.step + TimeLimit + GridMazeEnv.step + the agent's act/learn as
 * one loop over the maze's transition tables and the agent's Q table(s), for Q-learning, SARSA,
 * Expected SARSA, Double Q and Dyna-Q with n = 0. Every draw, comparison and floating-point
 * operation is the generic path's, in the same order, so the results are bit-identical (the
 * tests in tests/train/fused*.test.ts compare every Float64); it is only faster, because nothing is
 * called, allocated or looked up through an object per step.
 *
 * Alea (core/rng.ts) is stepped inline on locals r0, r1, r2, rc:
 *   t = 2091639·r0 + rc·2^-32;  r0 ← r1;  r1 ← r2;  rc ← t | 0;  r2 ← t − rc   (the draw is r2)
 * `Math.floor(u * n)` is `Rng.int`; ε-greedy and ties are `TabularAgent.behave` and
 * `argmaxRandomTie` unrolled for the maze's 4 actions (a draw only on a tie).
 *
 * The caller guarantees a mask-free 4-action maze with no wall change pending and no update record
 * (fusedApplies); the state goes in and comes back through `KernelState` (see fused-advance.ts).
 */
import { scheduledEpsilon } from '../../agents/tabular-config.ts';
import { ALEA_2_32, ALEA_A } from '../../core/rng.ts';
import { OUTCOME } from '../../envs/grid-maze.ts';
import type { EpisodeSummary } from '../runner.ts';
import { KERNEL_KIND, type KernelHooks, type KernelState, type KernelTables } from './kernel-state.ts';

const GOAL = OUTCOME.GOAL;

/**
 * Take up to `maxSteps` steps, stopping early once `maxEpisodes` episodes have ended; returns the
 * steps taken. `k` is read at the start and written back at the end.
 */
export function runKernel(
  k: KernelState,
  tables: KernelTables,
  maxSteps: number,
  maxEpisodes: number,
  hooks: KernelHooks,
): number {
  const { next, reward, outcome, start, maxEpisodeSteps } = tables;
  const { kind, q, alpha, gamma, epsilon0, schedule } = k;
  const q1 = k.q1 ?? q;
  const q2 = k.q2 ?? q;
  const model = k.model;
  const { visits, onEpisode } = hooks;
  const sarsa = kind === KERNEL_KIND.SARSA;
  const summary: EpisodeSummary = {
    index: 0,
    return: 0,
    length: 0,
    success: false,
    terminated: false,
    truncated: false,
  };
  let eps = k.eps;
  let r0 = k.s0;
  let r1 = k.s1;
  let r2 = k.s2;
  let rc = k.c;
  let t = 0;
  let committed = k.committedAction;
  let committedState = k.committedState;
  let stepsTrained = k.stepsTrained;
  let episodesTrained = k.episodesTrained;
  let s = k.observation;
  let elapsed = k.elapsed;
  let steps = k.steps;
  let episodes = k.episodes;
  let ret = k.episodeReturn;
  let len = k.episodeLength;
  let needsReset = k.needsReset;
  let last = k.last;
  let size = model === null ? 0 : model.size;
  let time = model === null ? 0 : model.time;
  let taken = 0;
  let ended = 0;

  while (taken < maxSteps && ended < maxEpisodes) {
    if (needsReset) {
      // Runner.reset → TimeLimit.reset → GridMazeEnv.reset: back to S, the clock at 0.
      s = start;
      elapsed = 0;
      ret = 0;
      len = 0;
      needsReset = false;
    }
    // act: the committed action if it was drawn for this state, else a fresh ε-greedy draw.
    let a = -1;
    if (committed >= 0) {
      if (committedState === s) a = committed;
      committed = -1;
    }
    if (a < 0) {
      t = ALEA_A * r0 + rc * ALEA_2_32;
      r0 = r1;
      r1 = r2;
      rc = t | 0;
      r2 = t - rc;
      if (r2 < eps) {
        t = ALEA_A * r0 + rc * ALEA_2_32;
        r0 = r1;
        r1 = r2;
        rc = t | 0;
        r2 = t - rc;
        a = Math.floor(r2 * 4);
      } else {
        // argmaxRandomTie over q[b … b+3]
        const b = s * 4;
        let bestQ = q[b];
        let ties = 1;
        a = 0;
        for (let j = 1; j < 4; j++) {
          const v = q[b + j];
          if (v > bestQ) {
            bestQ = v;
            a = j;
            ties = 1;
          } else if (v === bestQ) ties++;
        }
        if (ties > 1) {
          t = ALEA_A * r0 + rc * ALEA_2_32;
          r0 = r1;
          r1 = r2;
          rc = t | 0;
          r2 = t - rc;
          let n = Math.floor(r2 * ties);
          for (let j = a; j < 4; j++) {
            if (q[b + j] === bestQ && n-- === 0) {
              a = j;
              break;
            }
          }
        }
      }
    }
    // env: GridMazeEnv.step's three table reads, then TimeLimit's clock.
    const i = s * 4 + a;
    const terminated = outcome[i] === GOAL;
    const r = reward[i];
    const s2 = next[i];
    const truncated = ++elapsed >= maxEpisodeSteps && !terminated;
    // learn: the target, as each agent's learn computes it.
    const b2 = s2 * 4;
    let target = r;
    let table = q;
    if (kind === KERNEL_KIND.Q || kind === KERNEL_KIND.DYNA_Q) {
      if (!terminated) target = r + gamma * Math.max(q[b2], q[b2 + 1], q[b2 + 2], q[b2 + 3]);
    } else if (kind === KERNEL_KIND.EXPECTED_SARSA) {
      if (!terminated) target = r + gamma * expected(q, b2, eps);
    } else if (sarsa) {
      if (!terminated) {
        // A′ = behave(S′), drawn before the update (SarsaAgent.learn)
        let a2 = 0;
        t = ALEA_A * r0 + rc * ALEA_2_32;
        r0 = r1;
        r1 = r2;
        rc = t | 0;
        r2 = t - rc;
        if (r2 < eps) {
          t = ALEA_A * r0 + rc * ALEA_2_32;
          r0 = r1;
          r1 = r2;
          rc = t | 0;
          r2 = t - rc;
          a2 = Math.floor(r2 * 4);
        } else {
          let bestQ = q[b2];
          let ties = 1;
          for (let j = 1; j < 4; j++) {
            const v = q[b2 + j];
            if (v > bestQ) {
              bestQ = v;
              a2 = j;
              ties = 1;
            } else if (v === bestQ) ties++;
          }
          if (ties > 1) {
            t = ALEA_A * r0 + rc * ALEA_2_32;
            r0 = r1;
            r1 = r2;
            rc = t | 0;
            r2 = t - rc;
            let n = Math.floor(r2 * ties);
            for (let j = a2; j < 4; j++) {
              if (q[b2 + j] === bestQ && n-- === 0) {
                a2 = j;
                break;
              }
            }
          }
        }
        target += gamma * q[b2 + a2];
        if (!truncated) {
          committed = a2;
          committedState = s2;
        }
      }
    } else {
      // Double Q: pick the table to update with probability ½, argmax it (ties at random), and
      // evaluate that action with the other table.
      t = ALEA_A * r0 + rc * ALEA_2_32;
      r0 = r1;
      r1 = r2;
      rc = t | 0;
      r2 = t - rc;
      const first = r2 < 0.5;
      table = first ? q1 : q2;
      const other = first ? q2 : q1;
      if (!terminated) {
        let best = 0;
        let bestQ = table[b2];
        let ties = 1;
        for (let j = 1; j < 4; j++) {
          const v = table[b2 + j];
          if (v > bestQ) {
            bestQ = v;
            best = j;
            ties = 1;
          } else if (v === bestQ) ties++;
        }
        if (ties > 1) {
          t = ALEA_A * r0 + rc * ALEA_2_32;
          r0 = r1;
          r1 = r2;
          rc = t | 0;
          r2 = t - rc;
          let n = Math.floor(r2 * ties);
          for (let j = best; j < 4; j++) {
            if (table[b2 + j] === bestQ && n-- === 0) {
              best = j;
              break;
            }
          }
        }
        target += gamma * other[b2 + best];
      }
    }
    // Q(S,A) ← Q(S,A) + α (target − Q(S,A))
    const before = table[i];
    table[i] = before + alpha * (target - before);
    if (table !== q) q[i] = q1[i] + q2[i];
    if (model !== null) {
      // Dyna-Q (e): Model(S,A) ← (R, S′, terminal?), stamped with the real-step clock.
      time++;
      if (model.known[i] === 0) {
        model.known[i] = 1;
        model.seen[size++] = i;
      }
      model.next[i] = s2;
      model.reward[i] = r;
      model.terminal[i] = terminated ? 1 : 0;
      model.lastTried[i] = time;
    }
    // TabularAgent.count, then the runner's counters.
    stepsTrained++;
    steps++;
    ret += r;
    len++;
    if (visits !== null) visits[s2]++;
    s = s2;
    last = i;
    taken++;
    if (terminated || truncated) {
      episodesTrained++;
      committed = -1;
      if (schedule !== null) eps = scheduledEpsilon(schedule, epsilon0, episodesTrained);
      summary.index = episodes;
      summary.return = ret;
      summary.length = len;
      summary.success = terminated;
      summary.terminated = terminated;
      summary.truncated = truncated;
      episodes++;
      needsReset = true;
      ended++;
      if (onEpisode !== null) onEpisode(summary);
    }
  }

  k.eps = eps;
  k.s0 = r0;
  k.s1 = r1;
  k.s2 = r2;
  k.c = rc;
  k.committedAction = committed;
  k.committedState = committedState;
  k.stepsTrained = stepsTrained;
  k.episodesTrained = episodesTrained;
  k.observation = s;
  k.elapsed = elapsed;
  k.steps = steps;
  k.episodes = episodes;
  k.episodeReturn = ret;
  k.episodeLength = len;
  k.needsReset = needsReset;
  k.last = last;
  if (model !== null) {
    model.size = size;
    model.time = time;
  }
  return taken;
}

/**
 * `expectedValue` (expected-sarsa.ts) for 4 legal actions: ε·mean(Q) + (1 − ε)·max, with the same
 * sum order and the same max/tie comparisons from −∞.
 */
function expected(q: Float64Array, b: number, eps: number): number {
  let sum = 0;
  let max = Number.NEGATIVE_INFINITY;
  let ties = 0;
  for (let j = 0; j < 4; j++) {
    const v = q[b + j];
    sum += v;
    if (v > max) {
      max = v;
      ties = 1;
    } else if (v === max) ties++;
  }
  return (eps * sum) / 4 + (1 - eps) * (ties > 0 ? max : 0);
}
