/**
 * What an experiment worker does, whatever thread it lives in: take the spec once, then run each
 * block it is sent and post the numbers back (the arrays are transferred, not copied).
 */
import { codedData } from '../../core/coded-error.ts';
import { type ExperimentPlan, planExperiment } from './plan.ts';
import type { FromExperimentWorker, ToExperimentWorker } from './protocol.ts';
import { allocateBlock, runBlock } from './run-one.ts';

export type PostFromWorker = (message: FromExperimentWorker, transfer: ArrayBuffer[]) => void;

/** The worker's message handler. */
export function experimentWorker(post: PostFromWorker): (message: ToExperimentWorker) => void {
  let plan: ExperimentPlan | null = null;
  return (message) => {
    try {
      if (message.type === 'plan') {
        plan = planExperiment(message.spec);
        return;
      }
      if (plan === null) {
        post({ type: 'error', id: message.id, error: null, message: 'a block came before the plan' }, []);
        return;
      }
      const out = allocateBlock(plan, message.count);
      runBlock(plan, message, out);
      post({ type: 'block-done', id: message.id, data: out.data, summaries: out.summaries }, [
        out.data.buffer as ArrayBuffer,
        out.summaries.buffer as ArrayBuffer,
      ]);
    } catch (e) {
      const id = message.type === 'block' ? message.id : -1;
      post(
        {
          type: 'error',
          id,
          error: codedData(e) ?? null,
          message: e instanceof Error ? e.message : String(e),
        },
        [],
      );
    }
  };
}
