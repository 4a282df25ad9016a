import { say } from '../contain/index';
import type { ErrorDetail } from '../config/index';
import { version } from '../version';
import type { DiagnosticsModule, ViewModule } from './contract';

/** Where a controller gets the prompt's code: a dynamic import, and its URL for messages. */
export interface ViewSource {
  _load(attempt: number): Promise<ViewModule>;
  _url: string;
}

/**
 * Fetches the prompt's code once, when it is about to show. A file that cannot be fetched (404,
 * offline, blocked) or that comes from another release (a stale cached copy) is reported once —
 * a `[politely]` warning naming the URL, and `report` for the `politely:error` event — and
 * resolves `undefined`: nothing is half-run. A call with `retry` (a later `show()`) tries again.
 */
export function viewLoader(source: ViewSource, report: (detail: ErrorDetail) => void) {
  let pending: Promise<ViewModule | undefined> | undefined;
  let failed = false;
  let attempt = 0;
  const url = source._url;
  const fail = (reason: ErrorDetail['reason'], ...details: string[]) => {
    say(reason == 'load' ? 'promptLoad' : 'promptRelease', [url, ...details]);
    report({ reason, url });
    failed = true;
  };
  return (retry?: boolean): Promise<ViewModule | undefined> => {
    if (!pending || (retry && failed)) {
      failed = false;
      pending = source._load(attempt++).then(
        (m) => {
          if (m?.version === version && typeof m.createView == 'function') return m;
          fail('version', String(m?.version), version);
        },
        (e) => void fail('load', String(e)),
      );
    }
    return pending;
  };
}

/**
 * Fetches the diagnostics file once, the first time there is something to explain or debug is
 * on. `undefined` when it cannot be fetched or is from another release: the messages then go
 * without their details.
 */
export function diagnosticsLoader(load: () => Promise<DiagnosticsModule>): () => Promise<DiagnosticsModule | undefined> {
  let pending: Promise<DiagnosticsModule | undefined> | undefined;
  return () =>
    (pending ||= load().then(
      (m) => (m?.version === version && typeof m.describe == 'function' ? m : undefined),
      () => undefined,
    ));
}
