import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadAgent, makeAgent, ReinforceAgent } from '../../../src/agents/index.ts';
import { main as cli } from '../../../src/cli/main.ts';
import { makeEnv } from '../../../src/envs/index.ts';
import { JumpSession } from '../../../src/play/jump/session.ts';
import { InProcessTurbo } from '../../../src/play/shared/turbo-client.ts';
import { noticeStore, wordsOf } from '../../../src/state/notices.ts';
import { Runner } from '../../../src/train/runner.ts';
import { TurboTrainer } from '../../../src/train/turbo.ts';
import { CrankTurbo, jumpStore, memorySessionStorage } from '../shared/session-fixtures.ts';

const lastNotice = () => wordsOf(noticeStore.getState().notices.at(-1)?.text ?? '');
const env = () => makeEnv('JumpHole-v0');

function watchUntilEpisodes(session: JumpSession, episodes: number): void {
  while (session.episodes < episodes) session.stepOnce();
}

function referenceAgent(seed: number, baseline: 'mean' | 'none' = 'mean'): ReinforceAgent {
  return makeAgent('reinforce', env(), { seed, baseline }) as ReinforceAgent;
}

describe('JumpSession: modes and hand-over', () => {
  beforeEach(() => noticeStore.getState().clear());

  it('hands the agent to the worker and back exactly: same θ, RNG stream and episode index', async () => {
    const settings = jumpStore({ seed: 3, mode: 'watch' });
    const crank = new CrankTurbo();
    const session = new JumpSession({ settings, createTurbo: () => crank });

    // Page: 25 episodes in Watch (two updates and a half-full batch).
    watchUntilEpisodes(session, 25);
    const ref = referenceAgent(3);
    new Runner(env(), ref, { seed: 3, seedEpisodes: true }).run({ episodes: 25 });
    expect(Array.from(session.agent.theta)).toEqual(Array.from(ref.theta));
    expect((session.agent as ReinforceAgent).lastBatch.updates).toBe(2);

    // Play in between changes nothing the agent owns.
    settings.getState().update({ mode: 'play' });
    session.frame(16);
    expect(session.mode).toBe('play');
    expect(Array.from(session.agent.theta)).toEqual(Array.from(ref.theta));

    // Worker: the same agent continues from episode 25.
    const points = session.lanes[0].series.points.length;
    settings.getState().update({ mode: 'turbo' });
    session.frame(16);
    expect(session.turboRunning).toBe(true);
    expect(crank.started[0].lanes[0].firstEpisode).toBe(25);
    crank.pump(20_000);
    const refTurbo = new TurboTrainer({
      envId: 'JumpHole-v0',
      envOptions: env().spec.options,
      seed: 3,
      lanes: [{ agent: ref.toJSON(), firstEpisode: 25 }],
    });
    refTurbo.runFor(Number.POSITIVE_INFINITY, () => 0, 20_000);
    // The page mirrors the worker's θ from the snapshot (for the charts and the preview).
    expect(Array.from(session.agent.theta)).toEqual(Array.from(refTurbo.snapshot().lanes[0].learned));
    expect(session.turbo.snapshots).toBe(1);
    expect(session.lanes[0].series.points.length).toBe(points + 1);

    // Back to the page: the agent comes home with its generator state and episode index.
    settings.getState().update({ mode: 'watch' });
    await session.settle();
    expect(session.turboRunning).toBe(false);
    expect(session.mode).toBe('watch');
    const back = refTurbo.finish();
    expect(session.agent.toJSON().state.rng).toEqual(back.agents[0].state.rng);
    expect(session.episodes).toBe(back.episodes[0]);

    // And the page continues exactly like a runner built from the handed-back agent.
    const home = loadAgent(back.agents[0]) as ReinforceAgent;
    for (let i = 0; i < 3000; i++) session.stepOnce();
    new Runner(env(), home, { seed: 3, seedEpisodes: true, firstEpisode: back.episodes[0] }).run({
      steps: 3000,
    });
    expect(Array.from(session.agent.theta)).toEqual(Array.from(home.theta));
    expect(session.agent.toJSON().state.rng).toEqual(home.toJSON().state.rng);
  });

  it('applies a panel change at the next step in Watch and at the next batch in Turbo', async () => {
    const settings = jumpStore({ mode: 'watch' });
    const crank = new CrankTurbo();
    const session = new JumpSession({ settings, createTurbo: () => crank });
    session.stepOnce();
    settings.getState().update({ learningRate: 0.002, gamma: 0.9, batchEpisodes: 4 });
    // Not yet: the store is read at the start of the next frame or step.
    expect(session.agent.params.learningRate).toBe(0.0007);
    session.stepOnce();
    expect(session.agent.params).toMatchObject({ learningRate: 0.002, gamma: 0.9, batchEpisodes: 4 });
    // M = 4 now: the next update comes after 4 episodes.
    watchUntilEpisodes(session, 4);
    expect((session.agent as ReinforceAgent).lastBatch.episodes).toBe(4);

    settings.getState().update({ mode: 'turbo' });
    session.frame(16);
    crank.pump(1000);
    settings.getState().update({ learningRate: 0.003 });
    session.frame(16);
    expect(crank.paramChanges.at(-1)).toMatchObject({ lane: 0, params: { learningRate: 0.003 } });
    crank.pump(1000);
    expect(crank.trainer?.finish().agents[0].params).toMatchObject({ learningRate: 0.003, batchEpisodes: 4 });
    // A new baseline restarts the worker's run with it (see the test below).
    settings.getState().update({ baseline: 'none' });
    await session.settle();
    session.frame(16);
    expect(crank.trainer?.finish().agents[0].params).toMatchObject({ learningRate: 0.003, baseline: 'none' });

    // A refused value never reaches the agents (and says why).
    expect(settings.getState().update({ learningRate: -1 })).toMatch(/learningRate/);
    expect(settings.getState().update({ batchEpisodes: 1000 })).toMatch(/batchEpisodes/);
    session.frame(16);
    expect(session.agent.params.learningRate).toBe(0.003);
    settings.getState().update({ mode: 'watch' });
    await session.settle();
    expect(session.agent.params).toMatchObject({ learningRate: 0.003, baseline: 'none' });
  });

  it('plays: the first key starts the run, Space then jumps at the next step, and the user does not teach the agent', () => {
    const settings = jumpStore({ mode: 'play', speed: 20 });
    const session = new JumpSession({ settings, createTurbo: () => new CrankTurbo() });
    const theta = Array.from(session.agent.theta);
    // The runner waits for the player: nothing moves until the first key, which starts the run.
    for (let i = 0; i < 100; i++) session.frame(50);
    expect(session.track.phase).toBe('ready');
    expect(session.track.steps).toBe(0);
    expect(session.jump()).toBe(true);
    expect(session.track.phase).toBe('run');
    session.frame(50);
    const hole = session.track.holes[0];
    expect(hole.y).toBe(0);
    expect(session.play.jumps).toBe(0);
    expect(session.jump()).toBe(true);
    session.frame(50);
    expect(hole.y).toBeGreaterThan(0);
    expect(session.play.jumps).toBe(1);
    expect(session.play.lastReward).toBe(-1);
    for (let i = 0; i < 200 && session.play.episodes === 0; i++) session.frame(50);
    expect(session.play.episodes).toBe(1);
    expect(Array.from(session.agent.theta)).toEqual(theta);
  });
});

describe('JumpSession: baseline against none', () => {
  beforeEach(() => noticeStore.getState().clear());

  it('trains two agents with the same seed on the same holes, one with the mean baseline and one without', async () => {
    const settings = jumpStore({ mode: 'watch', compare: true, seed: 5 });
    const crank = new CrankTurbo();
    const session = new JumpSession({ settings, createTurbo: () => crank });
    const [a, b] = session.lanes;
    expect((a.agent as ReinforceAgent).params.baseline).toBe('mean');
    expect((b.agent as ReinforceAgent).params.baseline).toBe('none');
    for (let i = 0; i < 3000; i++) {
      session.stepOnce();
      // Same hole at every step; one that ends first waits for the other.
      expect(a.hole.holeStart).toBe(b.hole.holeStart);
      if (session.track.allEnded()) expect(a.episodes).toBe(b.episodes);
    }
    expect((a.agent as ReinforceAgent).lastBatch.updates).toBeGreaterThan(3);
    expect(Array.from(a.agent.theta)).not.toEqual(Array.from(b.agent.theta));
    // Each is exactly the agent a lone runner with that baseline would have trained.
    const refA = referenceAgent(5, 'mean');
    const refB = referenceAgent(5, 'none');
    new Runner(env(), refA, { seed: 5, seedEpisodes: true }).run({ episodes: a.episodes });
    new Runner(env(), refB, { seed: 5, seedEpisodes: true }).run({ episodes: b.episodes });
    if (!a.runner.inEpisode) expect(Array.from(a.agent.theta)).toEqual(Array.from(refA.theta));
    if (!b.runner.inEpisode) expect(Array.from(b.agent.theta)).toEqual(Array.from(refB.theta));

    // The mean-baseline lane logs both estimates of every update, on the same batch.
    const cmp = session.gradientComparison();
    expect(cmp?.updates).toBe((a.agent as ReinforceAgent).lastBatch.updates);
    expect(cmp?.varianceRatio).toBeGreaterThan(1);

    // Turbo: both lanes go to the worker from the same episode index.
    settings.getState().update({ mode: 'turbo' });
    session.frame(16);
    const init = crank.started[0];
    expect(init.lanes.map((l) => l.agent.params.baseline)).toEqual(['mean', 'none']);
    expect(init.lanes[0].firstEpisode).toBe(init.lanes[1].firstEpisode);
    crank.pump(30_000);
    expect(session.turbo.episodes[0]).toBeGreaterThan(1000);
    settings.getState().update({ mode: 'watch' });
    await session.settle();
    // Back on the page they are aligned again, on the same hole.
    expect(a.episodes).toBe(b.episodes);
    session.stepOnce();
    expect(a.hole.holeStart).toBe(b.hole.holeStart);
  });

  it('turning Compare on copies the agent (θ, generator) with the other baseline; off drops the copy', () => {
    const settings = jumpStore({ mode: 'watch', baseline: 'none' });
    const session = new JumpSession({ settings, createTurbo: () => new CrankTurbo() });
    watchUntilEpisodes(session, 30);
    const theta = Array.from(session.agent.theta);
    settings.getState().update({ compare: true });
    session.frame(0);
    expect(session.lanes).toHaveLength(2);
    expect(Array.from(session.lanes[1].agent.theta)).toEqual(theta);
    expect(Array.from(session.agent.theta)).toEqual(theta);
    expect((session.lanes[1].agent as ReinforceAgent).params.baseline).toBe('mean');
    expect(session.lanes[1].agent.toJSON().state.rng).toEqual(session.agent.toJSON().state.rng);
    expect(lastNotice()).toMatch(/ghost/);
    settings.getState().update({ compare: false });
    session.frame(0);
    expect(session.lanes).toHaveLength(1);
    expect(Array.from(session.agent.theta)).toEqual(theta);
  });

  it('learns in Turbo (in-process) and shows the same mean gradient with far less variance', async () => {
    const settings = jumpStore({ mode: 'turbo', compare: true, seed: 2 });
    const session = new JumpSession({
      settings,
      createTurbo: () => new InProcessTurbo(10),
      snapshotMs: 20,
    });
    session.frame(16);
    expect(session.turboRunning).toBe(true);
    // Wait on the condition, not a fixed time: the machine may be busy.
    await vi.waitUntil(
      () =>
        session.turbo.snapshots >= 5 &&
        (session.gradientComparison()?.updates ?? 0) > 500 &&
        (session.lanes[0].series.points.at(-1)?.successRate ?? 0) > 0.9,
      { timeout: 30_000, interval: 20 },
    );
    const cmp = session.gradientComparison();
    // Same expected gradient: the running means are a few percent of one estimate's spread apart…
    expect(cmp?.relativeGap).toBeLessThan(0.05);
    // …and the baseline's estimate is far less noisy.
    expect(cmp?.varianceRatio).toBeGreaterThan(3);
    expect(session.gradientLane?.grads.variance.length).toBeGreaterThan(3);
    await session.dispose();
  });
});

describe('JumpSession: import, divergence and persistence', () => {
  beforeEach(() => noticeStore.getState().clear());

  it('refuses a bad file with a clear message and leaves the agents untouched', async () => {
    const settings = jumpStore({ mode: 'watch', compare: true });
    const session = new JumpSession({ settings, createTurbo: () => new CrankTurbo() });
    watchUntilEpisodes(session, 12);
    const before = session.lanes.map((l) => Array.from(l.agent.theta));
    const maze = makeAgent('q-learning', makeEnv('GridMaze-v0', { layout: 'small' }), { seed: 1 });
    const rbf = new ReinforceAgent({
      nActions: 2,
      obsDim: 2,
      features: { kind: 'rbf', centers: [[0, 1]], width: 1 },
    });
    const wide = new ReinforceAgent({ nActions: 2, obsDim: 3 });
    const cases: [string, RegExp][] = [
      ['{ not json', /not valid JSON/],
      ['{"format":"rl-playground-agent","version":1}', /kind/],
      [JSON.stringify(maze.toJSON()), /maze agent/],
      [JSON.stringify(rbf.toJSON()), /linear/],
      [JSON.stringify(wide.toJSON()), /3-dim observations/],
    ];
    for (const [text, why] of cases) {
      const message = session.importAgent(text, 'bad.json');
      expect(message).toMatch(why);
      expect(message).toMatch(/^Import of bad\.json refused: .* The current agent is unchanged\.$/);
      expect(lastNotice()).toBe(message);
    }
    await session.settle();
    expect(session.lanes.map((l) => Array.from(l.agent.theta))).toEqual(before);
  });

  it('imports the CLI --out file and continues training it', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rl-jump-')), 'jump.json');
    const io = { stdout: () => {}, stderr: () => {}, isTTY: false };
    expect(
      cli(
        ['--env', 'jump', '--episodes', '300', '--seed', '4', '--lr', '0.001', '--out', out, '--eval', '0'],
        io,
      ),
    ).toBe(0);
    const text = readFileSync(out, 'utf8');
    const settings = jumpStore({ mode: 'watch' });
    const session = new JumpSession({ settings, createTurbo: () => new CrankTurbo() });
    expect(session.importAgent(text, 'jump.json')).toBeNull();
    await session.settle();
    expect(Array.from(session.agent.theta)).toEqual(JSON.parse(text).state.theta);
    expect(session.episodes).toBe(300);
    // The store follows the imported agent's params.
    expect(settings.getState().learningRate).toBe(0.001);
    expect(lastNotice()).toMatch(/Imported an agent .* 300 episodes/);
    watchUntilEpisodes(session, 320);
    expect(session.agent.provenance.episodesTrained).toBe(320);
  });

  it('catches a divergence in Watch: pauses, explains, and θ stays finite and unchanged', () => {
    const settings = jumpStore({ mode: 'watch', batchEpisodes: 2 });
    const session = new JumpSession({ settings, createTurbo: () => new CrankTurbo() });
    watchUntilEpisodes(session, 4);
    const theta = Array.from(session.agent.theta);
    settings.getState().update({ learningRate: 1e308 });
    session.resume(); // Step paused it
    for (let i = 0; i < 500 && !session.diverged; i++) session.frame(1000);
    expect(session.diverged).toMatch(/η = 1e\+308 is too large/);
    expect(session.paused).toBe(true);
    expect(lastNotice()).toMatch(/Training paused.*restored.*Lower η, then Resume/);
    expect(Array.from(session.agent.theta)).toEqual(theta);
    expect(session.agent.theta.every(Number.isFinite)).toBe(true);
    // Paused means paused; with a sane η training goes on.
    const episodes = session.episodes;
    session.frame(1000);
    expect(session.episodes).toBe(episodes);
    settings.getState().update({ learningRate: 0.001 });
    session.resume();
    watchUntilEpisodes(session, episodes + 4);
    expect(session.diverged).toBeNull();
    expect(Array.from(session.agent.theta)).not.toEqual(theta);
  });

  it('catches a divergence in Turbo and brings θ home intact', async () => {
    const settings = jumpStore({ mode: 'turbo', compare: true });
    const crank = new CrankTurbo();
    const session = new JumpSession({ settings, createTurbo: () => crank });
    session.frame(16);
    crank.pump(5000);
    const mirrored = session.lanes.map((l) => Array.from(l.agent.theta));
    settings.getState().update({ learningRate: 1e308 });
    session.frame(16);
    crank.pump(5000);
    await session.settle();
    expect(session.paused).toBe(true);
    expect(session.turboRunning).toBe(false);
    expect(session.diverged).toMatch(/too large/);
    for (const [i, lane] of session.lanes.entries()) {
      expect(lane.agent.theta.every(Number.isFinite)).toBe(true);
      expect(Array.from(lane.agent.theta)).toEqual(mirrored[i]);
    }
    expect(lastNotice()).toMatch(/Training paused/);
  });

  it('keeps the agents across a reload, and starts fresh (with a notice) from a corrupt entry', async () => {
    const storage = memorySessionStorage();
    const settings = jumpStore({ mode: 'watch', compare: true, seed: 9 });
    const first = new JumpSession({ settings, createTurbo: () => new CrankTurbo(), storage });
    watchUntilEpisodes(first, 40);
    await first.dispose();
    const saved = first.lanes.map((l) => Array.from(l.agent.theta));
    expect(storage.stored?.agents).toHaveLength(2);

    const second = new JumpSession({ settings, createTurbo: () => new CrankTurbo(), storage });
    expect(second.lanes.map((l) => Array.from(l.agent.theta))).toEqual(saved);
    expect(second.episodes).toBe(first.episodes);
    expect(second.runSeed).toBe(9);
    expect((second.lanes[1].agent as ReinforceAgent).params.baseline).toBe('none');

    storage.save({ agents: [{ format: 'nope' }], episodes: [0], extra: {} });
    const third = new JumpSession({ settings, createTurbo: () => new CrankTurbo(), storage });
    expect(lastNotice()).toMatch(/could not be restored.*starting a new one/);
    expect(third.agent.theta.every((v) => v === 0)).toBe(true);
    expect(storage.stored).toBeNull();
  });
});

describe('JumpSession: baseline switch in Turbo', () => {
  it('restarts the worker so the gradient record belongs to the new estimator', async () => {
    const settings = jumpStore({ mode: 'turbo' });
    const crank = new CrankTurbo();
    const session = new JumpSession({ settings, createTurbo: () => crank });
    session.frame(16);
    crank.pump(20_000);
    expect(session.gradientComparison()?.varianceRatio).toBeGreaterThan(1);
    settings.getState().update({ baseline: 'none' });
    await session.settle();
    session.frame(16);
    expect(crank.started).toHaveLength(2);
    expect(crank.started[1].lanes[0].agent.params.baseline).toBe('none');
    crank.pump(20_000);
    // Without a baseline the applied estimate is the no-baseline one: identical records.
    expect(session.lanes[0].grads.compare()).toMatchObject({ meanGap: 0, relativeGap: 0, varianceRatio: 1 });
    expect(session.lanes[0].grads.updates).toBeGreaterThan(50);
  });
});
