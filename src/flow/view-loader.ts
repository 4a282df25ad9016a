import { warn } from '../contain/warn';
import type { ErrorDetail } from '../config/details';
import { version } from '../version';
import type { ViewModule } from './contract';

/**
 * Fetches the prompt's code once, when it is about to show. A file that cannot be fetched (404,
 * offline, blocked) or that comes from another release (a stale cached copy) is reported once —
 * a `[politely]` warning naming the URL, and `report` for the `politely:error` event — and
 * resolves `undefined`: nothing is half-run. A call with `retry` (a later `show()`) tries again.
 */
export function viewLoader(load: (attempt: number) => Promise<ViewModule>, url: string, report: (detail: ErrorDetail) => void) {
  let pending: Promise<ViewModule | undefined> | undefined;
  let failed = false;
  let attempt = 0;
  const fail = (reason: ErrorDetail['reason'], message: string) => {
    warn(message);
    report({ reason, url });
    failed = true;
  };
  return (retry?: boolean): Promise<ViewModule | undefined> => {
    if (!pending || (retry && failed)) {
      failed = false;
      pending = load(attempt++).then(
        (m) => {
          if (m?.version === version && typeof m.createView == 'function') return m;
          fail('version', `the prompt at ${url} is release ${m?.version}, the script ${version}: not shown; serve both from one release`);
        },
        (e) => void fail('load', `could not load the prompt from ${url} (${e}); the next show() tries again`),
      );
    }
    return pending;
  };
}
