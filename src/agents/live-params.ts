/**
 * Live hyper-parameters that check every assignment.
 *
 * `agent.params` is an object whose fields are accessors: assigning a value outside its named range
 * throws a `RangeError` naming the parameter, the range and the value, and the old value stays. A
 * valid value is passed to the agent, which keeps it in a plain field that the hot path reads (so
 * the check costs nothing per step). The object cannot gain or lose fields (a typo such as
 * `epsilonn` throws a `TypeError`, in sloppy-mode code too), and it still spreads (`{ ...params }`), assigns (`Object.assign`) and
 * serializes like a plain object.
 *
 * The range tables are exported so that a UI can clamp before it writes (`clampParam`).
 */
import type { Coded } from '../core/coded-error.ts';
import { type AgentErrorValues, AgentRangeError } from './errors.ts';

/** A write to a parameter the agent does not have (a `TypeError`, as a frozen object's would be). */
export class UnknownParamError
  extends TypeError
  implements Coded<'param-unknown', AgentErrorValues['param-unknown']>
{
  override name = 'UnknownParamError';
  readonly code = 'param-unknown';
  readonly values: AgentErrorValues['param-unknown'];
  constructor(name: string, known: readonly string[]) {
    super(`params.${name}: unknown parameter; known: ${known.join(', ')}`);
    this.values = { name, known };
  }
}

export interface NumberRange {
  readonly kind: 'number';
  readonly min: number;
  /** May be Infinity (the value must still be finite). */
  readonly max: number;
  readonly integer?: boolean;
}

export interface ChoiceRange {
  readonly kind: 'choice';
  readonly choices: readonly string[];
}

export type ParamRange = NumberRange | ChoiceRange;
export type ParamRanges<T> = { readonly [K in keyof T]: ParamRange };

const fmt = (x: number) => (x === Number.POSITIVE_INFINITY ? '∞)' : `${x}]`);
const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : String(v));

type ParamCode = 'param-out-of-range' | 'param-not-number' | 'param-not-integer' | 'param-not-choice';

/**
 * Why `value` is not allowed for a parameter with this range, or null if it is: a code and the
 * values to word it with (without the parameter's name and kept value), and an English phrase.
 */
export function paramIssue(
  range: ParamRange,
  value: unknown,
): { code: ParamCode; values: Record<string, unknown>; english: string } | null {
  if (range.kind === 'choice') {
    return typeof value === 'string' && range.choices.includes(value)
      ? null
      : {
          code: 'param-not-choice',
          values: { value: show(value), choices: range.choices },
          english: `must be one of ${range.choices.map((c) => JSON.stringify(c)).join(', ')}, got ${show(value)}`,
        };
  }
  const interval = `[${range.min}, ${fmt(range.max)}`;
  const bounds = { min: range.min, max: range.max };
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return {
      code: 'param-not-number',
      values: { value: show(value), ...bounds },
      english: `must be a finite number in ${interval}, got ${show(value)}`,
    };
  }
  if (range.integer && !Number.isInteger(value)) {
    return {
      code: 'param-not-integer',
      values: { value, ...bounds },
      english: `must be a whole number in ${interval}, got ${value}`,
    };
  }
  if (value < range.min || value > range.max) {
    return {
      code: 'param-out-of-range',
      values: { value, ...bounds },
      english: `${value} is outside ${interval}`,
    };
  }
  return null;
}

/** Why `value` is not allowed for a parameter with this range (English), or null if it is. */
export function paramProblem(range: ParamRange, value: unknown): string | null {
  return paramIssue(range, value)?.english ?? null;
}

/** The nearest allowed value (for a UI that clamps rather than refuses); choices fall back to the first. */
export function clampParam(range: ParamRange, value: unknown): number | string {
  if (range.kind === 'choice') {
    return typeof value === 'string' && range.choices.includes(value) ? value : range.choices[0];
  }
  const v = typeof value === 'number' && !Number.isNaN(value) ? value : range.min;
  const clamped = Math.min(range.max, Math.max(range.min, v));
  const finite = Number.isFinite(clamped) ? clamped : Number.MAX_VALUE;
  return range.integer ? Math.round(finite) : finite;
}

/**
 * A params object over `ranges`, starting at `initial` (already validated by the caller's schema),
 * calling `onSet(name, value)` after every accepted assignment.
 */
export function liveParams<T extends object>(
  ranges: ParamRanges<T>,
  initial: T,
  onSet: (name: keyof T, value: T[keyof T]) => void,
): T {
  const values = { ...initial } as Record<keyof T, unknown>;
  const params = {} as T;
  for (const name of Object.keys(ranges) as (keyof T & string)[]) {
    const range = ranges[name];
    Object.defineProperty(params, name, {
      enumerable: true,
      get: () => values[name],
      set: (value: unknown) => {
        const issue = paramIssue(range, value);
        if (issue) {
          const kept = show(values[name]);
          throw new AgentRangeError(
            issue.code,
            { ...issue.values, name, kept } as AgentErrorValues[ParamCode],
            `params.${name}: ${issue.english} (kept ${kept})`,
          );
        }
        values[name] = value;
        onSet(name, value as T[keyof T]);
      },
    });
  }
  Object.preventExtensions(params);
  // A proxy so that a typo (`params.epsilonn = 0.5`) throws in sloppy-mode code too, where writing
  // to a non-extensible object is silently ignored. Reads and spreads go straight to the object.
  const known = Object.keys(ranges);
  const refuse = (key: string | symbol): never => {
    throw new UnknownParamError(String(key), known);
  };
  return new Proxy(params as T & object, {
    set: (target, key, value) => (Object.hasOwn(target, key) ? Reflect.set(target, key, value) : refuse(key)),
    defineProperty: (_target, key) => refuse(key),
    deleteProperty: (_target, key) => refuse(key),
  });
}
