import { h } from 'preact';
import { detect } from '../detect/index';
import type { Verdict } from '../detect/types';
import type { ActionDetail, HideDetail, ResolvedOptions } from '../config/types';
import { warn } from '../config/warn';
import { pickLocale } from '../locales/select';
import { allowed, countView, RELOAD_FLAG, rememberDismissal, rememberShown, safeStorage } from '../storage/index';
import { handleKey } from '../ui/keys';
import { mount, type Mount } from '../ui/mount';
import { Prompt, type Phase, type UiEvent, type UiState } from '../ui/prompt';
import { BLOCKERS } from '../ui/steps';
import { createConsentGate } from '../consent/index';
import { shouldSuppress } from '../suppress/index';
import { emit, safeCall } from './events';
import { guard } from './guard';

/** What `init()` returns. */
export interface PolitelyController {
  /** Shows the prompt now, whatever detection and the frequency rules say. */
  show(): void;
  /** Hides the prompt without remembering a dismissal. */
  hide(): void;
  /** Runs a fresh detection; while the prompt is open it thanks the reader or offers a reload. */
  recheck(): Promise<Verdict>;
  /** Removes every node, listener and timer this controller added; `init()` may be called again. */
  destroy(): void;
  /** Settles once the first detection has been acted on (prompt shown or not). */
  readonly ready: Promise<void>;
}

/** What `recheck()` answers while consent is missing: no detection ran. */
const NO_CONSENT: Verdict = Object.freeze({
  blocked: false,
  signals: { bait: 'off', adStack: 'off', probe: 'off' },
  elapsedMs: 0,
  reason: 'no consent',
}) as Verdict;

/** Milliseconds the thank-you stays before the prompt closes itself. */
const THANKS_MS = 3000;

const previewParam = () => {
  try {
    return new URLSearchParams(location.search).has('politely-preview');
  } catch {
    return false;
  }
};

/** Builds a controller from validated options and starts it. */
export function createController(o: ResolvedOptions, onDestroy: () => void): PolitelyController {
  const store = safeStorage(o.storage);
  // The reload flag lives in sessionStorage, unless the publisher asked for no storage at all.
  const session = safeStorage(o.storage == 'none' || o.storage == 'memory' ? o.storage : 'session');
  const locale = pickLocale(o.locale, o.texts);
  const detectOptions = { timeout: o.timeout, adScripts: o.adScripts && [...o.adScripts], probeUrl: o.probeUrl };
  const preview = o.preview || (o.previewParam && previewParam());
  let mode = o.mode;
  let mounts: Mount[] = [];
  let state: UiState = { phase: 'ask', blocker: 0 };
  let returnTo: Element | null = null;
  let dead = false;
  // Consent withdrawn: no more checks, nothing shown, nothing written, for this page view.
  let stopped = false;
  const cleanups = new Set<() => void>();
  const gate = o.requireConsent ? createConsentGate({ tcfPurpose: o.consentPurpose, event: o.consentEvent }) : undefined;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const wakers = new Set<() => void>();
  let whenBody: (() => void) | undefined;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const id = setTimeout(() => {
        timers.delete(id);
        wakers.delete(resolve);
        resolve();
      }, ms);
      timers.add(id);
      wakers.add(resolve);
    });
  // Cancelled sleeps resolve at once, so nothing awaiting them hangs.
  const stopTimers = () => {
    timers.forEach(clearTimeout);
    timers.clear();
    wakers.forEach((wake) => wake());
    wakers.clear();
  };
  const action = (a: ActionDetail['action'], blocker?: string) =>
    emit('action', blocker ? { action: a, blocker } : { action: a }, o.onAction);
  const focused = () => mounts.find((m) => document.activeElement == m.host);
  const close = () => (state.phase == 'thanks' ? hide('thanks') : dismiss());

  function paint() {
    for (const m of mounts)
      m.paint(
        h(Prompt, {
          o,
          mode,
          locale,
          state,
          preview,
          on: onUi,
          onKey: guard((e: KeyboardEvent) => handleKey(e, m.root, mode == 'modal', close)),
        }),
      );
  }

  function setPhase(phase: Phase) {
    state = { ...state, phase };
    paint();
  }

  // Preact calls these from the reader's clicks and keys: guarded like the public methods.
  const onUi = guard(on);
  function on(e: UiEvent, arg?: number) {
    if (e == 'dismiss') return dismiss();
    if (e == 'recheck') {
      if (state.phase != 'checking') {
        action('recheck');
        void recheck();
      }
      return;
    }
    if (e == 'reload') {
      action('reload');
      // After the reload, a load with no blocker says thank you (see start()).
      session.set(RELOAD_FLAG, '1');
      return location.reload();
    }
    if (e == 'allowlist-help') {
      state = { ...state, help: !state.help };
      if (state.help) action('allowlist-help');
    } else if (e == 'blocker') {
      state = { ...state, blocker: arg! };
      action('blocker', BLOCKERS[arg!] || 'other');
    } else action('support');
    paint();
  }

  function show(thanks = false) {
    if (dead || stopped || (gate && !gate.granted) || mounts.length) return;
    if (!document.body) {
      // A head script without defer: wait for <body> (and inline targets) to exist.
      document.addEventListener('DOMContentLoaded', (whenBody = () => ((whenBody = undefined), show(thanks))), { once: true });
      return;
    }
    let parents: Element[] = [document.body];
    if (mode == 'inline') {
      const found = [...document.querySelectorAll(o.target!)];
      if (found.length) parents = found;
      else {
        warn(`no element matches target ${o.target}; using banner`);
        mode = 'banner';
      }
    }
    returnTo = document.activeElement;
    mounts = parents.map((p) => mount(p, o));
    paint();
    // Only the modal takes focus (onto the dialog itself, so its label and description are read).
    if (mode == 'modal') mounts[0].root.querySelector<HTMLElement>('.kc')!.focus();
    if (!preview && !thanks) rememberShown(store);
    emit('show', { mode, preview, thanks }, o.onShow);
  }

  function hide(reason: HideDetail['reason'] = 'api') {
    if (!mounts.length) return;
    const hadFocus = !!focused();
    stopTimers();
    mounts.forEach((m) => m.remove());
    mounts = [];
    state = { phase: 'ask', blocker: state.blocker };
    // Focus goes back where it was: always from the modal, from the others only if it was inside.
    if (hadFocus || mode == 'modal') (returnTo as HTMLElement | null)?.focus?.();
    returnTo = null;
    emit('hide', { reason }, o.onHide);
  }

  function dismiss() {
    if (!preview) rememberDismissal(store, o.dismissDays);
    action('dismiss');
    emit('dismiss', { days: o.dismissDays }, o.onDismiss);
    hide('dismiss');
  }

  async function recheck(): Promise<Verdict> {
    // Without consent (not given yet, or withdrawn) no check runs at all.
    if (stopped || (gate && !gate.granted)) return NO_CONSENT;
    const open = mounts.length > 0;
    if (open) guard(setPhase)('checking');
    const v = await detect({ ...detectOptions, recheck: true });
    if (dead) return v;
    try {
      safeCall(o.onVerdict, v);
      if (open && mounts.length) {
        const inside = focused();
        setPhase(v.blocked ? 'still' : 'thanks');
        // The button the reader pressed is gone: move focus to what replaced it.
        inside?.root.querySelector<HTMLElement>(v.blocked ? '.kl' : '.kc')?.focus();
        if (!v.blocked) {
          await sleep(THANKS_MS);
          hide('thanks');
        }
      }
    } catch (e) {
      warn('internal error:', e);
    }
    return v;
  }

  function destroy() {
    if (dead) return;
    hide('destroy');
    dead = true;
    stopTimers();
    if (whenBody) document.removeEventListener('DOMContentLoaded', whenBody);
    cleanups.forEach((cleanup) => cleanup());
    gate?.destroy();
    onDestroy();
  }

  // Resolves at once when `already`, else at `event` (or when the controller dies): the listener
  // never outlives `destroy()`.
  const until = (event: string, target: EventTarget, already: boolean) =>
    new Promise<void>((resolve) => {
      if (already) return resolve();
      const end = () => {
        target.removeEventListener(event, end);
        cleanups.delete(end);
        resolve();
      };
      target.addEventListener(event, end);
      cleanups.add(end);
    });

  async function start() {
    try {
      if (gate) {
        // Nothing before consent: no bait, no request, no storage read, nothing shown.
        await new Promise<void>((resolve) => {
          // Settles on consent, or on destroy (then `dead` ends start below).
          const done = () => {
            off();
            cleanups.delete(done);
            resolve();
          };
          const off = gate!.onChange((granted) => granted && done());
          cleanups.add(done);
          if (gate!.granted) done();
        });
        if (dead) return;
        // Withdrawn later: stop checking, close the prompt, write nothing.
        cleanups.add(gate.onChange((granted) => !granted && withdraw()));
      }
      // The page rules read the DOM (skipSelector): wait for it to be parsed.
      await until('DOMContentLoaded', document, document.readyState != 'loading');
      if (dead) return;
      const suppressed = !preview && shouldSuppress(o);
      if (suppressed && !o.detectWhenSuppressed) return;
      const reloaded = session.get(RELOAD_FLAG);
      session.remove(RELOAD_FLAG);
      const views = preview || suppressed ? 0 : countView(store);
      const delay = sleep(o.delay);
      if (preview) {
        await delay;
        return show();
      }
      const [v] = await Promise.all([detect(detectOptions), delay]);
      if (dead || stopped) return;
      safeCall(o.onVerdict, v);
      if (suppressed) return;
      if (v.blocked) {
        if (allowed(store, o, views) && !shouldSuppress(o, v)) show();
      } else if (reloaded) {
        // The reader allowlisted and reloaded: a brief thank-you, never as a focus-taking modal.
        if (mode == 'modal') mode = 'corner';
        state = { ...state, phase: 'thanks' };
        show(true);
        await sleep(THANKS_MS);
        hide('thanks');
      }
    } catch (e) {
      warn('init failed:', e);
    }
  }

  function withdraw() {
    stopped = true;
    stopTimers();
    hide('consent');
  }

  const ready = start();
  // Every way in from the page is guarded: a failure logs one warning and changes nothing.
  return { show: guard(() => show()), hide: guard(() => hide()), recheck, destroy: guard(destroy), ready };
}
