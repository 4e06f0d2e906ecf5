/** What the maze session tells the user, in one place (the session decides when). */
import type { MazeAgent } from './agent-file.ts';
import type { MazeSpec } from './source.ts';

export const KIND_LABEL: Record<MazeAgent['kind'], string> = { 'q-learning': 'Q-learning', sarsa: 'SARSA' };

/** How much the discarded agent had learned, for the Undo notice. */
export function trained(agent: MazeAgent, episodes: number): string {
  const steps = agent.provenance.stepsTrained;
  return `the previous agent (${episodes.toLocaleString('en-US')} episodes, ${steps.toLocaleString('en-US')} steps) was set aside`;
}

export const MESSAGES = {
  newAgent: (kind: MazeAgent['kind'], seed: number) =>
    `New ${KIND_LABEL[kind]} agent (seed ${seed}): its Q-table starts from zero.`,
  newMaze: (spec: MazeSpec, width: number, height: number, kind: MazeAgent['kind']) =>
    `New maze (${spec.label}, ${width}×${height}): a new ${KIND_LABEL[kind]} agent starts from scratch, since a Q-table belongs to one maze.`,
  editedMaze: () => 'Maze edited: a new agent starts from scratch, since a Q-table belongs to one maze.',
  rewards: (r: MazeSpec['rewards']) =>
    `Rewards now step ${r.stepReward}, goal ${r.goalReward}, cliff ${r.cliffReward}: the same agent keeps learning under them.`,
  kindSwitch: (from: MazeAgent['kind'], to: MazeAgent['kind']) =>
    `Switched from ${KIND_LABEL[from]} to ${KIND_LABEL[to]}: a new agent starts from scratch. Q-learning learns the values of the greedy policy, SARSA those of the ε-greedy policy it actually follows.`,
  badMaze: (why: string) => `That maze cannot be used: ${why}. The previous maze and agent stay.`,
  badSavedMaze: (why: string) => `The saved maze could not be used (${why}); using the small preset.`,
  badSavedAgent: (why: string) => `The saved maze agent could not be restored (${why}); starting a new one.`,
  editing: () =>
    'Editing the maze: click a tile to cycle floor → wall → cliff, drag S or G to move them. Each change builds a new env and a new agent of the right size (a Q-table belongs to one maze).',
  imported: (agent: MazeAgent, label: string) => {
    const p = agent.provenance;
    return `Imported a ${KIND_LABEL[agent.kind]} agent trained for ${p.episodesTrained} episodes (${p.stepsTrained} steps) on ${label}. It continues from here; Evaluate shows its greedy policy.`;
  },
  importRefused: (fileName: string, why: string) =>
    `Import of ${fileName} refused: ${why} The current agent is unchanged.`,
  restored: (label: string) => `The previous agent is back, on ${label}.`,
  turboError: (message: string) =>
    `Turbo training stopped: ${message}. The agent keeps the last snapshot's Q-table; press Resume to try again.`,
  noHandBack: () =>
    'The training worker did not hand the agent back in time; continuing from its last snapshot.',
};
