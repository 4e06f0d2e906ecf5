/**
 * Blow-up: a state (or tangent frame) that becomes NaN/±Infinity — absurd parameters or a dt beyond
 * RK4's stability limit — stops the integration with a `LorenzBlowUpError` that names the
 * parameters, dt and time.
 */
import type { Coded } from '../../core/coded-error.ts';
import { formatSig } from '../../core/format.ts';
import type { DynamicsErrorValues } from '../errors.ts';
import type { LorenzParams } from './params.ts';

const describeParams = (p: LorenzParams): string =>
  `σ=${formatSig(p.sigma, 6)}, r=${formatSig(p.r, 6)}, b=${formatSig(p.b, 6)}`;

/** The state or the tangent frame became NaN/±Infinity; the integration stopped there. */
export class LorenzBlowUpError
  extends Error
  implements Coded<'lorenz-blow-up', DynamicsErrorValues['lorenz-blow-up']>
{
  override readonly name = 'LorenzBlowUpError';
  readonly code = 'lorenz-blow-up';
  readonly params: Readonly<LorenzParams>;
  readonly dt: number;
  /**
   * Time from the start (transient included) at which the blow-up was seen: the first non-finite
   * step in a bifurcation run, the end of that LOG_BLOCK (16-step) block in a Lyapunov run.
   */
  readonly time: number;

  constructor(params: LorenzParams, dt: number, time: number) {
    super(
      `Lorenz integration blew up (state or tangent frame became NaN/Infinity) at t ≈ ${formatSig(time, 6)} for ${describeParams(params)}` +
        ` with dt=${formatSig(dt, 6)}: dt is beyond RK4's stability limit for these parameters, or the` +
        ' parameters make the flow diverge (b < 0, σ < 0, …). Reduce dt or check σ, r, b.',
    );
    this.params = { ...params };
    this.dt = dt;
    this.time = time;
  }

  get values(): DynamicsErrorValues['lorenz-blow-up'] {
    return { time: this.time, dt: this.dt, ...this.params };
  }
}
