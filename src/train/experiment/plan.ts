/**
 * From a checked spec to the list of conditions (an agent configuration at one grid point) that
 * the runs are made of, after building the env and every condition's agent once, so that a spec
 * that cannot run is refused before any worker starts, with the field that is wrong.
 */
import { agentOptionNames, makeAgent } from '../../agents/make-agent.ts';
import { AGENT_LABELS, type AgentKind } from '../../agents/types.ts';
import { isCoded } from '../../core/coded-error.ts';
import { makeEnv } from '../../envs/registry.ts';
import type { Env } from '../../envs/types.ts';
import { ExperimentError } from './errors.ts';
import { type CurveMetric, EXPERIMENT_LIMITS, type ExperimentSpec, parseExperimentSpec } from './spec.ts';

export interface Condition {
  /** Position in `plan.conditions` (agent-major, then the grid in the order given). */
  index: number;
  agentIndex: number;
  kind: AgentKind;
  /** The agent's label (its own, or its kind's name), without the grid point. */
  agentLabel: string;
  /** The agent's label and its grid point, e.g. "SARSA alpha=0.5". */
  label: string;
  /** The grid point: hyper-parameter → value (empty without a grid). */
  point: Record<string, number>;
  /** `makeAgent` options, the grid point applied (no seed: each run sets its own). */
  options: Record<string, unknown>;
}

export interface ExperimentPlan {
  spec: ExperimentSpec;
  conditions: Condition[];
  /** The curve metrics kept (none when `spec.curves` is false). */
  metrics: CurveMetric[];
  /** Points per curve: episodes, or steps with a step budget (0 without curves). */
  curveLength: number;
  /** Whether the x axis counts episodes or env steps. */
  xUnit: 'episode' | 'step';
  /** The grid's hyper-parameter names over all agents, in first-seen order (CSV columns). */
  gridParams: string[];
}

/** Cartesian product of a grid, in the order its keys and values are given. */
function gridPoints(grid: Record<string, number[]> | undefined): Record<string, number>[] {
  let points: Record<string, number>[] = [{}];
  if (grid === undefined) return points;
  for (const name of Object.keys(grid)) {
    const next: Record<string, number>[] = [];
    for (const p of points) for (const v of grid[name]) next.push({ ...p, [name]: v });
    points = next;
  }
  return points;
}

function refused(field: string, e: unknown): ExperimentError<'experiment-part-refused'> {
  const detail = e instanceof Error ? e.message : String(e);
  const cause = isCoded(e) ? { code: e.code, values: e.values } : null;
  return new ExperimentError(
    'experiment-part-refused',
    { field, cause, detail },
    `experiment spec: ${field}: ${detail}`,
  );
}

/** Build the env as the spec says (throws an `ExperimentError` naming `env.options`). */
export function buildEnv(spec: ExperimentSpec): Env<unknown, number> {
  try {
    return makeEnv(spec.env.id, spec.env.options) as Env<unknown, number>;
  } catch (e) {
    throw refused('env.options', e);
  }
}

export function planExperiment(input: unknown): ExperimentPlan {
  const spec = parseExperimentSpec(input);
  const env = buildEnv(spec);
  const conditions: Condition[] = [];
  const gridParams: string[] = [];
  spec.agents.forEach((agent, agentIndex) => {
    const field = `agents[${agentIndex}]`;
    const known = agentOptionNames(agent.kind).filter((k) => k !== 'seed');
    for (const name of Object.keys(agent.options)) {
      if (!known.includes(name)) {
        throw new ExperimentError(
          'experiment-grid-unknown',
          { field: `${field}.options.${name}`, kind: agent.kind, name, known },
          `experiment spec: ${field}.options.${name}: ${agent.kind} has no option ${name}`,
        );
      }
    }
    for (const name of Object.keys(agent.grid ?? {})) {
      if (!known.includes(name)) {
        throw new ExperimentError(
          'experiment-grid-unknown',
          { field: `${field}.grid.${name}`, kind: agent.kind, name, known },
          `experiment spec: ${field}.grid.${name}: ${agent.kind} has no hyper-parameter ${name}`,
        );
      }
      if (!gridParams.includes(name)) gridParams.push(name);
    }
    const agentLabel = agent.label ?? AGENT_LABELS[agent.kind];
    for (const point of gridPoints(agent.grid)) {
      const options = { ...agent.options, ...point };
      try {
        makeAgent(agent.kind, env, { ...options, seed: 0 });
      } catch (e) {
        throw refused(field, e);
      }
      const suffix = Object.entries(point)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ');
      conditions.push({
        index: conditions.length,
        agentIndex,
        kind: agent.kind,
        agentLabel,
        label: suffix === '' ? agentLabel : `${agentLabel} ${suffix}`,
        point,
        options,
      });
      if (conditions.length > EXPERIMENT_LIMITS.conditions) {
        throw new ExperimentError(
          'experiment-too-large',
          { what: 'conditions', value: conditions.length, limit: EXPERIMENT_LIMITS.conditions },
          `experiment: more than ${EXPERIMENT_LIMITS.conditions} agent configurations`,
        );
      }
    }
  });
  const curveLength = spec.curves ? (spec.episodes ?? spec.steps ?? 0) : 0;
  const metrics = spec.curves ? [...new Set(spec.metrics)] : [];
  const curvePoints = curveLength * metrics.length * conditions.length;
  if (curvePoints > EXPERIMENT_LIMITS.curvePoints) {
    throw new ExperimentError(
      'experiment-too-large',
      { what: 'curve-points', value: curvePoints, limit: EXPERIMENT_LIMITS.curvePoints },
      `experiment: ${curvePoints} curve points, more than ${EXPERIMENT_LIMITS.curvePoints}`,
    );
  }
  const perRun = spec.episodes ?? (spec.steps ?? 0) / 20;
  const work = perRun * spec.runs * conditions.length;
  if (work > EXPERIMENT_LIMITS.work) {
    throw new ExperimentError(
      'experiment-too-large',
      { what: 'work', value: work, limit: EXPERIMENT_LIMITS.work },
      `experiment: ${work} episodes in all, more than ${EXPERIMENT_LIMITS.work}`,
    );
  }
  return {
    spec,
    conditions,
    metrics,
    curveLength,
    xUnit: spec.steps === undefined ? 'episode' : 'step',
    gridParams,
  };
}
