import { warn } from '../config/warn';

/** The part of the TCF v2.2 `TCData` object Kindly reads. */
export interface TcData {
  gdprApplies?: boolean;
  eventStatus?: string;
  listenerId?: number;
  purpose?: { consents?: Record<string, boolean> };
  publisher?: { consents?: Record<string, boolean> };
}

type TcfApi = (command: string, version: number, callback: (data: TcData | null, success: boolean) => void, param?: unknown) => void;

const POLL_MS = 100;

/**
 * Reads `purpose` from a TCData event: `true` granted, `false` refused, `undefined` no decision
 * yet (the CMP UI is showing, or it is still loading).
 *
 * Kindly runs as the publisher's own script and is no GVL vendor, so vendor consents do not
 * apply. The reader's consent to the purpose counts from either the core string
 * (`purpose.consents`, what most CMPs set) or the publisher TC segment (`publisher.consents`,
 * set by CMPs that ask for the publisher's own purposes separately).
 */
export function tcfDecision(data: TcData, purpose: number): boolean | undefined {
  if (data.gdprApplies === false) return true;
  if (data.eventStatus != 'tcloaded' && data.eventStatus != 'useractioncomplete') return undefined;
  return !!(data.purpose?.consents?.[purpose] || data.publisher?.consents?.[purpose]);
}

/**
 * Listens to the page's IAB TCF v2 API (`window.__tcfapi`) and reports each decision. When the
 * API is not there yet (a CMP without the standard stub), polls for it for `waitMs`; CMPs in a
 * parent frame (`__tcfapiLocator`) are not reached: use `Kindly.consent()` there.
 * Returns a function that stops polling and removes the TCF listener.
 */
export function listenTcf(win: Window, purpose: number, waitMs: number, report: (granted: boolean) => void): () => void {
  let stopped = false;
  let id: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const api = () => (win as unknown as { __tcfapi?: TcfApi }).__tcfapi;
  const remove = () => {
    try {
      api()!('removeEventListener', 2, () => {}, id);
    } catch (e) {
      warn('__tcfapi removeEventListener failed', e);
    }
  };
  const onData = (data: TcData | null, ok: boolean) => {
    try {
      if (!ok || !data) return;
      if (data.listenerId != null) id = data.listenerId;
      // Stopped before the CMP answered: remove the listener now that its id is known.
      if (stopped) return id != null && remove();
      const granted = tcfDecision(data, purpose);
      if (granted != null) report(granted);
    } catch (e) {
      warn('could not read TCF consent', e);
    }
  };
  const start = (left: number) => {
    if (stopped) return;
    if (typeof api() == 'function') {
      try {
        api()!('addEventListener', 2, onData);
      } catch (e) {
        warn('__tcfapi addEventListener failed', e);
      }
    } else if (left > 0) timer = setTimeout(() => start(left - POLL_MS), POLL_MS);
  };
  start(waitMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
    if (id != null) remove();
  };
}
