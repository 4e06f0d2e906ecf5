/** Messages between the experiment pool and its workers (Node `worker_threads` or Web Workers). */
import type { CodedErrorData } from '../../core/coded-error.ts';
import type { ExperimentSpec } from './spec.ts';

export type ToExperimentWorker =
  | { type: 'plan'; spec: ExperimentSpec }
  | { type: 'block'; id: number; condition: number; runStart: number; count: number };

export type FromExperimentWorker =
  | { type: 'block-done'; id: number; data: Float64Array; summaries: Float64Array }
  | { type: 'error'; id: number; error: CodedErrorData | null; message: string };

/** One worker as the pool sees it: the adapters in src/workers wrap a thread or a Web Worker. */
export interface ExperimentPort {
  post(message: ToExperimentWorker): void;
  onMessage(listener: (message: FromExperimentWorker) => void): void;
  /** Called when the worker itself fails (a crash, not a coded error). */
  onFailure(listener: (message: string) => void): void;
  terminate(): void;
}
