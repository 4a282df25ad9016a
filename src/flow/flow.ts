import type { ResolvedOptions } from '../config/index';
import type { ConsentGate } from '../consent/index';
import { detect } from '../detect/index';
import type { Verdict } from '../detect/index';
import { countView, frequencyFacts, RELOAD_FLAG, type SafeStorage } from '../storage/index';
import { pageRuleAgainst, shouldShowAllows } from '../suppress/index';
import type { DebugLog } from './debug';
import { decide, type Decision, type Facts } from './decide';
import type { Lifetime } from './lifetime';

/** What the flow needs from its controller. */
export interface FlowContext {
  _options: ResolvedOptions;
  _lifetime: Lifetime;
  /** With `requireConsent`: the consent gate, once its file has arrived (`undefined` if it could not). */
  _gate?: Promise<ConsentGate | undefined>;
  _preview: boolean;
  _store: SafeStorage;
  _session: SafeStorage;
  _debug: DebugLog;
  /** Detection, with the options' settings; the controller hands each verdict to `onVerdict`. */
  _detect(): Promise<Verdict>;
  /** Whether the controller still runs (not destroyed, consent not withdrawn). */
  _running(): boolean;
  /** Consent withdrawn after it was given: stop, close the prompt, write nothing more. */
  _withdraw(): void;
}

/** The page's DOM is parsed: suppression reads it (`skipSelector`) and the prompt needs `<body>`. */
const domReady = (lifetime: Lifetime) => (document.readyState == 'loading' ? lifetime._until(document, 'DOMContentLoaded') : undefined);

/** Resolves once consent is granted, or when the lifetime ends. */
const consented = (gate: ConsentGate, lifetime: Lifetime) =>
  new Promise<void>((resolve) => {
    if (gate._granted()) return resolve();
    lifetime._onEnd(gate._onChange((granted) => granted && resolve()));
    lifetime._onEnd(resolve);
  });

/**
 * The first decision of a page view: consent → DOM ready → suppression → detection → the facts
 * → {@link decide}. Gathers the facts (reading storage, asking `shouldShow` last and only when it
 * would matter), logs each step, and resolves with the decision (`none` when the controller
 * stopped meanwhile). Preview skips suppression, detection and the frequency rules, and writes
 * nothing; the page-view count is written only when `minPageviews` needs it.
 */
export async function firstDecision(c: FlowContext): Promise<Decision> {
  const o = c._options;
  const stopped: Decision = { _show: 'none', _why: 'not blocked' };
  if (c._gate) {
    // Nothing before consent: no bait, no request, no storage read, nothing shown.
    const gate = await c._gate;
    if (!gate || !c._running()) return stopped;
    if (!gate._granted()) {
      c._debug({ _step: 'consent', _granted: false });
      await consented(gate, c._lifetime);
      if (!c._running()) return stopped;
      c._debug({ _step: 'consent', _granted: true });
    }
    c._lifetime._onEnd(gate._onChange((granted) => granted || c._withdraw()));
  }
  await domReady(c._lifetime);
  if (!c._running()) return stopped;
  const suppressedBy = c._preview ? undefined : pageRuleAgainst(o);
  if (suppressedBy) {
    c._debug({ _step: 'suppressed', _rule: suppressedBy });
    if (!o.detectWhenSuppressed) return { _show: 'none', _why: 'suppressed' };
  }
  const reloaded = !!c._session._get(RELOAD_FLAG);
  c._session._remove(RELOAD_FLAG);
  const counts = !c._preview && !suppressedBy && o.minPageviews > 1;
  const facts: Facts = {
    _preview: c._preview,
    _suppressedBy: suppressedBy,
    _views: counts ? countView(c._store) : 1,
    _minPageviews: o.minPageviews,
    _dismissDays: o.dismissDays,
    _periodHours: o.periodHours,
    ...frequencyFacts(c._store),
    _reloaded: reloaded,
  };
  if (!c._preview) {
    facts._verdict = await c._detect();
    if (!c._running()) return stopped;
    c._debug({ _step: 'verdict', _verdict: facts._verdict });
  }
  let decision = decide(facts);
  if (decision._show == 'ask' && facts._verdict && o.shouldShow) {
    facts._shouldShow = shouldShowAllows(o.shouldShow, facts._verdict);
    decision = decide(facts);
  }
  c._debug({ _step: 'decision', _decision: decision, _facts: facts });
  return decision;
}

/**
 * Detection with the options' settings (one shared detection per page unless `recheck`).
 * `detect()` copies what it is given, so the options' own array is passed as it is.
 */
export const detectWith = (o: ResolvedOptions, recheck?: boolean): Promise<Verdict> =>
  detect({ timeout: o.timeout, adScripts: o.adScripts, probeUrl: o.probeUrl, recheck });
