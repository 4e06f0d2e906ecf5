/**
 * Argument checks of the dynamic programming functions: coded `AgentRangeError`s (worded in
 * src/i18n/{en,ja}/errors.ts), thrown before any table is touched.
 */
import { AgentRangeError } from '../errors.ts';

/** Throw `dp-length-mismatch` unless `length === expected` (`name` is the argument's name). */
export function checkLength(name: string, length: number, expected: number): void {
  if (length === expected) return;
  throw new AgentRangeError(
    'dp-length-mismatch',
    { name, length, expected },
    `dynamic programming: ${name} has ${length} values, but the maze needs ${expected}`,
  );
}

/**
 * Throw `dp-argument-out-of-range` unless `value` is a number in [min, max] (NaN fails), and a
 * whole one when `whole`.
 */
export function checkRange(name: string, value: unknown, min: number, max: number, whole = false): number {
  if (typeof value === 'number' && value >= min && value <= max && (!whole || Number.isInteger(value))) {
    return value;
  }
  const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
  throw new AgentRangeError(
    'dp-argument-out-of-range',
    { name, value: shown, min, max, whole },
    `dynamic programming: ${name} must be a ${whole ? 'whole ' : ''}number in [${min}, ${max}], got ${shown}`,
  );
}
