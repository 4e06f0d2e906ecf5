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

/** Why `value` is not allowed for a parameter with this range, or null if it is. */
export function paramProblem(range: ParamRange, value: unknown): string | null {
  if (range.kind === 'choice') {
    return typeof value === 'string' && range.choices.includes(value)
      ? null
      : `must be one of ${range.choices.map((c) => JSON.stringify(c)).join(', ')}, got ${show(value)}`;
  }
  const interval = `[${range.min}, ${fmt(range.max)}`;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return `must be a finite number in ${interval}, got ${show(value)}`;
  }
  if (range.integer && !Number.isInteger(value)) return `must be a whole number in ${interval}, got ${value}`;
  if (value < range.min || value > range.max) return `${value} is outside ${interval}`;
  return null;
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
        const problem = paramProblem(range, value);
        if (problem) {
          throw new RangeError(`params.${name}: ${problem} (kept ${show(values[name])})`);
        }
        values[name] = value;
        onSet(name, value as T[keyof T]);
      },
    });
  }
  Object.preventExtensions(params);
  // A proxy so that a typo (`params.epsilonn = 0.5`) throws in sloppy-mode code too, where writing
  // to a non-extensible object is silently ignored. Reads and spreads go straight to the object.
  const known = Object.keys(ranges).join(', ');
  const refuse = (key: string | symbol): never => {
    throw new TypeError(`params.${String(key)}: unknown parameter; known: ${known}`);
  };
  return new Proxy(params as T & object, {
    set: (target, key, value) => (Object.hasOwn(target, key) ? Reflect.set(target, key, value) : refuse(key)),
    defineProperty: (_target, key) => refuse(key),
    deleteProperty: (_target, key) => refuse(key),
  });
}
