/**
 * The maze scene's text beside the panel: a status block (agent, maze, counts, the greedy policy)
 * and a short explanation that changes with the situation — why the agent sometimes turns back
 * (ε-greedy exploration vs. the greedy policy), Q-learning vs. SARSA, the cliff lesson.
 */
import { formatCount, formatNumber, formatPercent } from '../../core/format.ts';
import { shortestPathLength } from '../../envs/maze-layout.ts';
import type { MazeSession } from '../../play/maze/session.ts';
import type { MazeWorld } from '../../play/maze/world.ts';
import { noteBoxStyle } from '../shared/theme.ts';

const num = formatNumber;

/**
 * How often ε-greedy picks a non-greedy move: ε·(n−1)/n, since the random pick (probability ε) lands
 * on the greedy action one time in n.
 */
export const nonGreedyRate = (epsilon: number, nActions: number) => (epsilon * (nActions - 1)) / nActions;

export class MazeReadout {
  private readonly status: HTMLElement;
  private readonly note: HTMLElement;
  private shortest: { world: MazeWorld | null; length: number } = { world: null, length: 0 };

  constructor(container: HTMLElement) {
    this.status = document.createElement('div');
    this.status.className = 'readout';
    this.status.id = 'maze-status';
    this.note = document.createElement('div');
    this.note.id = 'maze-note';
    this.note.style.cssText = noteBoxStyle('pink');
    container.append(this.status, this.note);
  }

  update(session: MazeSession): void {
    const { agent, maze, spec } = session;
    const { width, height } = maze.layout;
    if (this.shortest.world !== session.world) {
      this.shortest = { world: session.world, length: shortestPathLength(maze.layout) };
    }
    const g = session.greedy();
    const kind = agent.kind === 'sarsa' ? 'SARSA' : 'Q-learning';
    const p = agent.params;
    const e = session.lastEpisode;
    const r = spec.rewards;
    const lines = [
      `${kind} · seed ${agent.config.seed} · ${spec.label}${spec.label.includes('×') ? '' : ` (${width}×${height})`}`,
      `episodes ${formatCount(session.episodes)} · steps ${formatCount(session.steps)}`,
      `ε ${num(p.epsilon)} · α ${num(p.alpha)} · γ ${num(p.gamma)}`,
      e.index < 0
        ? 'last episode: none finished yet'
        : e.count > 1
          ? `last ${formatCount(e.count)} episodes: mean return ${num(e.return)}, length ${num(e.length, 1)}, ${Math.round(e.successRate * 100)}% reach G`
          : `last episode: return ${num(e.return)} in ${formatCount(e.length)} steps${e.success ? ' (reached G)' : ' (time limit)'}`,
      g.reached
        ? `greedy policy: reaches G in ${g.steps} steps (shortest ${this.shortest.length})${g.steps === this.shortest.length ? ' ✓' : ''}`
        : `greedy policy: does not reach G yet (loops after ${g.steps} step${g.steps === 1 ? '' : 's'})`,
      `rewards: step ${num(r.stepReward)} · goal ${num(r.goalReward)} · cliff ${num(r.cliffReward)}`,
    ];
    if (session.mode === 'turbo' && session.turboRunning) {
      lines.push(
        `turbo: ${formatCount(session.turbo.stepsPerSecond)} steps/s in a worker · ${Number.isNaN(session.turbo.snapshotsPerSecond) ? '…' : session.turbo.snapshotsPerSecond.toFixed(1)} snapshots/s`,
      );
    }
    const text = lines.join('\n');
    if (this.status.textContent !== text) this.status.textContent = text;
    const note = this.explain(session);
    if (this.note.textContent !== note) this.note.textContent = note;
  }

  private explain(session: MazeSession): string {
    const eps = session.agent.params.epsilon;
    const kind = session.agent.kind;
    const cliff = session.spec.preset === 'cliff';
    const t = session.trail;
    if (session.editing) {
      return 'Editing: click a tile to cycle floor → wall → cliff; drag S or G to move them. A change that leaves G unreachable is refused (the red cell says where). Each accepted change builds a new env and a new agent, since a Q-table belongs to one maze.';
    }
    if (session.mode === 'evaluate') {
      return `Evaluate runs the greedy policy, ε = 0: in every cell the action with the highest Q, exactly what the arrows show. It neither explores nor learns. If it loops, the Q-values have not yet carried the goal back that far.${cliffLesson(kind, cliff)}`;
    }
    if (session.mode === 'play') {
      return `You are the policy: arrow keys or WASD. ${session.settings.getState().learnFromPlay ? `The agent learns from your moves${kind === 'q-learning' ? ' (Q-learning is off-policy: any behaviour teaches it the greedy values)' : ''}; watch the heat map change.` : 'Learning from your moves is off.'}`;
    }
    if (session.mode === 'turbo') {
      return `Turbo: the same runner trains in a Web Worker, in batches of thousands of steps; the heat map, arrows, visits and charts follow its snapshots (several a second), and ε, α, γ reach it at its next batch. No trail here: no single episode is worth watching at this speed. Switch to Evaluate to see the greedy policy it has learned.${cliffLesson(kind, cliff)}`;
    }
    const why =
      `Why does it turn back half-way? It acts ε-greedily: with probability ε = ${eps.toFixed(2)} it picks a random move, ` +
      `which differs from the greedy one ${formatPercent(nonGreedyRate(eps, session.agent.nActions))} of the time. Pink trail steps are such moves` +
      (session.mode === 'watch' && t.moves > 0 ? ` (this episode: ${t.explored} of ${t.moves})` : '') +
      '; grey ones are cells with no preference yet (all Q equal, so even "greedy" is a coin toss). The arrows are the greedy policy it is learning; Evaluate follows it with ε = 0.';
    return why + cliffLesson(kind, cliff);
  }

  destroy(): void {
    this.status.remove();
    this.note.remove();
  }
}

/** The classic lesson of the cliff preset (Sutton & Barto, Example 6.6). */
function cliffLesson(kind: string, cliff: boolean): string {
  if (!cliff) return '';
  return kind === 'q-learning'
    ? ' Cliff walking (Sutton & Barto, Ex. 6.6; −1 per step, −100 for a fall): Q-learning learns the values of the greedy policy, so its arrows run along the edge (13 steps), and ε-exploration there sometimes drops it off: a lower return while training. Switch the agent to SARSA and compare.'
    : ' Cliff walking (Sutton & Barto, Ex. 6.6; −1 per step, −100 for a fall): SARSA learns the values of the ε-greedy policy it actually follows, falls included, so it keeps a row or two away from the edge (15–17 steps) and earns more while exploring. Compare with Q-learning.';
}
