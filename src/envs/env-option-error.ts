/**
 * An env option that cannot be used (wrong type, out of range), naming the option so that a caller
 * that read the options from a file can point at the field (`provenance.env.options.<option>`).
 * A `RangeError`, as the env contract promises for bad arguments.
 */
export class EnvOptionError extends RangeError {
  override name = 'EnvOptionError';
  readonly option: string;
  constructor(option: string, message: string) {
    super(message);
    this.option = option;
  }
}
