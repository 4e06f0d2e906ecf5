/**
 * How far the agent is from its dynamic-programming reference (src/agents/dp): off-policy learners
 * against the optimal values V*, on-policy ones against V^π of their own ε-greedy policy (they learn
 * what they do, exploration included). The page decides here which reference, when to compute it
 * again and what to keep: the maze's model and V* are cached per (maze tables, γ); V^π is evaluated
 * again only when the agent learned something, at most a few times a second (and in Turbo once per
 * snapshot), with a longer pause if the last evaluation was slow, so a large maze stays cheap.
 */
import {
  type MazeModel,
  mazeModel,
  onPolicyReference,
  type ReferenceKind,
  referenceDistance,
  referenceKind,
  valueIteration,
} from '../../agents/dp/index.ts';
import type { GridMazeTransitions } from '../../envs/grid-maze.ts';
import type { MazeLayout } from '../../envs/maze-layout.ts';
import type { MazeAgent } from './agent-file.ts';

/** The least time between two distance computations (ms): ≤ 4 a second. */
export const DISTANCE_MIN_MS = 250;
/** A computation that took c ms waits at least this many times c before the next (≤ 5% of the time). */
const COST_FACTOR = 20;
/** Sweeps allowed to one DP run on the page: a value iteration that has not settled by then will not. */
export const DP_MAX_SWEEPS = 10_000;

/** The maze as DP reads it: its layout and its tables (new walls or rewards: new tables). */
export interface DpMaze {
  readonly layout: MazeLayout;
  readonly transitions: GridMazeTransitions;
}

/** A Bellman residual that counts as settled, for values of this scale (largest |reward|). */
export function dpTolerance(model: MazeModel): number {
  let scale = 1;
  for (let i = 0; i < model.reward.length; i++) scale = Math.max(scale, Math.abs(model.reward[i]));
  return 1e-9 * scale;
}

/** The maze's model, built again only for new tables (a wall change, an edit, other rewards). */
export class ModelCache {
  private last: { transitions: GridMazeTransitions; model: MazeModel } | null = null;

  get(maze: DpMaze): MazeModel {
    const t = maze.transitions;
    if (this.last?.transitions !== t) this.last = { transitions: t, model: mazeModel(maze.layout, t) };
    return this.last.model;
  }
}

export interface Optimal {
  readonly model: MazeModel;
  readonly gamma: number;
  readonly v: Float64Array;
  readonly q: Float64Array;
  readonly sweeps: number;
  /** False when value iteration did not settle (γ = 1 with a positive step reward: V* is infinite). */
  readonly converged: boolean;
}

/** V* and Q* per (model, γ): computed once, kept until the maze or γ changes. */
export class OptimalCache {
  private last: Optimal | null = null;
  /** How many times V* was computed (for tests). */
  computed = 0;

  get(model: MazeModel, gamma: number): Optimal {
    const c = this.last;
    if (c && c.model === model && c.gamma === gamma) return c;
    const r = valueIteration(model, gamma, { tolerance: dpTolerance(model), maxSweeps: DP_MAX_SWEEPS });
    this.computed++;
    this.last = { model, gamma, v: r.v, q: r.q, sweeps: r.sweeps, converged: r.converged };
    return this.last;
  }
}

/** When to compute again: ≥ DISTANCE_MIN_MS apart, and ≥ COST_FACTOR times the last computation's cost. */
export class Throttle {
  private at = Number.NEGATIVE_INFINITY;
  private cost = 0;

  constructor(private readonly minMs = DISTANCE_MIN_MS) {}

  due(now: number): boolean {
    return now - this.at >= Math.max(this.minMs, COST_FACTOR * this.cost);
  }

  /** A computation ran at `now` and took `costMs`. */
  done(now: number, costMs: number): void {
    this.at = now;
    this.cost = costMs;
  }
}

export type { ReferenceKind };

export interface ReferenceReport {
  kind: ReferenceKind;
  /** The ε of the evaluated ε-greedy policy (on-policy), else the agent's. */
  epsilon: number;
  /** Whether the reference settled (else the numbers below are not shown). */
  converged: boolean;
  /** max over compared cells of |max_a Q(s,a) − V_ref(s)|, and the cell where it is largest (−1: none). */
  maxError: number;
  worstState: number;
  /** Cells compared: the visited live ones. */
  compared: number;
  /** Whether the agent's greedy action is optimal (wrt Q*) in every compared cell, and where it is not. */
  greedyOptimal: boolean;
  suboptimalCells: number;
}

/** What the tracker reads, each frame. The session has all of it. */
export interface ReferenceSource {
  readonly agent: MazeAgent;
  readonly visits: ArrayLike<number>;
  /** Turbo snapshots so far: in Turbo the agent's Q changes only with them. */
  readonly snapshots: number;
  readonly turbo: boolean;
}

/**
 * The agent's estimate of Q: its table, except Double Q's, which holds Q₁ + Q₂ (the estimate is
 * their mean, the same greedy actions).
 */
export function estimateOf(agent: MazeAgent, scratch: Float64Array): Float64Array {
  if (agent.kind !== 'double-q') return agent.q;
  for (let i = 0; i < scratch.length; i++) scratch[i] = agent.q[i] / 2;
  return scratch;
}

/** What the last report was computed from: the same stamp needs no new computation. */
interface Stamp {
  agent: MazeAgent;
  steps: number;
  snapshots: number;
  optimal: Optimal;
  epsilon: number;
}

/** The distance readout's numbers, kept up to date at a throttled rate. */
export class ReferenceTracker {
  report: ReferenceReport | null = null;
  /** How many times V^π was evaluated (for tests). */
  evaluations = 0;
  private stamp: Stamp | null = null;
  private readonly throttle: Throttle;
  private scratch = new Float64Array(0);

  constructor(
    minMs = DISTANCE_MIN_MS,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.throttle = new Throttle(minMs);
  }

  /** Compute the report again if something it depends on changed and it is due. True when it did. */
  update(source: ReferenceSource, optimal: Optimal, now: number): boolean {
    const agent = source.agent;
    const epsilon = agent.currentEpsilon;
    const last = this.stamp;
    const steps = agent.provenance.stepsTrained;
    const unchanged =
      last !== null &&
      last.agent === agent &&
      last.optimal === optimal &&
      last.epsilon === epsilon &&
      // In Turbo the page's Q-table follows the snapshots; elsewhere every learned step counts.
      (source.turbo ? last.snapshots === source.snapshots : last.steps === steps);
    if (unchanged) return false;
    // A new maze, γ or agent is worth showing at once; learning waits for the throttle.
    const fresh = last === null || last.agent !== agent || last.optimal !== optimal;
    if (!fresh && !this.throttle.due(now)) return false;
    const began = this.clock();
    this.report = this.compute(agent, source.visits, optimal, epsilon);
    this.throttle.done(now, this.clock() - began);
    this.stamp = { agent, steps, snapshots: source.snapshots, optimal, epsilon };
    return true;
  }

  /** Forget the report (the next update computes at once). */
  clear(): void {
    this.report = null;
    this.stamp = null;
  }

  private compute(
    agent: MazeAgent,
    visits: ArrayLike<number>,
    optimal: Optimal,
    epsilon: number,
  ): ReferenceReport {
    const { model, gamma } = optimal;
    const kind = referenceKind(agent.kind);
    // No finite V* (γ = 1 with a positive step reward): no reference to measure against.
    if (!optimal.converged) return { ...NO_DISTANCE, kind, epsilon, converged: false };
    if (this.scratch.length !== agent.q.length) this.scratch = new Float64Array(agent.q.length);
    const q = estimateOf(agent, this.scratch);
    let reference = optimal.v;
    let converged = true;
    if (kind === 'on-policy') {
      const r = onPolicyReference(q, model, gamma, epsilon, {
        tolerance: 1e-6 * Math.max(1, maxAbs(optimal.v)),
        maxSweeps: DP_MAX_SWEEPS,
      });
      this.evaluations++;
      reference = r.v;
      converged = r.converged;
    }
    const d = referenceDistance(q, reference, optimal.q, optimal.v, model, gamma, {
      kind,
      epsilon,
      visited: visits,
    });
    return { kind, epsilon, converged, ...d };
  }
}

const NO_DISTANCE = {
  maxError: Number.NaN,
  worstState: -1,
  compared: 0,
  greedyOptimal: false,
  suboptimalCells: 0,
} as const;

function maxAbs(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) if (Math.abs(v[i]) > m) m = Math.abs(v[i]);
  return m;
}
