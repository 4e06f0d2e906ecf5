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

/**
 * The Q-table the heat map, the arrows and the inspector show (Double Q: Q₁, Q₂ or their sum). In
 * Turbo the page's agent is a mirror whose `q` alone follows the worker's snapshots (Q₁ + Q₂ for
 * Double Q; Q₁ and Q₂ stay as they were at the hand-over), so there it is always the sum.
 */
export function shownQ(agent: MazeAgent, table: MazeSettings['qTable'], turbo = false): Float64Array {
  const which = tableOf(agent, table, turbo);
  if (agent instanceof DoubleQAgent && which !== 'sum') return which === 'q1' ? agent.q1 : agent.q2;
  return agent.q;
}

/** Which Double Q table is shown (the sum in Turbo, see `shownQ`), or undefined for the other agents. */
export function tableOf(
  agent: MazeAgent,
  table: MazeSettings['qTable'],
  turbo = false,
): MazeSettings['qTable'] | undefined {
  if (!(agent instanceof DoubleQAgent)) return undefined;
  return turbo ? 'sum' : table;
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
