/**
 * The codes of the errors training raises (files, a table that turned non-finite), with the values
 * each carries. The app layer words them (src/i18n/{en,ja}/errors.ts); `.message` is English for
 * API users.
 */
import type { Coded } from '../core/coded-error.ts';

/** What a path names when it is not a regular file. */
export type FileKind = 'fifo' | 'character-device' | 'block-device' | 'socket' | 'other';

export interface TrainErrorValues {
  /** `reason` is the system's error code (ENOENT, EACCES…) or its message. */
  'file-unreadable': { path: string; reason: string };
  'file-is-folder': { path: string };
  'file-not-regular': { path: string; kind: FileKind };
  'file-too-large': { path: string; size: number | null; limit: number };
  'folder-missing': { path: string; folder: string };
  'folder-not-folder': { path: string; folder: string };
  'file-unwritable': { path: string; reason: string };
  /**
   * A Q-value became ±Infinity or NaN by `episode`: `value` as written (Infinity, -Infinity, NaN);
   * `actionName` is the maze's name for the action (up, right…), if it has one.
   */
  'table-not-finite': {
    episode: number;
    state: number;
    action: number;
    actionName: string | null;
    value: string;
    alpha: number;
    gamma: number;
  };
  /** Misuse of the API (a program's mistake, not a user's); values as written. */
  'run-budget-invalid': { episodes: string; steps: string };
  'turbo-no-lanes': Record<string, never>;
  'fused-not-applicable': Record<string, never>;
  'recent-window-invalid': { value: string };
  'series-capacity-invalid': { value: string };
  'atomic-file-closed': { path: string; operation: 'write' | 'commit' };
  /** An experiment spec's `field` (a path such as `agents[0].grid.alpha`) is wrong: zod's `issue`. */
  'experiment-spec-invalid': { field: string; issue: string };
  /**
   * The env or an agent of an experiment cannot be built as specified: `field` names the spec part
   * (`env.options`, `agents[1]`), `cause` is the refusing error's code and values when it has them.
   */
  'experiment-part-refused': {
    field: string;
    cause: { code: string; values: unknown } | null;
    detail: string;
  };
  /** A grid names a hyper-parameter the agent does not have (`known` lists those it has). */
  'experiment-grid-unknown': { field: string; kind: string; name: string; known: readonly string[] };
  /** The experiment asks for more than the caps allow: `what` it counts, the `value` and the `limit`. */
  'experiment-too-large': {
    what: 'conditions' | 'curve-points' | 'work';
    value: number;
    limit: number;
  };
  /** A run produced a non-finite number (a diverging value): the experiment stops there. */
  'experiment-not-finite': { condition: string; run: number; episode: number; metric: string };
}

export type TrainErrorCode = keyof TrainErrorValues;

/** A file that cannot be read or written as asked. */
export class FileError<C extends TrainErrorCode = TrainErrorCode>
  extends Error
  implements Coded<C, TrainErrorValues[C]>
{
  override name = 'FileError';
  readonly code: C;
  readonly values: TrainErrorValues[C];
  constructor(code: C, values: TrainErrorValues[C], message: string) {
    super(message);
    this.code = code;
    this.values = values;
  }
}

/** A bad argument to the training API (a `RangeError`, as before), with its code. */
export class TrainRangeError<C extends TrainErrorCode = TrainErrorCode>
  extends RangeError
  implements Coded<C, TrainErrorValues[C]>
{
  override name = 'TrainRangeError';
  readonly code: C;
  readonly values: TrainErrorValues[C];
  constructor(code: C, values: TrainErrorValues[C], message: string) {
    super(message);
    this.code = code;
    this.values = values;
  }
}

/** A Q-table turned non-finite: training stops and the table is never saved. */
export class NonFiniteTableError extends Error implements Coded<'table-not-finite'> {
  override name = 'NonFiniteTableError';
  readonly code = 'table-not-finite';
  readonly values: TrainErrorValues['table-not-finite'];
  constructor(values: TrainErrorValues['table-not-finite']) {
    const { episode, state, action, actionName, value, alpha, gamma } = values;
    const name = actionName === null ? '' : ` (${actionName})`;
    super(
      `training stopped by episode ${episode}: Q(state ${state}, action ${action}${name}) became ${value} (α = ${alpha}, γ = ${gamma}). ` +
        'The values grew beyond what a number can hold; lower α or γ, or the rewards, or start from a fresh agent.',
    );
    this.values = values;
  }
}
