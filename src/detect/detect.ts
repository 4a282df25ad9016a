import { adSlots } from './ad-slots';
import { adStackProbe } from './ad-stack';
import { baitProbe } from './bait';
import { now } from './env';
import { dispatch } from './event';
import { BLOCKED, CLEAR, INCONCLUSIVE, NAMES, type Probe, type Seen } from './probe';
import { gptStandIn } from './stand-in';
import type { DetectOptions, Signals, Verdict } from './types';

let shared: Promise<Verdict> | undefined;

async function run(o: DetectOptions): Promise<Verdict> {
  const start = now();
  const d = globalThis.document;
  // What each probe saw; `undefined` while the network or request probe waits for an answer.
  const s: Record<keyof Signals, Seen | undefined> = { bait: 0, adSlots: 0, adStack: 0, standIn: 0, network: 0, probe: 0 };
  // `bait`, `standIn`, `network` and `probe` decide alone; `adSlots` and `adStack` corroborate.
  const decided = () => [s.bait, s.standIn, s.network, s.probe].includes(BLOCKED);
  // What only a page without a blocker shows, which allows "not blocked" before the deadline:
  // every ad library on the page ran, one of them left a mark only the real library leaves (an
  // AdSense frame loading its ad, GPT's version), nothing is hidden or waiting for an answer, and
  // the page has loaded. (Blockers' hiding stylesheets are in from page start, long before.)
  const clean = () =>
    d.readyState == 'complete' &&
    s.adStack == CLEAR &&
    s.standIn == CLEAR &&
    s.bait! < INCONCLUSIVE &&
    s.adSlots! < BLOCKED &&
    s.network !== undefined &&
    s.probe !== undefined;
  // A probe that throws (a hostile page) is inconclusive; the others go on.
  const read = (name: keyof Signals, probe: () => Seen) => {
    try {
      s[name] = probe();
    } catch {
      s[name] = INCONCLUSIVE;
    }
  };
  let look = (_end?: boolean) => {};
  let wake = () => {};
  let reason: string | undefined;
  try {
    if (!d) throw 'no DOM';
    let deadline = 0;
    const wait = o.timeout ?? 600;
    const ask = (name: keyof Signals, url?: string) => {
      s[name] = undefined;
      const done = (seen: Seen) => ((s[name] = seen), wake());
      // A chunk that cannot be fetched (npm builds) leaves the question inconclusive.
      import('./network').then((n) => n.confirm(d, done, url)).catch(() => done(INCONCLUSIVE));
    };
    if (o.probeUrl) ask('probe', o.probeUrl);
    let bait: Probe | undefined;
    const stack = adStackProbe(d, o.adScripts, () => wake());
    look = (end) => {
      // A script in <head> without defer runs before <body> exists: the bait waits for it.
      if (o.bait !== false && (bait ||= d.body && baitProbe(d))) read('bait', () => bait!(end));
      read('adSlots', () => (([s.adSlots, s.standIn] = adSlots(d)), s.adSlots!));
      read('adStack', stack);
      read('standIn', () => Math.max(s.standIn!, gptStandIn()));
    };
    // Polls briskly at first, when blockers act, then every 50 ms; errors and answers wake it.
    // "Blocked" as soon as a deciding probe has the evidence (a stand-in waits for its
    // confirmation, so the verdict names both); "not blocked" at the deadline, which runs from
    // when there is a <body> to put the bait in, or at half of it on a clean page (`clean()`).
    // Each poll runs inside its timer's callback (or the event that woke it), not as a promise
    // continuation, so that the page's performance tools put its cost where it belongs: on this
    // file.
    await new Promise<void>((done, fail) => {
      let polls = 0;
      let asked = 0;
      let timer: ReturnType<typeof setTimeout>;
      const poll = () => {
        try {
          clearTimeout(timer);
          look();
          deadline ||= d.body ? now() + wait : 0;
          if (o.confirm !== false && !asked && (s.adStack == BLOCKED || s.standIn == BLOCKED)) {
            asked = 1;
            ask('network');
          }
          const end =
            (decided() && (s.network !== undefined || s.standIn != BLOCKED)) ||
            // "Not blocked" at the deadline, or at half of it on a clean page.
            (deadline && (now() > deadline || (now() > deadline - wait / 2 && clean())));
          // Never past the deadline: "not blocked" comes on time.
          if (!end) return void (timer = setTimeout(poll, Math.min(polls++ < 10 ? 16 : 50, deadline ? deadline - now() + 1 : 50)));
          done();
        } catch (e) {
          // Anything thrown ends detection, with its message as the verdict's `reason` (below).
          fail(e);
        }
        wake = () => {};
      };
      (wake = poll)();
    });
  } catch (e) {
    reason = String(e);
  }
  // End every probe, whatever happened: nothing of ours stays on the page.
  look(true);
  const signals = {} as Signals;
  // A question still waiting for its answer at the deadline is inconclusive.
  for (const name of Object.keys(s) as (keyof Signals)[]) signals[name] = NAMES[s[name] ?? INCONCLUSIVE];
  const verdict: Verdict = { blocked: !reason && decided(), signals, elapsedMs: (now() - start) | 0 };
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
 * Never rejects: without a DOM, or on an internal error, it resolves "not blocked" with a
 * `reason`. One detection per page load is shared by every caller; pass `{ recheck: true }`
 * for a fresh one (after the reader says they allowlisted the site). Every detection it runs
 * dispatches a `politely:verdict` event on `document` with the verdict as `detail`.
 *
 * @example
 * const { blocked, signals } = await detect();
 */
export function detect(options?: DetectOptions): Promise<Verdict> {
  // Own properties only: a polluted Object.prototype must not turn the bait off.
  const o: DetectOptions = Object.assign(Object.create(null), options);
  if (!shared || o.recheck) shared = run(o);
  return shared;
}
