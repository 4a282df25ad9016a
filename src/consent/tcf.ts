import { guard } from '../contain/index';

/** The part of the TCF v2.2 `TCData` object Politely reads. */
export interface TcData {
  gdprApplies?: boolean;
  eventStatus?: string;
  listenerId?: number;
  purpose?: { consents?: Record<string, boolean> };
  publisher?: { consents?: Record<string, boolean> };
}

/** How long to look for `window.__tcfapi` when a CMP defines it late (no standard stub). */
export const TCF_WAIT_MS = 1e4;

/**
 * Reads `purpose` from a TCData event: `true` granted, `false` refused, `undefined` no decision
 * yet (the CMP UI is showing, or it is still loading).
 *
 * Politely runs as the publisher's own script and is no GVL vendor, so vendor consents do not
 * apply. The reader's consent to the purpose counts from either the core string
 * (`purpose.consents`, what most CMPs set) or the publisher TC segment (`publisher.consents`,
 * set by CMPs that ask for the publisher's own purposes separately).
 */
export function tcfDecision(data: TcData, purpose: number): boolean | undefined {
  if (data.gdprApplies === false) return true;
  if (data.eventStatus == 'tcloaded' || data.eventStatus == 'useractioncomplete')
    return !!(data.purpose?.consents?.[purpose] || data.publisher?.consents?.[purpose]);
}

/**
 * Listens to the page's IAB TCF v2 API (`window.__tcfapi`) and reports each decision. When the
 * API is not there yet (a CMP without the standard stub), polls for it for {@link TCF_WAIT_MS};
 * a CMP in a parent frame (`__tcfapiLocator`) is not reached: use `Politely.consent()` there.
 * Returns a function that stops polling and removes the TCF listener.
 */
export function listenTcf(win: Window, purpose: number, report: (granted: boolean) => void): () => void {
  let stopped = false;
  let id: number | undefined;
  let timer: ReturnType<typeof setTimeout>;
  const w = win as unknown as { __tcfapi?: (...args: unknown[]) => void };
  // Every call into the CMP and every answer from it is guarded: a broken CMP must not break the page.
  const call = (fn: () => unknown) => guard(fn, undefined, 'TCF API error')();
  const remove = () => call(() => w.__tcfapi!('removeEventListener', 2, () => {}, id));
  const onData = (data: TcData | null, ok: boolean) =>
    call(() => {
      if (!ok || !data) return;
      if (data.listenerId != null) id = data.listenerId;
      // Stopped before the CMP answered: remove the listener now that its id is known.
      if (stopped) return id != null && remove();
      const granted = tcfDecision(data, purpose);
      if (granted != null) report(granted);
    });
  const start = (waited: number) => {
    if (typeof w.__tcfapi == 'function') call(() => w.__tcfapi!('addEventListener', 2, onData));
    else if (waited < TCF_WAIT_MS) timer = setTimeout(start, 100, waited + 100);
  };
  start(0);
  return () => {
    stopped = true;
    clearTimeout(timer);
    if (id != null) remove();
  };
}
