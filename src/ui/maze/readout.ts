/**
 * The maze scene's text beside the panel: a status block (agent, maze, counts, the greedy policy)
 * and a short explanation that changes with the situation — why the agent sometimes turns back
 * (ε-greedy exploration vs. the greedy policy), Q-learning vs. SARSA, the cliff lesson.
 */
import { formatCount, formatNumber, formatPercent } from '../../core/format.ts';
import { shortestPathLength } from '../../envs/maze-layout.ts';
import { t } from '../../i18n/language.ts';
import { mazeName } from '../../play/maze/messages.ts';
import type { MazeSession } from '../../play/maze/session.ts';
import type { MazeWorld } from '../../play/maze/world.ts';
import { noteBoxStyle } from '../shared/theme.ts';

const num = formatNumber;

/** The kinds that learn the greedy policy's values whatever they do (off-policy). */
const OFF_POLICY: readonly string[] = ['q-learning', 'double-q', 'q-lambda', 'dyna-q'];

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
    const catalog = t();
    const w = catalog.maze.readout;
    const g = session.greedy();
    const p = agent.params;
    const e = session.lastEpisode;
    const r = spec.rewards;
    const name = mazeName(catalog, spec);
    const size = `${width}×${height}`;
    const lines = [
      w.agent({
        agent: catalog.maze.agents[agent.kind],
        seed: String(agent.config.seed),
        maze: name.includes(size) ? name : `${name} (${size})`,
      }),
      w.counts({ episodes: formatCount(session.episodes), steps: formatCount(session.steps) }),
      `ε ${num(p.epsilon)} · α ${num(p.alpha)} · γ ${num(p.gamma)}`,
      e.index < 0
        ? w.noEpisode
        : e.count > 1
          ? w.lastMany({
              count: formatCount(e.count),
              ret: num(e.return),
              length: num(e.length, 1),
              rate: formatPercent(e.successRate, 0),
            })
          : w.lastOne({ ret: num(e.return), steps: formatCount(e.length), n: e.length, success: e.success }),
      g.reached
        ? w.greedyReaches({
            steps: formatCount(g.steps),
            n: g.steps,
            shortest: formatCount(this.shortest.length),
            best: g.steps === this.shortest.length,
          })
        : w.greedyLoops({ steps: formatCount(g.steps), n: g.steps }),
      w.rewards({ step: num(r.stepReward), goal: num(r.goalReward), cliff: num(r.cliffReward) }),
    ];
    if (session.mode === 'turbo' && session.turboRunning) {
      const snaps = session.turbo.snapshotsPerSecond;
      lines.push(
        w.turbo({
          rate: formatCount(session.turbo.stepsPerSecond),
          snapshots: Number.isNaN(snaps) ? '…' : snaps.toFixed(1),
        }),
      );
    }
    const text = lines.join('\n');
    if (this.status.textContent !== text) this.status.textContent = text;
    const note = this.explain(session);
    if (this.note.textContent !== note) this.note.textContent = note;
  }

  private explain(session: MazeSession): string {
    const w = t().maze.explain;
    const eps = session.agent.params.epsilon;
    const kind = session.agent.kind;
    // Off-policy learners (the greedy policy's values) take the edge; on-policy ones keep away.
    const offPolicy = OFF_POLICY.includes(kind);
    const cliff =
      session.spec.preset === 'cliff' || session.spec.preset === 'cliff-book'
        ? offPolicy
          ? w.cliffQ
          : w.cliffSarsa
        : '';
    /** The cliff lesson after the explanation (Sutton & Barto, Example 6.6). */
    const withCliff = (text: string) => (cliff ? w.join({ first: text, next: cliff }) : text);
    const trail = session.trail;
    if (session.editing) return w.editing;
    if (session.mode === 'evaluate') return withCliff(w.evaluate);
    if (session.mode === 'play') {
      const learns = session.settings.getState().learnFromPlay;
      const how = !learns ? w.playNoLearning : kind === 'q-learning' ? w.playLearnsOffPolicy : w.playLearns;
      return w.join({ first: w.play, next: how });
    }
    if (session.mode === 'turbo') return withCliff(w.turbo);
    const why =
      w.why({ epsilon: eps.toFixed(2), rate: formatPercent(nonGreedyRate(eps, session.agent.nActions)) }) +
      (session.mode === 'watch' && trail.moves > 0
        ? w.thisEpisode({ explored: formatCount(trail.explored), moves: formatCount(trail.moves) })
        : '') +
      w.whyEnd;
    return withCliff(why);
  }

  destroy(): void {
    this.status.remove();
    this.note.remove();
  }
}
