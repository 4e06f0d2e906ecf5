/** Messages between the page and the turbo-training worker. */
import type { SavedAgent } from '../agents/types.ts';
import type { TurboInit, TurboParamsChange, TurboSnapshot } from './turbo.ts';

export type ToWorker =
  | { type: 'start'; init: TurboInit /** ms between snapshots */; snapshotMs?: number }
  | { type: 'params'; change: TurboParamsChange }
  | { type: 'stop' };

export type FromWorker =
  | { type: 'started' }
  | { type: 'snapshot'; snapshot: TurboSnapshot }
  | { type: 'stopped'; agents: SavedAgent[]; episodes: number[] }
  | { type: 'error'; message: string };
