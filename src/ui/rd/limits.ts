/**
 * The reaction–diffusion panel's ranges, each end with its reason in the user's words (the rd
 * catalog's `limits`, read each time a reason is asked for, so they follow the language). A value
 * typed outside is clamped to the end and the reason shown (src/ui/shared/field-limit.ts). The
 * store accepts a wider range for some (it checks what storage and the API send); the panel keeps
 * to these.
 */

import { type Catalog, t } from '../../i18n/language.ts';
import { DT_MAX, DT_MIN, ODE_RATE_MAX, ODE_RATE_MIN, STEPS_PER_FRAME_MAX } from '../../state/rd-settings.ts';
import type { FieldLimit } from '../shared/field-limit.ts';

/** A range and its reasons; the panel adds the name shown. */
type Limit = Required<Pick<FieldLimit, 'min' | 'max' | 'whyMin' | 'whyMax'>>;

type Words = Catalog['rd']['limits'];
type Why = (w: Words) => string;

/** A range whose reasons are read from the current catalog each time they are asked for. */
function limit(min: number, max: number, whyMin: Why, whyMax: Why): Limit {
  return {
    min,
    max,
    get whyMin() {
      return whyMin(t().rd.limits);
    },
    get whyMax() {
      return whyMax(t().rd.limits);
    },
  };
}

const notNegative: Why = (w) => w.notNegative;
/** The model sliders span several times the posts' values, which covers everything the posts show. */
const sliderRange =
  (posts: string): Why =>
  (w) =>
    w.sliderRange({ posts });

export const RD_LIMITS = {
  dt: limit(
    DT_MIN,
    DT_MAX,
    (w) => w.dtMin,
    (w) => w.dtMax,
  ),
  odeRate: limit(
    ODE_RATE_MIN,
    ODE_RATE_MAX,
    (w) => w.odeRateMin,
    (w) => w.odeRateMax,
  ),
  stepsPerFrame: limit(
    1,
    STEPS_PER_FRAME_MAX,
    (w) => w.stepsMin,
    (w) => w.stepsMax,
  ),
  noise: limit(
    0,
    0.1,
    (w) => w.noiseMin,
    (w) => w.noiseMax,
  ),
  seed: limit(
    0,
    99999,
    (w) => w.seedMin,
    (w) => w.seedMax,
  ),
  brushRadius: limit(
    1,
    24,
    (w) => w.brushRadiusMin,
    (w) => w.brushRadiusMax,
  ),
  brushAmount: limit(
    0.01,
    1,
    (w) => w.brushAmountMin,
    (w) => w.brushAmountMax,
  ),
  a: limit(0, 100, notNegative, sliderRange('a = 20')),
  b: limit(0, 400, notNegative, sliderRange('b = 80')),
  c: limit(0, 10, notNegative, sliderRange('c = 1')),
  r: limit(0, 100, notNegative, sliderRange('r = 20, 30')),
  K: limit(0.01, 1, (w) => w.KMin, sliderRange('K = 0.2')),
  n: limit(0.5, 6, (w) => w.nMin, sliderRange('n = 2')),
  Du: limit(0, 5, notNegative, sliderRange('D_u = 0.5')),
  Dv: limit(0, 20, notNegative, sliderRange('D_v = 5')),
} satisfies Record<string, Limit>;
