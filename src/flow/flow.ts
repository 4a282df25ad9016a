import { safeRead } from '../contain/guard';
import type { ResolvedOptions } from '../config/types';
import type { ConsentGate } from '../consent/index';
import { detect } from '../detect/index';
import type { Verdict } from '../detect/types';
import { countView, heldBack, RELOAD_FLAG, type SafeStorage } from '../storage/index';
import { shouldSuppress, type SuppressReason } from '../suppress/index';
import type { Lifetime } from './lifetime';

/** What the flow needs from its controller. */
export interface FlowContext {
  o: ResolvedOptions;
  life: Lifetime;
  gate?: ConsentGate;
  preview: boolean;
  store: SafeStorage;
  session: SafeStorage;
  log: (message: string) => void;
  /** Hands a verdict to the controller (the `onVerdict` callback); `false` when the controller stopped (consent withdrawn). */
  verdict(v: Verdict): boolean;
  /** Starts fetching the prompt's code: the decision to show is made. */
  prefetch(): void;
  /** Shows the prompt (`thanks`: the brief thank-you after a reload); settles once it is painted. */
  show(thanks?: boolean): Promise<void>;
  /** Consent withdrawn after it was given: stop, close the prompt, write nothing more. */
  withdraw(): void;
}

/** The rule behind each suppression, for the debug log. */
const WHY: Record<SuppressReason, string> = {
  cookie: 'skipCookie',
  storage: 'skipStorageKey',
  selector: 'skipSelector',
  automation: 'skipBots (an automated browser: navigator.webdriver)',
  crawler: 'skipBots (a crawler or headless user agent)',
  callback: 'shouldShow',
};

/** The page's DOM is parsed: suppression reads it (`skipSelector`) and the prompt needs `<body>`. */
const domReady = (life: Lifetime) => (document.readyState == 'loading' ? life.until(document, 'DOMContentLoaded') : undefined);

/** Resolves once consent is granted, or when the lifetime ends. */
const consented = (gate: ConsentGate, life: Lifetime) =>
  new Promise<void>((resolve) => {
    if (gate.granted) return resolve();
    const off = gate.onChange((granted) => granted && resolve());
    life.onEnd(resolve);
    life.onEnd(off);
  });

/**
 * The decision, top to bottom: consent → DOM ready → suppression → detection → decide. Preview
 * skips suppression, detection and the frequency rules, and remembers nothing. Resolves once the
 * first verdict has been acted on (the prompt painted, or not shown).
 */
export async function flow(c: FlowContext): Promise<void> {
  const { o, life, log } = c;
  if (c.gate && !c.gate.granted) {
    // Nothing before consent: no bait, no request, no storage read, nothing shown.
    log('consent: waiting');
    await consented(c.gate, life);
    if (life.signal.aborted) return;
    log('consent: granted');
  }
  if (c.gate) life.onEnd(c.gate.onChange((granted) => granted || c.withdraw()));
  await domReady(life);
  if (life.signal.aborted) return;
  const suppressed = !c.preview && shouldSuppress(o);
  if (suppressed) log(`suppressed by ${WHY[suppressed]}`);
  if (suppressed && !o.detectWhenSuppressed) return;
  const reloaded = c.session.get(RELOAD_FLAG);
  c.session.remove(RELOAD_FLAG);
  const views = c.preview || suppressed ? 0 : countView(c.store);
  const delay = life.sleep(o.delay);
  if (c.preview) {
    c.prefetch();
    await delay;
    return c.show();
  }
  const v = await detect({ timeout: o.timeout, adScripts: o.adScripts && [...o.adScripts], probeUrl: o.probeUrl });
  if (life.signal.aborted || !c.verdict(v)) return;
  log(`verdict: ${v.blocked ? 'blocked' : 'not blocked'} in ${v.elapsedMs} ms; ${safeRead(() => JSON.stringify(v.signals))}`);
  if (suppressed) return;
  if (v.blocked) {
    const held = heldBack(c.store, o, views) || (shouldSuppress(o, v) && WHY.callback);
    if (held) return log('not shown, held back by ' + held);
    c.prefetch();
    await delay;
    return c.show();
  }
  if (reloaded) {
    // The reader allowlisted and reloaded: a brief thank-you.
    c.prefetch();
    await delay;
    return c.show(true);
  }
}
