/**
 * Reading each algorithm's own state off the maze agent (issue 11): the Double Q table the view
 * shows, the λ methods' traces, Dyna's model and planning count, n-step SARSA's pending window.
 * Narrowing by class, so the overlays, the HUD and the inspector ask one place.
 */
import { DoubleQAgent } from '../../agents/double-q.ts';
import { DynaQAgent } from '../../agents/dyna-q.ts';
import { LambdaAgent } from '../../agents/lambda-agent.ts';
import { NStepSarsaAgent } from '../../agents/n-step-sarsa.ts';
import type { MazeAgent } from '../../play/maze/agent-file.ts';
import type { MazeSettings } from '../../state/maze-settings.ts';

/** The Q-table the heat map, the arrows and the inspector show (Double Q: Q₁, Q₂ or their sum). */
export function shownQ(agent: MazeAgent, table: MazeSettings['qTable']): Float64Array {
  if (agent instanceof DoubleQAgent && table !== 'sum') return table === 'q1' ? agent.q1 : agent.q2;
  return agent.q;
}

/** Which Double Q table is shown, or undefined for the other agents. */
export function tableOf(agent: MazeAgent, table: MazeSettings['qTable']): MazeSettings['qTable'] | undefined {
  return agent instanceof DoubleQAgent ? table : undefined;
}

/** e(s, ·) storage of a λ agent, or null. */
export function tracesOf(agent: MazeAgent): LambdaAgent | null {
  return agent instanceof LambdaAgent ? agent : null;
}

export function dynaOf(agent: MazeAgent): DynaQAgent | null {
  return agent instanceof DynaQAgent ? agent : null;
}

export function nStepOf(agent: MazeAgent): NStepSarsaAgent | null {
  return agent instanceof NStepSarsaAgent ? agent : null;
}
