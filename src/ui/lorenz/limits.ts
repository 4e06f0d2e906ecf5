/**
 * The Lorenz panel's ranges, each end with its reason in the user's words. A value typed outside
 * is clamped to the end and the reason shown (src/ui/shared/field-limit.ts); the store still
 * refuses out-of-range values from storage or an API.
 */
import type { SweepParam } from '../../dynamics/lorenz/index.ts';
import {
  CLIP_LIMITS,
  COUNT_LIMITS,
  PARAM_LIMITS,
  SPEED_LIMITS,
  SPIN_LIMITS,
  TRAIL_LIMITS,
  TRAJECTORY_LIMITS,
} from '../../state/lorenz-settings.ts';
import type { FieldLimit } from '../shared/field-limit.ts';

/** A range and its reasons; the panel adds the name shown. */
type Limit = Required<Pick<FieldLimit, 'min' | 'max' | 'whyMin' | 'whyMax'>>;

/** σ, r, b: also the ends of a sweep over that parameter. */
export const PARAM_LIMIT: Record<SweepParam, Limit> = {
  sigma: {
    min: PARAM_LIMITS.sigma[0],
    max: PARAM_LIMITS.sigma[1],
    whyMin: 'σ must stay positive (at σ = 0 x no longer follows y)',
    whyMax: 'the range this scene is built for (Lorenz used σ = 10)',
  },
  r: {
    min: PARAM_LIMITS.r[0],
    max: PARAM_LIMITS.r[1],
    whyMin: 'r is a heating rate relative to the onset of convection and cannot be negative',
    whyMax: 'the range this scene is built for (chaos at 28, periodic orbits past ≈ 214)',
  },
  b: {
    min: PARAM_LIMITS.b[0],
    max: PARAM_LIMITS.b[1],
    whyMin: 'b must stay positive (it is a geometric factor of the convection cell)',
    whyMax: 'the range this scene is built for (Lorenz used b = 8/3)',
  },
};

export const LORENZ_LIMITS = {
  speed: {
    min: SPEED_LIMITS[0],
    max: SPEED_LIMITS[1],
    whyMin: 'slower and the heads hardly move',
    whyMax: 'faster and the eye cannot follow the heads',
  },
  trail: {
    min: TRAIL_LIMITS[0],
    max: TRAIL_LIMITS[1],
    whyMin: 'a shorter trail does not show the shape',
    whyMax: 'a longer trail is drawn every frame and slows the page',
  },
  trajectories: {
    min: TRAJECTORY_LIMITS[0],
    max: TRAJECTORY_LIMITS[1],
    whyMin: 'the reference is always there',
    whyMax: 'more copies cannot be told apart by colour',
  },
  spin: {
    min: SPIN_LIMITS[0],
    max: SPIN_LIMITS[1],
    whyMin: 'faster turning blurs the attractor',
    whyMax: 'faster turning blurs the attractor',
  },
  sweepCount: {
    min: COUNT_LIMITS[0],
    max: COUNT_LIMITS[1],
    whyMin: 'fewer values do not show the bifurcations',
    whyMax: 'more values than pixels add only waiting time',
  },
  clipSeconds: {
    min: CLIP_LIMITS[0],
    max: CLIP_LIMITS[1],
    whyMin: 'a clip needs at least a second',
    whyMax: 'longer clips make large files',
  },
} as const satisfies Record<string, Limit>;
