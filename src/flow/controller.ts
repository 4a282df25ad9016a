import { guard, safeCall, safeRead } from '../contain/guard';
import { warn } from '../contain/warn';
import { shown as quoted } from '../config/resolve';
import type { ResolvedOptions } from '../config/types';
import { createConsentGate } from '../consent/index';
import { detect } from '../detect/index';
import type { Verdict } from '../detect/types';
import { RELOAD_FLAG, rememberDismissal, rememberShown, safeStorage } from '../storage/index';
import type { View, ViewModule } from './contract';
import { debugLog } from './debug';
import { emit } from './events';
import { flow } from './flow';
import { lifetime } from './lifetime';
import { placement } from './placement';
import { viewLoader } from './view-loader';

/** What `init()` returns. */
export interface PolitelyController {
  /** Shows the prompt now, whatever detection and the frequency rules say (consent still applies). */
  show(): void;
  /** Hides the prompt without remembering a dismissal. */
  hide(): void;
  /** Runs a fresh detection; while the prompt is open it thanks the reader or offers a reload. */
  recheck(): Promise<Verdict>;
  /** Removes every node, listener and timer this controller added; `init()` may be called again. */
  destroy(): void;
  /** Settles once the first detection has been acted on (the prompt painted, or not shown). */
  readonly ready: Promise<void>;
}

/** Where the controller gets the prompt's code: a dynamic import, and its URL for messages. */
export interface ViewSource {
  load(attempt: number): Promise<ViewModule>;
  url: string;
}

/** What `recheck()` answers while consent is missing: no detection ran. */
const noConsent = (): Verdict => {
  const off = 'off' as const;
  return {
    blocked: false,
    signals: { bait: off, adSlots: off, adStack: off, standIn: off, network: off, probe: off },
    elapsedMs: 0,
    reason: 'no consent',
  };
};

const param = (name: string) => safeRead(() => new URLSearchParams(location.search).has(name));

/**
 * A controller: the flow that decides (consent → DOM ready → suppression → detection → decide),
 * the public methods, and the view, fetched when the prompt is about to show. Everything it
 * listens to or waits for belongs to one lifetime, ended by `destroy()`.
 */
export function createController(o: ResolvedOptions, source: ViewSource, onDestroy: () => void): PolitelyController {
  const life = lifetime();
  const preview = !!(o.preview || (o.previewParam && param('politely-preview')));
  const log = debugLog(o.debug || (o.previewParam && param('politely-debug')));
  const store = safeStorage(o.storage);
  // The reload flag lives in sessionStorage, unless the publisher asked for no storage at all.
  const session = safeStorage(o.storage == 'none' || o.storage == 'memory' ? o.storage : 'session');
  const gate = o.requireConsent ? createConsentGate({ tcfPurpose: o.consentPurpose, event: o.consentEvent }) : undefined;
  if (gate) life.onEnd(() => gate.destroy());
  const loadView = viewLoader(source.load, source.url, (detail) => emit('error', detail, o.onError));
  let view: View | undefined;
  let open = false;
  /** A show is wanted (a later `hide()` cancels one still fetching the prompt). */
  let wanted = false;
  /** Consent withdrawn: no more checks, nothing shown, nothing written, for this page view. */
  let stopped = false;
  const live = () => !life.signal.aborted && !stopped && (!gate || gate.granted);
  const fresh = () =>
    detect({ timeout: o.timeout, adScripts: o.adScripts && [...o.adScripts], probeUrl: o.probeUrl, recheck: true }).then(
      (v) => (safeCall(o.onVerdict, v), v),
    );

  async function show(thanks = false, retry?: boolean): Promise<void> {
    if (!live() || open) return;
    wanted = true;
    const m = await loadView(retry);
    // A head script without defer: wait for <body> (and inline targets) to exist.
    if (!document.body) await life.until(document, 'DOMContentLoaded');
    if (!m || !live() || open || !wanted) return;
    const targets = o.mode == 'inline' && o.target ? [...document.querySelectorAll(o.target)] : [];
    if (o.mode == 'inline' && o.target && !targets.length) warn(`no element matches the target ${quoted(o.target)}; showing a banner`);
    const mode = placement(o.mode, thanks, targets.length);
    try {
      view ||= m.createView({
        o,
        preview,
        life,
        emit,
        detect: fresh,
        dismissed: () => preview || rememberDismissal(store, o.dismissDays),
        reloading: () => session.set(RELOAD_FLAG, '1'),
        closed: () => (open = false),
      });
      open = true;
      view.open(mode, mode == 'inline' ? targets : [document.body], thanks);
    } catch (e) {
      // A page that broke what the prompt needs (Shadow DOM, say): nothing shown, nothing remembered.
      open = false;
      return warn('could not show the prompt:', e);
    }
    if (!preview && !thanks) rememberShown(store);
    log(`shown: ${mode}${thanks ? ', thank-you' : ''}${preview ? ', preview' : ''}`);
  }

  function hide(reason: 'api' | 'destroy' | 'consent' = 'api') {
    wanted = false;
    if (open) view!.close(reason);
  }

  async function recheck(): Promise<Verdict> {
    // Without consent (not given yet, or withdrawn) no check runs at all.
    if (stopped || (gate && !gate.granted)) return noConsent();
    return open ? view!.recheck() : fresh();
  }

  const ready = flow({
    o,
    life,
    gate,
    preview,
    store,
    session,
    log,
    verdict: (v) => (safeCall(o.onVerdict, v), !stopped),
    prefetch: () => void loadView(),
    show,
    withdraw() {
      stopped = true;
      hide('consent');
    },
  }).catch((e) => warn('init failed:', e));
  // Every way in from the page is guarded: a failure logs one warning and changes nothing.
  return {
    show: guard(() => void show(false, true).catch((e) => warn('internal error:', e))),
    hide: guard(() => hide()),
    recheck: () => recheck().catch((e) => (warn('internal error:', e), noConsent())),
    destroy: guard(() => {
      if (life.signal.aborted) return;
      hide('destroy');
      life.end();
      onDestroy();
    }),
    ready,
  };
}
