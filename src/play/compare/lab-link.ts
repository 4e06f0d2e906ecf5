/**
 * "Open in Lab": a comparison's experiment spec as the Lab's address (`lab?spec=…`), in the Lab's
 * own link format (src/play/lab/link.ts), so the Lab opens it ready to run with more seeds, to save
 * and to export.
 */

import type { ExperimentSpecInput } from '../../train/experiment/spec.ts';
import { sourceToParams } from '../lab/link.ts';

/** The hash (without '#') that opens the Lab on `spec`. */
export function compareLabHash(spec: ExperimentSpecInput): string {
  return `lab?${sourceToParams({ kind: 'custom', spec }).toString()}`;
}
