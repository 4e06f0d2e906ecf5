/** The experiment runner's coded error; its codes and values are declared in ../errors.ts. */
import type { Coded } from '../../core/coded-error.ts';
import type { TrainErrorValues } from '../errors.ts';

export type ExperimentErrorCode = Extract<keyof TrainErrorValues, `experiment-${string}`>;

export class ExperimentError<C extends ExperimentErrorCode = ExperimentErrorCode>
  extends Error
  implements Coded<C, TrainErrorValues[C]>
{
  override name = 'ExperimentError';
  readonly code: C;
  readonly values: TrainErrorValues[C];
  constructor(code: C, values: TrainErrorValues[C], message: string) {
    super(message);
    this.code = code;
    this.values = values;
  }
}
