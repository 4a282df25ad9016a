import { guard, safeCall, safeRead, say, warn } from '../contain/index';
import type { HideDetail, ShowDetail, ResolvedOptions } from '../config/index';
import type { ConsentGate, ConsentModule, ExplicitConsent } from '../consent/index';
import type { Verdict } from '../detect/index';
import { RELOAD_FLAG, rememberDismissal, rememberShown, safeStorage } from '../storage/index';
import type { DiagnosticsModule, Host, View } from './contract';
import { debugLog } from './debug';
import { emit } from './events';
import { detectWith, firstDecision } from './flow';
import { lifetime as startLifetime } from './lifetime';
import { viewLoader, type ViewSource } from './sources';
import { version } from '../version';

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

/** Where a controller gets the code it fetches when needed, and the page's explicit consent. */
export interface ControllerSources {
  _view: ViewSource;
  _diagnostics(): Promise<DiagnosticsModule | undefined>;
  /** The consent file, fetched only with `requireConsent`. */
  _consent(): Promise<ConsentModule>;
  _explicit: ExplicitConsent;
}

/**
 * The controller's one state:
 * - `waiting`: the first decision is being made (consent, the DOM, detection);
 * - `idle`: nothing shown (decided so, or closed);
 * - `loading`: fetching the prompt's code to show it;
 * - `open`: the prompt is on the page;
 * - `stopped`: consent was withdrawn — nothing more is checked, shown or written;
 * - `ended`: destroyed.
 * `show`, `hide`, `recheck` and `destroy` are its transitions.
 */
type State = 'waiting' | 'idle' | 'loading' | 'open' | 'stopped' | 'ended';

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

/** The element a reader used to ask for the prompt (`data-politely-open`), if the event came from one. */
const opener = (e: Event) => safeRead(() => (e.target as Element).closest?.('[data-politely-open]'));

/**
 * A controller: the first decision ({@link firstDecision}), the public methods, and the view,
 * fetched when the prompt is about to show. Everything it listens to or waits for belongs to one
 * lifetime, ended by `destroy()`.
 */
export function createController(o: ResolvedOptions, sources: ControllerSources, onDestroy: () => void): PolitelyController {
  const lifetime = startLifetime();
  const preview = !!(o.preview || (o.previewParam && param('politely-preview')));
  const debug = debugLog(o.debug || (o.previewParam && param('politely-debug')), sources._diagnostics);
  const store = safeStorage(o.storage);
  // The reload flag lives in sessionStorage, unless the publisher asked for no storage at all.
  const session = safeStorage(o.storage == 'none' || o.storage == 'memory' ? o.storage : 'session');
  // With requireConsent, the gate arrives with its file; until then (and if it never can),
  // consent is missing, and nothing runs.
  let gate: ConsentGate | undefined;
  const gateReady = o.requireConsent
    ? sources
        ._consent()
        .then((m) => {
          if (m?.version !== version) throw `it is release ${m?.version}, the script ${version}`;
          gate = m.createConsentGate(o, sources._explicit);
          lifetime._onEnd(() => gate!._destroy());
          return gate;
        })
        .catch((e) => void say('consentLoad', [String(e)]))
    : undefined;
  const loadView = viewLoader(sources._view, (detail) => emit('error', detail, o.onError));
  let state: State = 'waiting';
  let view: View | undefined;
  let latest: Verdict | undefined;
  const running = () => state != 'stopped' && state != 'ended';
  const consented = () => !o.requireConsent || !!gate?._granted();
  const detectFresh = (recheck: boolean) =>
    detectWith(o, recheck).then((v) => {
      latest = v;
      if (running()) safeCall(o.onVerdict, v);
      return v;
    });

  const host: Host = {
    _options: o,
    _preview: preview,
    _lifetime: lifetime,
    _verdict: () => latest,
    _emit: (name, detail, callback) => {
      emit(name, detail, callback);
      if (name == 'show') debug({ _step: 'shown', _detail: detail as ShowDetail });
    },
    _detect: () => detectFresh(true),
    _dismissed: () => preview || rememberDismissal(store, o.dismissDays),
    _reloading: () => session._set(RELOAD_FLAG, '1'),
    _closed: () => {
      if (state == 'open') state = 'idle';
    },
  };

  /** waiting | idle → loading → open; a failed fetch or a page that broke the prompt → idle. */
  async function show(trigger: ShowDetail['trigger'], thanks = false): Promise<void> {
    if (!running() || state == 'loading' || state == 'open' || !consented()) return;
    state = 'loading';
    // A show the page or the reader asks for tries again after a failed fetch.
    const module = await loadView(trigger == 'api' || trigger == 'link');
    // A head script without defer: wait for <body> (and inline targets) to exist.
    if (!document.body) await lifetime._until(document, 'DOMContentLoaded');
    // hide(), destroy() or a withdrawal while the prompt's code was on its way.
    if (state != 'loading') return;
    state = 'idle';
    if (!module || !consented()) return;
    try {
      view ||= module.createView(host);
      state = 'open';
      await view._open({ _thanks: thanks, _trigger: trigger });
    } catch (e) {
      // A page that broke what the prompt needs (Shadow DOM, say): nothing shown, nothing remembered.
      state = 'idle';
      return warn('could not show the prompt:', e);
    }
    if (!preview && !thanks && trigger != 'link') rememberShown(store, o.periodHours);
  }

  /** loading → idle (the show is cancelled); open → idle, through the view. */
  function hide(reason: HideDetail['reason']) {
    if (state == 'loading') state = 'idle';
    if (state == 'open') view!._close(reason);
  }

  function recheck(): Promise<Verdict> {
    // Without consent (not given yet, or withdrawn) no check runs at all.
    if (!running() || !consented()) return Promise.resolve(noConsent());
    return state == 'open' ? view!._recheck() : detectFresh(true);
  }

  // A reader who asks for the prompt (a "Why ads?" link): any element with data-politely-open.
  const onOpen = guard((e: Event) => {
    if (!opener(e) || (e.type == 'keydown' && ((e as KeyboardEvent).key != 'Enter' || (e.target as Element).matches('a[href],button'))))
      return;
    e.preventDefault();
    void show('link');
  });
  document.addEventListener('click', onOpen, { signal: lifetime._signal });
  document.addEventListener('keydown', onOpen, { signal: lifetime._signal });

  const ready = firstDecision({
    _options: o,
    _lifetime: lifetime,
    _gate: gateReady,
    _preview: preview,
    _store: store,
    _session: session,
    _debug: debug,
    _detect: () => detectFresh(false),
    _running: running,
    _withdraw() {
      hide('consent');
      state = 'stopped';
    },
  })
    .then(async (decision) => {
      if (state == 'waiting') state = 'idle';
      if (decision._show == 'none' || !running()) return;
      // The decision to show is made: fetch the prompt's code while the delay runs.
      void loadView();
      await lifetime._sleep(o.delay);
      await show(preview ? 'preview' : 'detection', decision._show == 'thanks');
    })
    .catch((e) => warn('init failed:', e));

  // Every way in from the page is guarded: a failure logs one warning and changes nothing.
  return {
    show: guard(() => void show('api').catch((e) => warn('internal error:', e))),
    hide: guard(() => hide('api')),
    recheck: () => recheck().catch((e) => (warn('internal error:', e), noConsent())),
    destroy: guard(() => {
      if (state == 'ended') return;
      hide('destroy');
      state = 'ended';
      lifetime._end();
      onDestroy();
    }),
    ready,
  };
}
