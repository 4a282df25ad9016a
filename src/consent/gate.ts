import { warn } from '../contain/warn';
import { explicitConsent, onExplicit } from './explicit';
import { listenTcf } from './tcf';

/** Where consent may come from. */
export interface ConsentOptions {
  /** TCF purpose whose consent is required. Default 1 ("Store and/or access information on a device"); 0 ignores the TCF API. */
  tcfPurpose?: number;
  /** A DOM event on `document` meaning "granted" (`detail === false` means withdrawn). */
  event?: string;
}

/** The consent state for one Politely instance. */
export interface ConsentGate {
  /** Whether consent is currently given. */
  readonly granted: boolean;
  /** Calls `cb` whenever `granted` changes; returns the unsubscribe function. */
  onChange(cb: (granted: boolean) => void): () => void;
  /** Grants consent (what `Politely.consent()` does for this gate). */
  grant(): void;
  /** Withdraws consent. */
  withdraw(): void;
  /** Stops listening to every source. */
  destroy(): void;
}

/**
 * Creates a consent gate: closed until the reader consents through the page's TCF v2 CMP, an
 * explicit `consent()`/`grant()` call, or the named DOM event. The latest signal from any
 * source wins, so a later refusal from the CMP closes the gate again. Never throws.
 */
export function createConsentGate(options: ConsentOptions = {}, win: Window = window): ConsentGate {
  const { tcfPurpose = 1, event } = options;
  const subs = new Set<(granted: boolean) => void>();
  let granted = !!explicitConsent;
  const set = (value: boolean) => {
    if (value == granted) return;
    granted = value;
    subs.forEach((cb) => {
      try {
        cb(value);
      } catch (e) {
        warn('a consent listener threw', e);
      }
    });
  };
  const onEvent = (e: Event) => set((e as CustomEvent).detail !== false);
  const stops = [onExplicit(set), tcfPurpose > 0 ? listenTcf(win, tcfPurpose, set) : () => {}];
  if (event) {
    win.document.addEventListener(event, onEvent);
    stops.push(() => win.document.removeEventListener(event, onEvent));
  }
  return {
    get granted() {
      return granted;
    },
    onChange(cb) {
      subs.add(cb);
      return () => subs.delete(cb);
    },
    grant: () => set(true),
    withdraw: () => set(false),
    destroy() {
      stops.forEach((stop) => stop());
      subs.clear();
    },
  };
}

/** Resolves once `gate` is granted (at once if it already is). */
export const whenGranted = (gate: ConsentGate): Promise<void> =>
  new Promise((resolve) => {
    if (gate.granted) return resolve();
    const off = gate.onChange((g) => g && (off(), resolve()));
  });
