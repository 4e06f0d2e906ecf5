/** λ against a parameter, progressive (coarse for every value first, then refined) for a worker. */

import { DynamicsRangeError } from '../errors.ts';
import { checkPositive } from './checks.ts';
import { type Behaviour, classifySpectrum } from './classify.ts';
import { LorenzBlowUpError } from './errors.ts';
import { type LyapunovOptions, LyapunovRun } from './lyapunov.ts';
import type { Spectrum } from './params.ts';
import { type SweepOptions, sweepParams } from './sweep.ts';

export interface LyapunovSweepOptions extends SweepOptions, Omit<LyapunovOptions, 'time' | 'initial'> {
  /**
   * Cumulative averaging times, increasing: every value is first estimated with T = times[0],
   * then each run is extended to times[1], … (nothing is recomputed). Default [100, 1000, 10000].
   */
  times?: number[];
}

export interface LyapunovSweepPoint {
  /** Index into `times` of this estimate. */
  pass: number;
  index: number;
  value: number;
  /** Averaging time of this estimate. */
  time: number;
  /** NaN × 3 after a blow-up. */
  spectrum: Spectrum;
  behaviour: Behaviour;
  /** Set when this value blew up; it is left out of later passes. */
  error?: LorenzBlowUpError;
}

/** λ against a parameter, coarse (short T) for all values first, then refined pass by pass. */
export function* lyapunovSweep(options: LyapunovSweepOptions): Generator<LyapunovSweepPoint> {
  const { param, values, base } = sweepParams(options);
  const times = options.times ?? [100, 1000, 10000];
  times.forEach((t, k) => {
    checkPositive('lyapunovSweep', `times[${k}]`, t);
    if (k > 0 && t <= times[k - 1]) {
      throw new DynamicsRangeError(
        'lorenz-times-order',
        { times: [...times] },
        `lyapunovSweep: times must increase, got ${times.join(', ')}`,
      );
    }
  });
  const runs: (LyapunovRun | null)[] = [];
  for (let pass = 0; pass < times.length; pass++) {
    for (let i = 0; i < values.length; i++) {
      if (pass > 0 && runs[i] === null) continue;
      try {
        let run = runs[i];
        if (!run) {
          run = new LyapunovRun({ ...base, [param]: values[i] }, options);
          runs[i] = run;
        }
        run.advance(times[pass] - run.time);
        const spectrum = run.spectrum();
        yield {
          pass,
          index: i,
          value: values[i],
          time: run.time,
          spectrum,
          behaviour: classifySpectrum(spectrum, run.time),
        };
      } catch (e) {
        if (!(e instanceof LorenzBlowUpError)) throw e;
        runs[i] = null;
        const nan: Spectrum = [Number.NaN, Number.NaN, Number.NaN];
        yield { pass, index: i, value: values[i], time: 0, spectrum: nan, behaviour: 'uncertain', error: e };
      }
    }
  }
}
