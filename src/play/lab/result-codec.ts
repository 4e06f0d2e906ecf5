/**
 * A result back from the JSON `resultToJSON` writes (null for NaN), checked field by field: a saved
 * entry that was edited or cut short is refused with the field named, never half-read.
 */
import { z } from 'zod';
import { AGENT_KINDS } from '../../agents/types.ts';
import type { CurveStats } from '../../train/experiment/accumulate.ts';
import type { ConditionResult, ExperimentResult } from '../../train/experiment/results.ts';
import {
  CURVE_METRICS,
  type CurveMetric,
  fieldName,
  parseExperimentSpec,
} from '../../train/experiment/spec.ts';
import { LabError } from './errors.ts';

const nums = z.array(z.number().nullable());
const curve = z.object({ mean: nums, ci: nums, n: z.array(z.number().int().min(0)) });
const condition = z.object({
  index: z.number().int().min(0),
  label: z.string(),
  agentLabel: z.string(),
  kind: z.enum(AGENT_KINDS),
  point: z.record(z.string(), z.number()),
  runs: z.number().int().min(0),
  curves: z.partialRecord(z.enum(CURVE_METRICS), curve),
  summary: z
    .object({
      mean: z.number().nullable(),
      ci: z.number().nullable(),
      sd: z.number().nullable(),
      n: z.number().int().min(0),
      perRun: nums,
    })
    .nullable(),
});
export const resultJsonSchema = z.object({
  format: z.literal('rl-playground-experiment'),
  version: z.literal(1),
  spec: z.unknown(),
  xUnit: z.enum(['episode', 'step']),
  metrics: z.array(z.enum(CURVE_METRICS)),
  gridParams: z.array(z.string()),
  runsDone: z.number().int().min(0),
  runsTotal: z.number().int().min(0),
  complete: z.boolean(),
  conditions: z.array(condition),
});

const f64 = (xs: (number | null)[]) => Float64Array.from(xs, (x) => (x === null ? Number.NaN : x));
const num = (x: number | null) => (x === null ? Number.NaN : x);

function corrupt(field: string): LabError<'lab-saved-corrupt'> {
  return new LabError('lab-saved-corrupt', { field }, `saved result: ${field} is not readable`);
}

/** `resultToJSON`'s object back to a result; throws `LabError('lab-saved-corrupt')` naming the field. */
export function resultFromJSON(value: unknown, at = ''): ExperimentResult {
  const parsed = resultJsonSchema.safeParse(value);
  if (!parsed.success) throw corrupt(fieldName([...(at ? [at] : []), ...parsed.error.issues[0].path]));
  const r = parsed.data;
  let spec: ExperimentResult['spec'];
  try {
    spec = parseExperimentSpec(r.spec);
  } catch {
    throw corrupt(fieldName([...(at ? [at] : []), 'spec']));
  }
  const conditions = r.conditions.map((c, i): ConditionResult => {
    const curves: Partial<Record<CurveMetric, CurveStats>> = {};
    for (const [m, s] of Object.entries(c.curves) as [CurveMetric, z.infer<typeof curve>][]) {
      if (s.mean.length !== s.ci.length || s.mean.length !== s.n.length) {
        throw corrupt(fieldName([...(at ? [at] : []), 'conditions', i, 'curves', m]));
      }
      curves[m] = { mean: f64(s.mean), ci: f64(s.ci), n: Float64Array.from(s.n) };
    }
    const s = c.summary;
    return {
      ...c,
      curves,
      summary:
        s === null
          ? null
          : { mean: num(s.mean), ci: num(s.ci), sd: num(s.sd), n: s.n, perRun: f64(s.perRun) },
    };
  });
  return { ...r, spec, conditions };
}
