/**
 * What the reaction–diffusion session tells the user, as catalog functions (worded when drawn, so
 * a notice follows a change of language). A coded error is worded from its code and values; the
 * plain message is the fallback for one without a code.
 */
import type { CodedErrorData } from '../../core/coded-error.ts';
import type { RdStabilityValues } from '../../dynamics/errors.ts';
import { describeError } from '../../i18n/describe-error.ts';
import type { NoticeText } from '../../state/notices.ts';
import { headline } from './messages.ts';

/** A change the dynamics refused (it was rolled back). */
export function refusalNotice(message: string, coded: CodedErrorData | null): NoticeText {
  return (t) =>
    t.rd.notices.refused({ why: headline(coded ? describeError(coded, t) : message, t.rd.notices.stop) });
}

/** The run paused on a blow-up. */
export function stoppedNotice(message: string, problem: CodedErrorData | null): NoticeText {
  return (t) =>
    t.rd.notices.stopped({
      why: headline(problem ? describeError(problem, t) : message, t.rd.notices.sentenceEnd),
    });
}

/** A new stability verdict on dt: subdivided into substeps, or run as asked though unsafe. */
export function stabilityNotice(notice: string, problem: CodedErrorData | null): NoticeText {
  const values = problem?.values as RdStabilityValues | undefined;
  return (t) =>
    !values
      ? notice
      : problem?.code === 'rd-subdivided'
        ? t.rd.notices.subdivided(values)
        : t.rd.notices.unsafe(values);
}
