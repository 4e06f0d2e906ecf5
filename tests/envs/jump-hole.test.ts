import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/core/rng.ts';
import { checkEnv } from '../../src/envs/check-env.ts';
import {
  JUMP,
  JUMP_HOLE_DEFAULTS,
  JumpHoleEnv,
  OBS_DISTANCE,
  OBS_ON_GROUND,
  RUN,
} from '../../src/envs/jump-hole.ts';
import { TimeLimit } from '../../src/envs/time-limit.ts';

/** An env whose hole's near edge is always at `holeStart` metres. */
const fixedHole = (holeStart: number) =>
  new JumpHoleEnv({ holeStartMin: holeStart, holeStartMax: holeStart });

interface Rollout {
  rewards: number[];
  success: boolean;
  length: number;
}

/** Play one episode with `policy(observation)`; the env must be reset already. */
function play(env: JumpHoleEnv, policy: (obs: Float64Array, t: number) => number): Rollout {
  const rewards: number[] = [];
  let obs = env.reset().observation;
  for (let t = 0; ; t++) {
    const r = env.step(policy(obs, t));
    rewards.push(r.reward);
    obs = r.observation;
    if (r.terminated || r.truncated) return { rewards, success: r.info.success, length: t + 1 };
  }
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('JumpHoleEnv kinematics (defaults: 6 m/s, g = 20 m/s², v₀ = 8 m/s, dt = 0.05 s)', () => {
  it('derives the jump from the options: 0.8 s, 4.8 m long, 1.6 m high', () => {
    const env = new JumpHoleEnv();
    expect(env.flightTime).toBeCloseTo(0.8, 12); // 2·8/20
    expect(env.jumpLength).toBeCloseTo(4.8, 12); // 6·0.8
    expect(env.jumpHeight).toBeCloseTo(1.6, 12); // 8²/(2·20)
    expect(env.windowLength).toBeCloseTo(2.4, 12); // 4.8 − 2.4
    expect(env.stepBound).toBe(32); // ⌊4.8/0.3⌋ + ⌈0.8/0.05⌉ = 16 + 16
  });

  it('follows the worked example of a jump step by step', () => {
    // Hole far away (6.1 m) so that the jump lands before it.
    const env = fixedHole(6.1);
    env.reset();
    let r = env.step(JUMP);
    expect(r.reward).toBe(-1);
    expect(r.info.jumped).toBe(true);
    // τ = 0.05 s: x = 0.3, y = 8·0.05 − ½·20·0.05² = 0.375, vy = 8 − 20·0.05 = 7.
    expect(env.x).toBeCloseTo(0.3, 12);
    expect(env.y).toBeCloseTo(0.375, 12);
    expect(env.vy).toBeCloseTo(7, 12);
    expect(env.onGround).toBe(false);
    expect(r.observation[OBS_ON_GROUND]).toBe(0);
    for (let i = 2; i <= 8; i++) r = env.step(RUN);
    // τ = 0.4 s, the apex: y = 3.2 − 1.6 = 1.6, vy = 0, x = 2.4.
    expect(env.x).toBeCloseTo(2.4, 12);
    expect(env.y).toBeCloseTo(1.6, 12);
    expect(env.vy).toBeCloseTo(0, 12);
    for (let i = 9; i <= 15; i++) r = env.step(RUN);
    // τ = 0.75 s: y = 6 − 5.625 = 0.375, vy = 8 − 15 = −7.
    expect(env.y).toBeCloseTo(0.375, 12);
    expect(env.vy).toBeCloseTo(-7, 12);
    r = env.step(RUN);
    // τ = 0.8 s: touch-down at x = 4.8, before the hole; the episode goes on.
    expect(env.x).toBeCloseTo(4.8, 12);
    expect(env.y).toBe(0);
    expect(env.vy).toBe(0);
    expect(env.onGround).toBe(true);
    expect(r.reward).toBe(0);
    expect(r.terminated).toBe(false);
    expect(r.observation[OBS_ON_GROUND]).toBe(1);
    expect(r.observation[OBS_DISTANCE]).toBeCloseTo((6.1 - 4.8) / 2.4, 12);
    // Runs on: x = 5.1, 5.4, 5.7, 6.0 stay on the ground, x = 6.3 > 6.1 falls (step 21).
    for (let i = 17; i <= 20; i++) expect(env.step(RUN).terminated).toBe(false);
    r = env.step(RUN);
    expect(r.terminated).toBe(true);
    expect(r.reward).toBe(-100);
    expect(r.info.success).toBe(false);
    expect(env.outcome).toBe('fell');
  });

  it('clears the hole with one well-timed jump: −1 + 100 = 99', () => {
    // Hole [3.5, 5.9]: a take-off at x ∈ [1.1, 3.5] clears it. Run 4 steps (x = 1.2), then jump:
    // it lands at 1.2 + 4.8 = 6.0 ≥ 5.9 on step 4 + 16 = 20.
    const env = fixedHole(3.5);
    const ep = play(env, (_, t) => (t === 4 ? JUMP : RUN));
    expect(ep.length).toBe(20);
    expect(ep.success).toBe(true);
    expect(sum(ep.rewards)).toBe(99);
    expect(ep.rewards[4]).toBe(-1);
    expect(ep.rewards[19]).toBe(100);
    expect(env.outcome).toBe('cleared');
    expect(env.phase).toBe('ended');
  });

  it('lands in the hole after a jump that is too early', () => {
    // Jump at once from x = 0: lands at 4.8, inside [3.5, 5.9], on step 16.
    const env = fixedHole(3.5);
    const ep = play(env, () => JUMP);
    expect(ep.length).toBe(16);
    expect(ep.success).toBe(false);
    expect(ep.rewards[0]).toBe(-1);
    expect(ep.rewards.slice(1, 15).every((r) => r === 0)).toBe(true);
    expect(ep.rewards[15]).toBe(-100);
    expect(env.x).toBeCloseTo(4.8, 12);
  });

  it('runs into the hole one step after the last chance to jump', () => {
    // Last take-off point: x = 3.3 (step 11 starts there); x = 3.6 > 3.5 is past the edge.
    const last = fixedHole(3.5);
    expect(play(last, (_, t) => (t === 11 ? JUMP : RUN)).success).toBe(true);
    const never = fixedHole(3.5);
    const ep = play(never, () => RUN);
    expect(ep.length).toBe(12);
    expect(ep.rewards).toEqual([...Array(11).fill(0), -100]);
    expect(never.x).toBe(3.5);
  });

  it('gives the configured rewards', () => {
    const opts = { holeStartMin: 3.5, holeStartMax: 3.5, jumpReward: -2, fallReward: -7, clearReward: 5 };
    expect(sum(play(new JumpHoleEnv(opts), (_, t) => (t === 4 ? JUMP : RUN)).rewards)).toBe(3);
    expect(sum(play(new JumpHoleEnv(opts), () => JUMP).rewards)).toBe(-9);
    expect(sum(play(new JumpHoleEnv(opts), () => RUN).rewards)).toBe(-7);
  });

  it('ignores a jump in the air and charges nothing for it', () => {
    const a = fixedHole(6.1);
    const b = fixedHole(6.1);
    a.reset();
    b.reset();
    a.step(JUMP);
    b.step(JUMP);
    for (let i = 1; i < 16; i++) {
      const ra = a.step(JUMP); // keeps pressing jump in the air
      b.step(RUN);
      expect(ra.reward).toBe(0);
      expect(ra.info.jumped).toBe(false);
      expect([a.x, a.y, a.vy, a.onGround]).toEqual([b.x, b.y, b.vy, b.onGround]);
    }
    // Back on the ground, a jump is possible (and costs) again.
    expect(a.onGround).toBe(true);
    expect(a.step(JUMP).reward).toBe(-1);
  });
});

describe('JumpHoleEnv observation and state', () => {
  it('observes the distance in take-off windows and the on-ground flag', () => {
    const env = fixedHole(3.5);
    const { observation } = env.reset();
    expect(observation.length).toBe(2);
    expect(observation[OBS_DISTANCE]).toBeCloseTo(3.5 / 2.4, 12);
    expect(observation[OBS_ON_GROUND]).toBe(1);
    expect(env.holeStart).toBe(3.5);
    expect(env.holeEnd).toBeCloseTo(5.9, 12);
    expect(env.observationSpace.contains(observation)).toBe(true);
  });

  it('reuses its result, info and observation objects', () => {
    const env = new JumpHoleEnv();
    const reset = env.reset({ seed: 1 });
    const r1 = env.step(RUN);
    const r2 = env.step(RUN);
    expect(r2).toBe(r1);
    expect(r2.observation).toBe(reset.observation);
    expect(r2.info).toBe(reset.info);
  });

  it('records every resolved option in its spec', () => {
    const env = new JumpHoleEnv({ speed: 5 });
    expect(env.spec).toEqual({ id: 'JumpHole-v0', options: { ...JUMP_HOLE_DEFAULTS, speed: 5 } });
  });

  it('passes checkEnv, bare and under a TimeLimit', () => {
    expect(() => checkEnv(new JumpHoleEnv())).not.toThrow();
    expect(() => checkEnv(new TimeLimit(new JumpHoleEnv(), 100))).not.toThrow();
  });
});

describe('JumpHoleEnv seeding', () => {
  it('draws the hole from its seeded generator at every reset', () => {
    const a = new JumpHoleEnv();
    const b = new JumpHoleEnv();
    a.reset({ seed: 7 });
    b.reset({ seed: 7 });
    expect(a.holeStart).toBe(b.holeStart);
    // Without a seed the stream continues: the holes vary, and replay identically.
    const holeAfterReset = (env: JumpHoleEnv, seed?: number) => {
      env.reset(seed === undefined ? undefined : { seed });
      return env.holeStart;
    };
    const holesA = Array.from({ length: 20 }, () => holeAfterReset(a));
    const holesB = Array.from({ length: 20 }, () => holeAfterReset(b));
    expect(holesA).toEqual(holesB);
    expect(new Set(holesA).size).toBe(20);
    for (const h of holesA) {
      expect(h).toBeGreaterThanOrEqual(2.6);
      expect(h).toBeLessThan(4.8);
    }
    const bySeed = new Set(Array.from({ length: 20 }, (_, s) => holeAfterReset(a, s)));
    expect(bySeed.size).toBe(20);
  });

  it('gives identical rollouts for the same seed and actions', () => {
    const trace = (seed: number) => {
      const env = new JumpHoleEnv();
      const actions = new Rng(`actions/${seed}`);
      const out: number[] = [];
      env.reset({ seed });
      for (let i = 0; i < 500; i++) {
        const r = env.step(actions.random() < 0.2 ? JUMP : RUN);
        out.push(r.reward, r.observation[0], r.observation[1], env.y);
        if (r.terminated) out.push(env.reset().observation[0]);
      }
      return out;
    };
    expect(trace(3)).toEqual(trace(3));
    expect(trace(3)).not.toEqual(trace(4));
  });
});

describe('JumpHoleEnv as a timing problem (defaults)', () => {
  const episodes = 1000;
  const score = (policy: (obs: Float64Array, rng: Rng) => number) => {
    const env = new JumpHoleEnv();
    env.reset({ seed: 11 });
    const rng = new Rng('policy');
    let total = 0;
    let wins = 0;
    let longest = 0;
    for (let i = 0; i < episodes; i++) {
      const ep = play(env, (obs) => policy(obs, rng));
      total += sum(ep.rewards);
      wins += ep.success ? 1 : 0;
      longest = Math.max(longest, ep.length);
    }
    return { mean: total / episodes, success: wins / episodes, longest };
  };

  it('never jumping always falls', () => {
    expect(score(() => RUN)).toMatchObject({ mean: -100, success: 0 });
  });

  it('jumping at every chance always lands in the hole (−1 − 100)', () => {
    expect(score(() => JUMP)).toMatchObject({ mean: -101, success: 0 });
  });

  it('one well-timed jump always clears (−1 + 100), clearly beating random jumping', () => {
    const timed = score((obs) => (obs[OBS_ON_GROUND] === 1 && obs[OBS_DISTANCE] <= 0.5 ? JUMP : RUN));
    expect(timed).toMatchObject({ mean: 99, success: 1 });
    for (const p of [0.05, 0.2, 0.5]) {
      const random = score((_, rng) => (rng.random() < p ? JUMP : RUN));
      expect(random.success).toBeLessThan(0.45);
      expect(random.mean).toBeLessThan(-10);
    }
  });

  it('ends every episode within stepBound steps, whatever the actions', () => {
    for (const p of [0, 0.02, 0.1, 0.5, 1]) {
      expect(score((_, rng) => (rng.random() < p ? JUMP : RUN)).longest).toBeLessThanOrEqual(32);
    }
  });
});

describe('JumpHoleEnv misuse', () => {
  it('refuses to step before reset and after the end', () => {
    const env = new JumpHoleEnv();
    expect(() => env.step(RUN)).toThrow(/before reset/);
    env.reset();
    let r = env.step(RUN);
    while (!r.terminated) r = env.step(RUN);
    expect(() => env.step(RUN)).toThrow(/after the episode ended/);
    env.reset();
    expect(() => env.step(RUN)).not.toThrow();
  });

  it('throws a RangeError naming an invalid action, and keeps its state', () => {
    const env = new JumpHoleEnv();
    env.reset({ seed: 1 });
    for (const bad of [2, -1, 0.5, Number.NaN]) {
      expect(() => env.step(bad)).toThrow(RangeError);
      expect(() => env.step(bad)).toThrow(new RegExp(`invalid action ${bad}.*Discrete\\(2\\)`));
    }
    expect(env.x).toBe(0);
    expect(env.step(RUN).terminated).toBe(false);
  });

  it('rejects impossible options with the option and its value', () => {
    expect(() => new JumpHoleEnv({ holeWidth: 5 })).toThrow(/holeWidth = 5 m is too wide.*4\.8 m/);
    // Clearable only by a take-off window of 0.2 m, shorter than one step's 0.3 m run.
    expect(() => new JumpHoleEnv({ holeWidth: 4.6 })).toThrow(/holeWidth = 4\.6 m is too wide/);
    expect(() => new JumpHoleEnv({ speed: 3 })).toThrow(/holeWidth = 2\.4 m is too wide.*2\.4 m/);
    expect(() => new JumpHoleEnv({ dt: 0 })).toThrow(/option dt must be > 0, got 0/);
    expect(() => new JumpHoleEnv({ speed: -1 })).toThrow(/option speed must be > 0, got -1/);
    expect(() => new JumpHoleEnv({ gravity: Number.NaN })).toThrow(
      /option gravity must be a finite number, got NaN/,
    );
    expect(() => new JumpHoleEnv({ jumpReward: Number.POSITIVE_INFINITY })).toThrow(/jumpReward.*Infinity/);
    expect(() => new JumpHoleEnv({ holeStartMin: -1 })).toThrow(/holeStartMin must be ≥ 0, got -1/);
    expect(() => new JumpHoleEnv({ holeStartMax: 1 })).toThrow(
      /holeStartMax \(1\) must be ≥ holeStartMin \(2\.6\)/,
    );
    expect(() => new JumpHoleEnv({ jumpVelocity: '8' as unknown as number })).toThrow(
      /jumpVelocity.*got "8"/,
    );
    for (const e of [() => new JumpHoleEnv({ holeWidth: 5 }), () => new JumpHoleEnv({ dt: 0 })]) {
      expect(e).toThrow(RangeError);
    }
  });
});
