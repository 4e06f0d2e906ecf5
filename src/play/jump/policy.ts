/**
 * Reading the jump policy for display: P(jump | distance) on the ground, and θ as the three numbers
 * that matter. With two actions the softmax depends only on the difference of the two rows of θ,
 * P(jump | s) = σ((θ_jump − θ_run)·φ(s)), so that difference (distance weight, on-ground weight, bias)
 * is what the θ chart shows.
 */
import type { PolicyGradientAgent } from '../../agents/policy-gradient.ts';
import { ReinforceAgent } from '../../agents/reinforce.ts';
import { JUMP, OBS_DISTANCE, OBS_ON_GROUND, RUN } from '../../envs/jump-hole.ts';

/** A reusable observation for probing the policy (no allocation per probe). */
const probe = new Float64Array(2);

/** π(jump | distance d in take-off-window lengths, on the ground). Draws nothing from the agent's generator. */
export function jumpProbability(agent: PolicyGradientAgent, distance: number): number {
  probe[OBS_DISTANCE] = distance;
  probe[OBS_ON_GROUND] = 1;
  return agent.probabilities(probe)[JUMP];
}

/**
 * Fill `out` with P(jump) of a runner on the ground at positions evenly spaced over [fromM, toM]
 * (both ends included), in metres from the hole's near edge: negative before it, so the positions
 * run in the runner's direction of travel. There the distance observation is −x / windowLength.
 */
export function policyAlongTrack(
  agent: PolicyGradientAgent,
  windowLength: number,
  fromM: number,
  toM: number,
  out: Float64Array,
): void {
  const n = out.length;
  for (let i = 0; i < n; i++) {
    const x = fromM + ((toM - fromM) * i) / (n - 1);
    out[i] = jumpProbability(agent, -x / windowLength);
  }
}

/**
 * The learned state value v̂(s) = w·φ(s) of a runner on the ground at distance d, or NaN when the
 * agent has no learned value (REINFORCE with baseline none or mean).
 */
export function groundValue(agent: PolicyGradientAgent, distance: number): number {
  if (agent instanceof ReinforceAgent && agent.params.baseline !== 'learned') return Number.NaN;
  probe[OBS_DISTANCE] = distance;
  probe[OBS_ON_GROUND] = 1;
  return agent.value(probe);
}

/** θ_jump − θ_run per feature (linear features: distance, on ground, constant 1), into `out`. */
export function thetaDifference(agent: PolicyGradientAgent, out: Float64Array): Float64Array {
  const fd = agent.featureDim;
  for (let j = 0; j < Math.min(fd, out.length); j++) {
    out[j] = agent.theta[JUMP * fd + j] - agent.theta[RUN * fd + j];
  }
  return out;
}

/** Index in θ (and in the gradient) of the jump row's distance weight: the one that moves the jump point. */
export function distanceWeightIndex(agent: PolicyGradientAgent): number {
  return JUMP * agent.featureDim + OBS_DISTANCE;
}
