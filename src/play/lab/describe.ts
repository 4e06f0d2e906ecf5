/** Words for the Lab's refusals and for any coded error below it, in the current language. */
import { formatCount } from '../../core/format.ts';
import { describeError } from '../../i18n/describe-error.ts';
import { t } from '../../i18n/language.ts';
import { LabError } from './errors.ts';

export function describeLabError(e: unknown): string {
  if (!(e instanceof LabError)) return describeError(e);
  const w = t().lab.errors;
  switch (e.code) {
    case 'lab-unknown-preset':
      return w['lab-unknown-preset'](e.values as { name: string });
    case 'lab-link-invalid': {
      const v = e.values as { field: string; issue: 'count' | 'unreadable' };
      return w['lab-link-invalid']({ field: v.field, issue: t().lab.linkIssues[v.issue] });
    }
    case 'lab-form-invalid':
      return w['lab-form-invalid'](e.values as { field: string; value: string });
    case 'lab-saved-corrupt':
      return w['lab-saved-corrupt'](e.values as { field: string });
    case 'lab-saved-too-big': {
      const v = e.values as { size: number; limit: number };
      return w['lab-saved-too-big']({ size: formatCount(v.size), limit: formatCount(v.limit) });
    }
    default:
      return w['lab-saved-refused'](e.values as { detail: string });
  }
}
