/**
 * Say what a shared link got wrong: one warning per problem the link codec found
 * (src/state/link-codec.ts), worded from the catalog when drawn so it follows the language. The
 * scene has already fallen back to the default for each bad value; this only tells the user.
 */
import type { LinkProblem } from '../../state/link-codec.ts';
import { notify } from '../../state/notices.ts';

export function reportLinkProblems(problems: readonly LinkProblem[]): void {
  for (const p of problems) {
    if (p.kind === 'unknown') notify('warning', (t) => t.common.link.unknownKey({ key: p.key }));
    else if (p.kind === 'too-long') notify('warning', (t) => t.common.link.tooLong({ limit: p.limit }));
    else {
      notify('warning', (t) => t.common.link.badValue({ key: p.key, value: p.value, fallback: p.fallback }));
    }
  }
}
