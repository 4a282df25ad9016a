import { findSlots, slotFrames, slotsHidden } from './ad-slots';
import { watchAdStack } from './ad-stack';
import { layBait, type Bait } from './bait';
import { now } from './env';
import { dispatch } from './event';
import {
  BLOCKED,
  CLEAR,
  INCONCLUSIVE,
  OFF,
  SIGNAL_NAMES,
  canAnswerBlocked,
  isBlocked,
  looksClean,
  type Evidence,
  type Seen,
} from './evidence';
import { DETECT_DEFAULTS, readDetectOptions } from './options';
import type { DetectOptions, Signals, Verdict } from './types';

let shared: Promise<Verdict> | undefined;

/** The confirming requests' code: a chunk of its own, fetched only when there is something to confirm. */
let confirmation = (): Promise<typeof import('./network')> => import('./network');

/**
 * Where that code comes from instead: the script tag fetches its file from beside itself, as it
 * does its other files. @internal
 */
export const fetchConfirmationFrom = (load: typeof confirmation): void => void (confirmation = load);

/** The signals, in the order the verdict lists them. */
const SIGNALS = ['bait', 'adSlots', 'adStack', 'standIn', 'network', 'probe'] as const;

/**
 * One detection. It wakes on what the browser reports, never on a poll: a `ResizeObserver` on
 * the bait and the page's ad slots (it fires when a blocker's stylesheet takes their box away,
 * and once when they are first laid out), the ad scripts' `load` and `error` events, the
 * document's `readystatechange`, a confirming request's answer, and one timer for the deadline.
 * Boxes are read only inside the observer's callback, where the browser has just computed
 * styles, so detection never makes the page restyle early.
 *
 * "Blocked" as soon as the evidence is in ({@link canAnswerBlocked}); "not blocked" at the
 * deadline, which runs from when there is a `<body>`, or at half of it on a page that looks
 * clean ({@link looksClean}).
 */
async function run(options: DetectOptions): Promise<Verdict> {
  const start = now();
  const d = globalThis.document;
  const evidence: Evidence = {
    bait: OFF,
    adSlots: OFF,
    adStack: OFF,
    standIn: OFF,
    network: OFF,
    probe: OFF,
    _libraryRanOrLoading: false,
    _realMark: false,
  };
  let reason: string | undefined;
  try {
    if (!d) throw 'no DOM';
    await new Promise<void>((finish, fail) => {
      // Within what a timer can wait (a larger delay would fire at once, again and again).
      const wait = Math.min(Math.max(options.timeout ?? DETECT_DEFAULTS.timeout, 0), 6e4) || 0;
      // Every listener of this detection ends with it.
      const listening = new AbortController();
      const { signal } = listening;
      let deadline = 0;
      let askedNetwork = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let timerAt = 0;
      const slots: Element[] = [];
      let bait: Bait | undefined;

      // A signal that throws (a hostile page) is inconclusive; the others go on.
      const look = (name: keyof Signals, read: () => Seen) => {
        try {
          evidence[name] = read();
        } catch {
          evidence[name] = INCONCLUSIVE;
        }
      };
      const ask = (name: 'network' | 'probe', url?: string) => {
        evidence[name] = undefined;
        const answer = (seen: Seen) => ((evidence[name] = seen), wake());
        // A chunk that cannot be fetched (npm builds) leaves the question inconclusive.
        confirmation()
          .then((network) => network.confirm(d, answer, url))
          .catch(() => answer(INCONCLUSIVE));
      };
      /** Boxes: read only where styles are up to date (the observer's callback). */
      const lookAtBoxes = () => {
        if (bait) look('bait', bait._read);
        look('adSlots', () => slotsHidden(slots));
      };
      // (A page that removed ResizeObserver gets "not blocked", with the error as the reason.)
      const observer = new ResizeObserver(() => (lookAtBoxes(), wake()));
      const readAdStack = watchAdStack(d, options.adScripts!, () => wake(), signal);
      /** Ends the watch: nothing of ours stays on the page, and nothing wakes it again. */
      const stop = () => {
        listening.abort();
        clearTimeout(timer);
        try {
          observer.disconnect();
          bait?._remove();
        } catch {
          // A page that broke removing elements: the verdict still comes.
        }
      };

      /** Scripts, globals and attributes need no layout: they are read on every wake-up. */
      function lookAtScripts() {
        for (const slot of findSlots(d))
          if (!slots.includes(slot)) {
            slots.push(slot);
            observer.observe(slot);
          }
        look('adStack', () => {
          const stack = readAdStack(d.readyState == 'complete');
          const frames = slotFrames(slots);
          evidence._libraryRanOrLoading = stack._ran || stack._pending;
          evidence._realMark = stack._realMark || frames._real;
          // Clear: AdSense or GPT answered with marks of its own; off: nothing answered yet.
          evidence.standIn = stack._standIn || frames._standIn ? BLOCKED : stack._ran || frames._real ? CLEAR : OFF;
          return stack._seen;
        });
      }
      function wake() {
        if (signal.aborted) return;
        try {
          lookAtScripts();
          if (options.confirm !== false && !askedNetwork && (evidence.adStack == BLOCKED || evidence.standIn == BLOCKED)) {
            askedNetwork = true;
            ask('network');
          }
          if (!deadline && d.body) deadline = now() + wait;
          const halfway = deadline - wait / 2;
          const ended =
            canAnswerBlocked(evidence) ||
            (deadline && (now() >= deadline || (now() >= halfway && looksClean(evidence, d.readyState == 'complete'))));
          if (ended) return (stop(), finish());
          // One timer, set again only when its time changes (from half the deadline to the deadline).
          const next = now() < halfway ? halfway : deadline;
          if (deadline && next != timerAt) {
            clearTimeout(timer);
            timerAt = next;
            // (A timer may fire a little before the clock reads its time: it is then set again.)
            timer = setTimeout(() => ((timerAt = 0), wake()), Math.max(0, next - now()));
          }
        } catch (e) {
          // Anything thrown ends detection, with its message as the verdict's `reason` (below).
          stop();
          fail(e);
        }
      }

      try {
        if (options.probeUrl) ask('probe', options.probeUrl);
        if (options.bait !== false) {
          bait = layBait(d);
          // Unknown until the browser has laid it out (a page never rendered stays inconclusive).
          evidence.bait = INCONCLUSIVE;
          for (const el of bait._elements) observer.observe(el);
        }
        d.addEventListener('readystatechange', wake, { signal });
        // A script in <head> without defer runs before <body> exists: the deadline waits for it.
        if (!d.body) d.addEventListener('DOMContentLoaded', wake, { signal });
        wake();
      } catch (e) {
        stop();
        fail(e);
      }
    });
  } catch (e) {
    reason = String(e);
  }
  const signals = {} as Signals;
  // A question still waiting for its answer at the deadline is inconclusive.
  for (const name of SIGNALS) signals[name] = SIGNAL_NAMES[evidence[name] ?? INCONCLUSIVE];
  const verdict: Verdict = { blocked: !reason && isBlocked(evidence), signals, elapsedMs: Math.round(now() - start) };
  if (reason) verdict.reason = reason;
  try {
    dispatch(d, 'verdict', verdict);
  } catch {
    // No document: the promise still carries the verdict.
  }
  return verdict;
}

/**
 * Finds out whether an ad blocker is at work on this page.
 *
 * Never rejects or throws, whatever it is given: without a DOM, or on an internal error, it
 * resolves "not blocked" with a `reason`; options it cannot read are warned about and replaced by
 * the defaults. One detection per page load is shared by every caller; pass `{ recheck: true }`
 * for a fresh one (after the reader says they allowlisted the site). Every detection it runs
 * dispatches a `politely:verdict` event on `document` with the verdict as `detail`.
 *
 * @example
 * const { blocked, signals } = await detect();
 */
export function detect(options?: DetectOptions): Promise<Verdict> {
  const settings = readDetectOptions(options);
  if (!shared || settings.recheck) shared = run(settings);
  return shared;
}
