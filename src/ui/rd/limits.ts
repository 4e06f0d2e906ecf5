/**
 * The reaction–diffusion panel's ranges, each end with its reason in the user's words. A value
 * typed outside is clamped to the end and the reason shown (src/ui/shared/field-limit.ts). The
 * store accepts a wider range for some (it checks what storage and the API send); the panel keeps
 * to these.
 */
import { DT_MAX, DT_MIN, ODE_RATE_MAX, ODE_RATE_MIN, STEPS_PER_FRAME_MAX } from '../../state/rd-settings.ts';
import type { FieldLimit } from '../shared/field-limit.ts';

/** A range and its reasons; the panel adds the name shown. */
type Limit = Required<Pick<FieldLimit, 'min' | 'max' | 'whyMin' | 'whyMax'>>;

const NOT_NEGATIVE = 'a rate or a diffusion coefficient cannot be negative';
/** The model sliders span several times the posts' values, which covers everything the posts show. */
const SLIDER_RANGE = (posts: string) => `the panel's range, several times the posts' value (${posts})`;

export const RD_LIMITS = {
  dt: {
    min: DT_MIN,
    max: DT_MAX,
    whyMin: 'a smaller step would take hundreds of thousands of steps per cycle, and the run would crawl',
    whyMax:
      'a longer step no longer follows the reactions (a cycle lasts only ≈ 0.2–0.26 time units); ' +
      'on the grid, any dt over the explicit-Euler stability limit (≈ 0.0005) runs as substeps or is refused',
  },
  odeRate: {
    min: ODE_RATE_MIN,
    max: ODE_RATE_MAX,
    whyMin: 'slower would show a cycle every half minute or more',
    whyMax: 'faster needs more steps per frame than the page can draw smoothly',
  },
  stepsPerFrame: {
    min: 1,
    max: STEPS_PER_FRAME_MAX,
    whyMin: 'the grid needs at least one step per frame to move',
    whyMax: 'more steps than that do not fit in one frame: the run would stutter, not speed up',
  },
  noise: {
    min: 0,
    max: 0.1,
    whyMin: 'noise is an amplitude (0 starts from a uniform field)',
    whyMax: 'larger noise swamps the pattern the instability selects',
  },
  seed: { min: 0, max: 99999, whyMin: 'seeds are whole numbers from 0', whyMax: 'seeds go up to 99999 here' },
  brushRadius: {
    min: 1,
    max: 24,
    whyMin: 'the brush is at least one cell wide',
    whyMax: 'a larger brush covers most of the smallest grid',
  },
  brushAmount: {
    min: 0.01,
    max: 1,
    whyMin: 'a smaller dab would not show',
    whyMax: 'one dab already lifts u over its whole cycle range (≈ 0–1)',
  },
  a: { min: 0, max: 100, whyMin: NOT_NEGATIVE, whyMax: SLIDER_RANGE('a = 20') },
  b: { min: 0, max: 400, whyMin: NOT_NEGATIVE, whyMax: SLIDER_RANGE('b = 80') },
  c: { min: 0, max: 10, whyMin: NOT_NEGATIVE, whyMax: SLIDER_RANGE('c = 1') },
  r: { min: 0, max: 100, whyMin: NOT_NEGATIVE, whyMax: SLIDER_RANGE('r = 20 and 30') },
  K: {
    min: 0.01,
    max: 1,
    whyMin: 'K must stay above 0 (the Hill term divides by it)',
    whyMax: SLIDER_RANGE('K = 0.2'),
  },
  n: { min: 0.5, max: 6, whyMin: 'the Hill exponent must stay positive', whyMax: SLIDER_RANGE('n = 2') },
  Du: { min: 0, max: 5, whyMin: NOT_NEGATIVE, whyMax: SLIDER_RANGE('D_u = 0.5') },
  Dv: { min: 0, max: 20, whyMin: NOT_NEGATIVE, whyMax: SLIDER_RANGE('D_v = 5') },
} as const satisfies Record<string, Limit>;
