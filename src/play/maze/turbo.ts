/**
 * The maze's side of Turbo: hands the agent to the worker (through the shared `TurboLink`), mirrors
 * every snapshot into the page's copy of the agent (its Q-table and counts) and the agent's record
 * (visits, chart buckets), and takes the agent back with its generator state when Turbo ends.
 */
import { loadAgent } from '../../agents/make-agent.ts';
import type { TurboSnapshot } from '../../train/turbo.ts';
import type { TurboBackend } from '../shared/turbo-client.ts';
import { TurboLink, type TurboStats } from '../shared/turbo-link.ts';
import type { MazeAgent } from './agent-file.ts';
import type { AgentRecord } from './record.ts';
import type { MazeRunners } from './runners.ts';

export interface MazeTurboOptions {
  create: () => TurboBackend;
  now: () => number;
  snapshotMs: number;
  stopTimeoutMs: number;
  /** After a snapshot was mirrored. */
  onSnapshot: () => void;
  /** The worker's changing maze changed its walls during `episode`. */
  onWallsChanged?: (episode: number) => void;
  onError: (message: string) => void;
}

/** What the worker was given: the mirror and where its counts started. */
interface Run {
  agent: MazeAgent;
  record: AgentRecord;
  episodes: number;
  steps: number;
  firstEpisode: number;
  visits: Float64Array;
}

export class MazeTurbo {
  private readonly link: TurboLink;
  private run: Run | null = null;

  constructor(private readonly options: MazeTurboOptions) {
    this.link = new TurboLink({
      create: options.create,
      now: options.now,
      snapshotMs: options.snapshotMs,
      stopTimeoutMs: options.stopTimeoutMs,
      onSnapshot: (snap) => this.mirror(snap),
      onError: options.onError,
    });
  }

  get running(): boolean {
    return this.link.running;
  }

  get stats(): Readonly<TurboStats> {
    return this.link.stats;
  }

  /** Index of the worker's next episode. */
  get episodes(): number {
    return this.link.stats.episodes[0] ?? 0;
  }

  setParams(params: Record<string, unknown>): void {
    this.link.setParams({ params });
  }

  /** Hand `runners`' agent to the worker; it continues from the training runner's next episode. */
  start(runners: MazeRunners, record: AgentRecord, greedyEvery = 0, fused = true): void {
    const { agent, world } = runners;
    agent.provenance.env = structuredClone(world.env.spec);
    const firstEpisode = runners.train.episodes;
    this.run = {
      agent,
      record,
      episodes: agent.provenance.episodesTrained,
      steps: agent.provenance.stepsTrained,
      firstEpisode,
      visits: record.visits.slice(),
    };
    this.link.start({
      envId: 'GridMaze-v0',
      envOptions: { ...turboOptions(world), maxEpisodeSteps: world.env.maxEpisodeSteps },
      seed: runners.runSeed,
      trackVisits: true,
      greedyEvery,
      fused,
      lanes: [{ agent: agent.toJSON(), firstEpisode }],
    });
  }

  /**
   * Stop the worker: the agent it hands back (its params set to the mirror's, which are the panel's)
   * and the index of its next episode; null when it did not answer in time.
   */
  async stop(): Promise<{ agent: MazeAgent; firstEpisode: number } | null> {
    const mirror = this.run?.agent;
    const result = await this.link.stop();
    this.run = null;
    const saved = result?.agents[0];
    if (!result || !saved || !mirror) return null;
    const agent = loadAgent(saved) as MazeAgent;
    Object.assign(agent.params, mirror.params);
    return { agent, firstEpisode: result.episodes[0] };
  }

  dispose(): void {
    this.link.dispose();
    this.run = null;
  }

  /** A snapshot: the mirror's Q-table, visits, episodes and counts follow the worker's. */
  private mirror(snap: TurboSnapshot): void {
    const run = this.run;
    const lane = snap.lanes[0];
    if (!run || !lane) return;
    run.agent.q.set(lane.learned);
    const visits = run.record.visits;
    if (lane.visits) for (let i = 0; i < visits.length; i++) visits[i] = run.visits[i] + lane.visits[i];
    if (lane.point) run.record.bucket(lane.point);
    if (lane.wallsChanged !== undefined) this.options.onWallsChanged?.(lane.wallsChanged);
    if (lane.greedy) for (const p of lane.greedy) run.record.greedy.addPoint(p);
    // Keep the mirror's counts current, so a save or an export during Turbo is up to date.
    const p = run.agent.provenance;
    p.episodesTrained = run.episodes + (lane.episodes - run.firstEpisode);
    p.stepsTrained = run.steps + lane.steps;
    this.options.onSnapshot();
  }
}

/**
 * The env options for the worker's copy of the maze. A changing maze counts its steps from its
 * construction, and the worker's copy starts at 0: give it the change still to come at the steps
 * left, or the changed walls with no change when the page's maze has already changed.
 */
function turboOptions(world: MazeRunners['world']): Record<string, unknown> {
  const options = { ...world.env.spec.options } as Record<string, unknown>;
  const change = options.changeAt as { step: number; layout: unknown } | null | undefined;
  if (!change) return options;
  const maze = world.maze;
  if (maze.changed) return { ...options, layout: maze.layout.rows.slice(), changeAt: null };
  return { ...options, changeAt: { ...change, step: Math.max(1, change.step - maze.totalSteps) } };
}
