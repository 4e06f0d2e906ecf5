/**
 * Agent kinds by name, as the CLI's summaries, the errors and the maze panel show them: the
 * algorithms' names, which the agents keep beside their kinds (AGENT_LABELS).
 */
import { AGENT_LABELS } from '../../agents/types.ts';

export const agentNames = AGENT_LABELS;
