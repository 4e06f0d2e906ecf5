/** Messages between the page and the turbo-training worker. */
import type { SavedAgent } from '../agents/types.ts';
import type { CodedErrorData } from '../core/coded-error.ts';
import type { TurboInit, TurboParamsChange, TurboSnapshot } from './turbo.ts';

export type ToWorker =
  | { type: 'start'; init: TurboInit /** ms between snapshots */; snapshotMs?: number }
  | { type: 'params'; change: TurboParamsChange }
  | { type: 'stop' };

export type FromWorker =
  | { type: 'started' }
  | { type: 'snapshot'; snapshot: TurboSnapshot }
  | { type: 'stopped'; agents: SavedAgent[]; episodes: number[] }
  /**
   * `message` is the English developer message; `error` the coded error's plain data (code and
   * values survive postMessage), for the page to word with describeError, when it has a code.
   */
  | { type: 'error'; message: string; error?: CodedErrorData };
