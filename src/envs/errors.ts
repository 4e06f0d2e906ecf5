/**
 * The codes of the errors the envs raise, with the values each carries. The app layer words them
 * (src/i18n/{en,ja}/errors.ts); `.message` is an English sentence for API users.
 */
import type { Coded } from '../core/coded-error.ts';

/** A cell of a maze, 0-based. */
export interface CellAt {
  readonly row: number;
  readonly col: number;
}

export interface EnvErrorValues {
  'maze-unknown-preset': { name: string; presets: readonly string[] };
  'maze-empty': Record<string, never>;
  'maze-too-tall': { rows: number; max: number };
  'maze-too-wide': { width: number; max: number };
  'maze-row-not-text': { row: number; type: string };
  'maze-ragged': { row: number; length: number; width: number };
  'maze-unknown-tile': { tile: string; row: number; col: number; allowed: readonly string[] };
  'maze-duplicate-tile': { tile: 'S' | 'G'; first: CellAt; second: CellAt };
  'maze-missing-tile': { tile: 'S' | 'G' };
  'maze-unreachable': { goal: CellAt; start: CellAt };
  /** `value` as written (a string is quoted). */
  'env-option-not-number': { env: string; option: string; value: string };
  'env-option-out-of-range': { env: string; option: string; value: number; min: number; max: number };
  'env-option-too-small': { env: string; option: string; value: number; min: number; inclusive: boolean };
  'env-option-too-large': { env: string; option: string; value: number; max: number };
  'jump-hole-order': { holeStartMin: number; holeStartMax: number };
  'jump-hole-too-wide': { holeWidth: number; jumpLength: number; window: number; stepRun: number };
  'env-unknown': { id: string; known: readonly string[] };
  'time-limit-invalid': { value: string };
  'maze-size-invalid': { name: 'width' | 'height'; value: string; min: number; max: number };
  /** Misuse of the API (a program's mistake, not a user's); values as written. */
  'discrete-size-invalid': { value: string };
  'box-shape-invalid': { value: string };
  'box-bound-nan': { index: number; low: string; high: string };
  'box-bounds-reversed': { index: number; low: string; high: string };
  'box-length-mismatch': { name: string; length: number; size: number };
  'env-step-before-reset': { env: string };
  'env-step-after-end': { env: string };
  'env-invalid-action': { env: string; action: string; space: string };
  /** An action of the space that the state does not allow (`info.actionMask` has 0 for it). */
  'env-illegal-action': { env: string; action: number; state: string; legal: readonly number[] };
  /** `value` as written. */
  'env-option-not-integer': { env: string; option: string; value: number };
  /** `value` as written (its type, or the text of a string). */
  'env-option-not-object': { env: string; option: string; value: string };
  /** A maze change (`changeAt.layout`) must keep the size, S and G; `expected`/`got` as written. */
  'env-change-mismatch': {
    env: string;
    option: string;
    what: 'size' | 'start' | 'goal';
    expected: string;
    got: string;
  };
  /** checkEnv's findings, for whoever writes an env: `problems` are its English diagnostics. */
  'env-check-failed': { env: string; problems: readonly string[] };
}

export type EnvErrorCode = keyof EnvErrorValues;

/** An error of the env contract that is not a `RangeError` (a step outside an episode, a failed check). */
export class EnvError<C extends EnvErrorCode = EnvErrorCode>
  extends Error
  implements Coded<C, EnvErrorValues[C]>
{
  override name = 'EnvError';
  readonly code: C;
  readonly values: EnvErrorValues[C];
  constructor(code: C, values: EnvErrorValues[C], message: string) {
    super(message);
    this.code = code;
    this.values = values;
  }
}

/** A bad argument to an env (a `RangeError`, as the env contract promises), with its code. */
export class EnvRangeError<C extends EnvErrorCode = EnvErrorCode>
  extends RangeError
  implements Coded<C, EnvErrorValues[C]>
{
  override name = 'EnvRangeError';
  readonly code: C;
  readonly values: EnvErrorValues[C];
  constructor(code: C, values: EnvErrorValues[C], message: string) {
    super(message);
    this.code = code;
    this.values = values;
  }
}
