/**
 * The Lab's own refusals (a link, a saved result, a preset name), coded like the layers below:
 * the scene words them from the lab catalog (`t().lab.errors[code]`), never from `.message`.
 */
export interface LabErrorValues {
  /** A link or a saved entry names a preset that does not exist. */
  'lab-unknown-preset': { name: string };
  /** A link's value is not what it should be: `field` is the link key or the spec field. */
  'lab-link-invalid': { field: string; issue: 'count' | 'unreadable' };
  /** A field of the Lab's own form ("values" of a grid) cannot be read. */
  'lab-form-invalid': { field: string; value: string };
  /** A saved result cannot be read back: `field` says where it broke. */
  'lab-saved-corrupt': { field: string };
  /** A result is bigger than the saved-results store holds. */
  'lab-saved-too-big': { size: number; limit: number };
  /** The browser refused to store (private mode, quota). */
  'lab-saved-refused': { detail: string };
}

export type LabErrorCode = keyof LabErrorValues;

export class LabError<C extends LabErrorCode = LabErrorCode> extends Error {
  override name = 'LabError';
  constructor(
    readonly code: C,
    readonly values: LabErrorValues[C],
    message: string,
  ) {
    super(message);
  }
}
