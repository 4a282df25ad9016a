import { warn } from '../contain/index';
import type { ResolvedOptions } from '../config/index';
import { listenTcf } from './tcf';

/** Where consent may come from: the options that say so (see the options table). */
export type ConsentOptions = Pick<ResolvedOptions, 'consentPurpose' | 'consentEvent'>;

/** The page's explicit signals (`Politely.consent()`), kept by the loader. */
export interface ExplicitConsent {
  /** The last signal, if any. */
  _last(): boolean | undefined;
  /** Calls `cb` with every later signal; returns the unsubscribe function. */
  _subscribe(cb: (granted: boolean) => void): () => void;
}

/** The consent state for one Politely instance. */
export interface ConsentGate {
  /** Whether consent is currently given. */
  _granted(): boolean;
  /** Calls `cb` whenever the answer changes; returns the unsubscribe function. */
  _onChange(cb: (granted: boolean) => void): () => void;
  /** Stops listening to every source. */
  _destroy(): void;
}

/**
 * Creates a consent gate: closed until the reader consents through the page's TCF v2 CMP, an
 * explicit `consent()` call, or the named DOM event. The latest signal from any source wins, so
 * a later refusal from the CMP closes the gate again. Never throws.
 */
export function createConsentGate(options: ConsentOptions, explicit: ExplicitConsent, win: Window = window): ConsentGate {
  const { consentPurpose, consentEvent } = options;
  const subscribers = new Set<(granted: boolean) => void>();
  let granted = !!explicit._last();
  const set = (value: boolean) => {
    if (value == granted) return;
    granted = value;
    subscribers.forEach((cb) => {
      try {
        cb(value);
      } catch (e) {
        warn('a consent listener threw', e);
      }
    });
  };
  const onEvent = (e: Event) => set((e as CustomEvent).detail !== false);
  const stops = [explicit._subscribe(set), consentPurpose > 0 ? listenTcf(win, consentPurpose, set) : () => {}];
  if (consentEvent) {
    win.document.addEventListener(consentEvent, onEvent);
    stops.push(() => win.document.removeEventListener(consentEvent, onEvent));
  }
  return {
    _granted: () => granted,
    _onChange(cb) {
      subscribers.add(cb);
      return () => subscribers.delete(cb);
    },
    _destroy() {
      stops.forEach((stop) => stop());
      subscribers.clear();
    },
  };
}
