/**
 * The Lorenz panel's ranges, each end with its reason in the user's words (the lorenz catalog's
 * `limits`, read when the panel is built, so a language change, which rebuilds it, relabels them).
 * A value typed outside is clamped to the end and the reason shown (src/ui/shared/field-limit.ts);
 * the store still refuses out-of-range values from storage or an API.
 */
import type { SweepParam } from '../../dynamics/lorenz/index.ts';
import { type Catalog, t } from '../../i18n/language.ts';
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

type Why = keyof Catalog['lorenz']['limits'];

/** A range whose reasons are read from the current catalog each time they are asked for. */
function limit([min, max]: readonly [number, number], whyMin: Why, whyMax: Why): Limit {
  return {
    min,
    max,
    get whyMin() {
      return t().lorenz.limits[whyMin];
    },
    get whyMax() {
      return t().lorenz.limits[whyMax];
    },
  };
}

/** σ, r, b: also the ends of a sweep over that parameter. */
export const PARAM_LIMIT: Record<SweepParam, Limit> = {
  sigma: limit(PARAM_LIMITS.sigma, 'sigmaMin', 'sigmaMax'),
  r: limit(PARAM_LIMITS.r, 'rMin', 'rMax'),
  b: limit(PARAM_LIMITS.b, 'bMin', 'bMax'),
};

export const LORENZ_LIMITS = {
  speed: limit(SPEED_LIMITS, 'speedMin', 'speedMax'),
  trail: limit(TRAIL_LIMITS, 'trailMin', 'trailMax'),
  trajectories: limit(TRAJECTORY_LIMITS, 'trajectoriesMin', 'trajectoriesMax'),
  spin: limit(SPIN_LIMITS, 'spin', 'spin'),
  sweepCount: limit(COUNT_LIMITS, 'countMin', 'countMax'),
  clipSeconds: limit(CLIP_LIMITS, 'clipMin', 'clipMax'),
} satisfies Record<string, Limit>;
