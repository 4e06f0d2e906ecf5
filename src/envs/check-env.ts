/**
 * `checkEnv`: a contract checker modelled on Gymnasium's `check_env`. It plays a few short
 * episodes and throws an `EnvCheckError` listing every violation it found:
 *
 * - the spaces are valid `Discrete` / `Box` instances;
 * - `reset` and `step` return objects of the right shape and types;
 * - every observation lies in the observation space, every reward is a finite number;
 * - the same seed gives the same reset and the same steps for the same actions;
 * - where the env is `stochastic`, different seeds give different episodes;
 * - an invalid action raises a `RangeError`, and `step` after the end of an episode raises;
 * - where a result has `info.actionMask`, it is a 0/1 array of length `actionSpace.n` with at least
 *   one legal action (unless the episode ended there), the check's actions are drawn among the
 *   legal ones only, and an action the mask forbids raises a `RangeError`.
 *
 * It copies every observation it keeps, since the env may reuse its arrays.
 */
import { Rng } from '../core/rng.ts';
import { EnvError } from './errors.ts';
import { Box, Discrete, type Space } from './spaces.ts';
import type { Env, StepResult } from './types.ts';
import { copyObservation } from './types.ts';

/** The env breaks its contract: `problems` are English diagnostics for whoever writes the env. */
export class EnvCheckError extends EnvError<'env-check-failed'> {
  override name = 'EnvCheckError';
  readonly problems: string[];
  constructor(envName: string, problems: string[]) {
    super(
      'env-check-failed',
      { env: envName, problems },
      `${envName} fails the env contract:\n- ${problems.join('\n- ')}`,
    );
    this.problems = problems;
  }
}

export interface CheckEnvOptions {
  /** Seed for the check's own episodes and action draws. Default 0. */
  seed?: number;
  /** Steps per checked rollout. Default 200. */
  steps?: number;
}

interface Record_ {
  observation: unknown;
  reward: number;
  terminated: boolean;
  truncated: boolean;
  success: unknown;
}

export function checkEnv<O>(env: Env<O, number>, options: CheckEnvOptions = {}): void {
  const seed = options.seed ?? 0;
  const steps = options.steps ?? 200;
  const name = env.spec?.id ?? 'env';
  const problems: string[] = [];
  const fail = (msg: string) => problems.push(msg);

  checkSpace(env.observationSpace, 'observationSpace', fail);
  checkSpace(env.actionSpace, 'actionSpace', fail);
  if (!(env.actionSpace instanceof Discrete))
    fail('actionSpace: the agents here need a Discrete action space');
  if (problems.length) throw new EnvCheckError(name, problems);

  const first = rollout(env, seed, seed, steps, fail);
  const again = rollout(env, seed, seed, steps, () => {});
  if (!sameEpisode(first, again))
    fail(`the same seed (${seed}) gave different episodes: reset/step are not deterministic`);

  if (env.stochastic) {
    let varied = false;
    for (let k = 1; k <= 5 && !varied; k++) {
      varied = !sameEpisode(
        first,
        rollout(env, seed + k, seed, steps, () => {}),
      );
    }
    if (!varied) fail('the env says it is stochastic, but seeds 1 to 5 gave the same episode as seed 0');
  }

  checkMisuse(env, seed, steps, fail);
  if (problems.length) throw new EnvCheckError(name, problems);
}

function checkSpace(space: Space<unknown> | undefined, label: string, fail: (m: string) => void): void {
  if (space instanceof Discrete) {
    if (!Number.isInteger(space.n) || space.n < 1) fail(`${label}: Discrete.n is ${space.n}`);
  } else if (space instanceof Box) {
    if (space.low.length !== space.shape[0] || space.high.length !== space.shape[0])
      fail(`${label}: Box bounds do not match its shape`);
    for (let i = 0; i < space.low.length; i++) {
      if (!(space.low[i] <= space.high[i])) fail(`${label}: Box low[${i}] > high[${i}]`);
    }
  } else {
    fail(`${label}: expected a Discrete or Box space, got ${String(space)}`);
  }
}

/** Play with actions from a generator seeded by `actionSeed`, resetting on episode ends. */
function rollout<O>(
  env: Env<O, number>,
  envSeed: number,
  actionSeed: number,
  steps: number,
  fail: (m: string) => void,
): Record_[] {
  const actions = new Rng(`check/${actionSeed}`);
  const space = env.actionSpace as Discrete;
  const out: Record_[] = [];
  const reset = env.reset({ seed: envSeed });
  if (!reset || typeof reset !== 'object' || !('observation' in reset) || typeof reset.info !== 'object') {
    fail('reset() must return { observation, info }');
    return out;
  }
  checkObservation(env, reset.observation, 'reset', fail);
  let mask = maskOf(reset.info, space.n, false, 'reset', fail);
  if (mask === INVALID) return out;
  out.push({
    observation: copyObservation(reset.observation),
    reward: 0,
    terminated: false,
    truncated: false,
    success: undefined,
  });
  for (let i = 0; i < steps; i++) {
    const r: StepResult<O> = env.step(pick(actions, space, mask));
    if (!checkStepShape(r, i, fail)) return out;
    checkObservation(env, r.observation, `step ${i}`, fail);
    mask = maskOf(r.info, space.n, r.terminated || r.truncated, `step ${i}`, fail);
    if (mask === INVALID) return out;
    out.push({
      observation: copyObservation(r.observation),
      reward: r.reward,
      terminated: r.terminated,
      truncated: r.truncated,
      success: r.info.success,
    });
    if (r.terminated || r.truncated) {
      const next = env.reset();
      checkObservation(env, next.observation, `reset after step ${i}`, fail);
      mask = maskOf(next.info, space.n, false, `reset after step ${i}`, fail);
      if (mask === INVALID) return out;
      out.push({
        observation: copyObservation(next.observation),
        reward: 0,
        terminated: false,
        truncated: false,
        success: undefined,
      });
    }
  }
  return out;
}

/** Marks a result whose `info.actionMask` is malformed (the rollout stops there). */
const INVALID = 'invalid';

/**
 * The result's `info.actionMask`, or null when it has none; INVALID (after reporting why) when it
 * is not a 0/1 array of length n, or allows nothing in a state the episode goes on from.
 */
function maskOf(
  info: unknown,
  n: number,
  done: boolean,
  where: string,
  fail: (m: string) => void,
): ArrayLike<number> | null | typeof INVALID {
  if (!info || typeof info !== 'object' || !('actionMask' in info)) return null;
  const mask = (info as { actionMask: unknown }).actionMask;
  if (!(ArrayBuffer.isView(mask) || Array.isArray(mask)) || (mask as ArrayLike<unknown>).length !== n) {
    fail(`${where}: info.actionMask must be an array of length ${n} (the action space's n)`);
    return INVALID;
  }
  const m = mask as ArrayLike<unknown>;
  let legal = 0;
  for (let a = 0; a < n; a++) {
    if (m[a] !== 0 && m[a] !== 1) {
      fail(`${where}: info.actionMask[${a}] is ${String(m[a])}; a mask holds only 0 and 1`);
      return INVALID;
    }
    legal += m[a] as number;
  }
  if (legal === 0 && !done) {
    fail(`${where}: info.actionMask allows no action, but the episode goes on`);
    return INVALID;
  }
  return m as ArrayLike<number>;
}

/** A uniform action of the space, or among the mask's legal actions when there is a mask. */
function pick(rng: Rng, space: Discrete, mask: ArrayLike<number> | null): number {
  if (!mask) return space.sample(rng);
  let legal = 0;
  for (let a = 0; a < mask.length; a++) legal += mask[a];
  let k = rng.int(legal);
  for (let a = 0; a < mask.length; a++) {
    if (mask[a] === 1 && k-- === 0) return a;
  }
  return 0;
}

function checkStepShape(r: StepResult<unknown>, i: number, fail: (m: string) => void): boolean {
  if (!r || typeof r !== 'object') {
    fail(`step ${i}: must return { observation, reward, terminated, truncated, info }`);
    return false;
  }
  let ok = true;
  if (typeof r.reward !== 'number' || !Number.isFinite(r.reward)) {
    fail(`step ${i}: reward must be a finite number, got ${String(r.reward)}`);
    ok = false;
  }
  if (typeof r.terminated !== 'boolean') {
    fail(`step ${i}: terminated must be a boolean, got ${typeof r.terminated}`);
    ok = false;
  }
  if (typeof r.truncated !== 'boolean') {
    fail(`step ${i}: truncated must be a boolean, got ${typeof r.truncated}`);
    ok = false;
  }
  if (!r.info || typeof r.info !== 'object' || typeof r.info.success !== 'boolean') {
    fail(`step ${i}: info must be an object with a boolean 'success'`);
    ok = false;
  } else if (r.info.success && !r.terminated) {
    fail(`step ${i}: info.success is true on a step that did not terminate the episode`);
  }
  return ok;
}

function checkObservation<O>(
  env: Env<O, number>,
  obs: unknown,
  where: string,
  fail: (m: string) => void,
): void {
  if (!env.observationSpace.contains(obs)) {
    const shown = obs instanceof Float64Array ? `[${Array.from(obs).join(', ')}]` : String(obs);
    fail(`${where}: observation ${shown} is not in ${env.observationSpace.toString()}`);
  }
}

function sameEpisode(a: Record_[], b: Record_[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (
      x.reward !== y.reward ||
      x.terminated !== y.terminated ||
      x.truncated !== y.truncated ||
      x.success !== y.success
    )
      return false;
    if (!sameObservation(x.observation, y.observation)) return false;
  }
  return true;
}

function sameObservation(a: unknown, b: unknown): boolean {
  if (a instanceof Float64Array && b instanceof Float64Array) {
    return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
  }
  return Object.is(a, b);
}

/**
 * Invalid actions, and actions the mask forbids, must raise a RangeError; stepping after the end
 * must raise.
 */
function checkMisuse<O>(env: Env<O, number>, seed: number, steps: number, fail: (m: string) => void): void {
  const space = env.actionSpace as Discrete;
  const first = env.reset({ seed });
  for (const bad of [space.n, -1, 0.5, Number.NaN]) {
    try {
      env.step(bad);
      fail(`step(${bad}) did not throw, but ${bad} is not in ${space.toString()}`);
      return;
    } catch (e) {
      if (!(e instanceof RangeError)) fail(`step(${bad}) threw ${(e as Error).name}, expected a RangeError`);
    }
  }
  let mask = maskOf(first.info, space.n, false, 'reset', () => {});
  if (mask === INVALID) return; // already reported by the rollouts
  const forbidden = mask ? Array.prototype.indexOf.call(mask, 0) : -1;
  if (mask && forbidden >= 0) {
    try {
      env.step(forbidden);
      fail(`step(${forbidden}) did not throw, but info.actionMask forbids action ${forbidden} after reset`);
      return;
    } catch (e) {
      if (!(e instanceof RangeError))
        fail(`step(${forbidden}) (forbidden by the mask) threw ${(e as Error).name}, expected a RangeError`);
    }
  }
  const actions = new Rng(`check-end/${seed}`);
  // Play until the episode ends (a TimeLimit guarantees it does), then one more step must throw.
  for (let i = 0; i < Math.max(steps, 100_000); i++) {
    const r = env.step(pick(actions, space, mask));
    if (r.terminated || r.truncated) {
      try {
        env.step(0);
        fail('step() after the episode ended did not throw');
      } catch {
        // expected
      }
      return;
    }
    mask = maskOf(r.info, space.n, false, `step ${i}`, () => {});
    if (mask === INVALID) return;
  }
}
