/**
 * An env option that cannot be used (wrong type, out of range), naming the option so that a caller
 * that read the options from a file can point at the field (`provenance.env.options.<option>`).
 * A `RangeError`, as the env contract promises for bad arguments, with a code and values.
 */
import { type EnvErrorCode, type EnvErrorValues, EnvRangeError } from './errors.ts';

export class EnvOptionError<C extends EnvErrorCode = EnvErrorCode> extends EnvRangeError<C> {
  override name = 'EnvOptionError';
  readonly option: string;
  constructor(option: string, code: C, values: EnvErrorValues[C], message: string) {
    super(code, values, message);
    this.option = option;
  }
}
