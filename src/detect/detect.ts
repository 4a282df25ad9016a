import { adSlotsProbe } from './ad-slots';
import { adStackProbe } from './ad-stack';
import { baitProbe } from './bait';
import { doc, now, rendered } from './env';
import { BLOCKED, INCONCLUSIVE, NAMES, type Seen } from './probe';
import { standInProbe } from './stand-in';
import type { DetectOptions, Signals, Verdict } from './types';

/** The probes, in the order of `Signals`; `bait`, `standIn`, `network` and `probe` decide alone. */
const ORDER: (keyof Signals)[] = ['bait', 'adSlots', 'adStack', 'standIn', 'network', 'probe'];

/** A probe that throws (a hostile page) is inconclusive; the others go on. */
const safe = <T>(look: () => T, fallback: T): T => {
  try {
    return look();
  } catch {
    return fallback;
  }
};

let shared: Promise<Verdict> | undefined;

async function run(o: DetectOptions): Promise<Verdict> {
  const start = now();
  const d = doc();
  // What each probe saw, by ORDER; `undefined` while the network or request probe waits for an answer.
  const seen: (Seen | undefined)[] = [0, 0, 0, 0, 0, 0];
  const decided = () => seen.some((s, i) => s == BLOCKED && 0x39 & (1 << i));
  let look = (_end?: boolean) => {};
  let wake = () => {};
  const answer = (i: number) => ((seen[i] = undefined), (s: Seen) => ((seen[i] = s), wake()));
  let reason: string | undefined;
  try {
    if (!d) throw 'no DOM';
    // A script in <head> without defer runs before <body> exists: the bait needs a body.
    if (!d.body) await new Promise((r) => d.addEventListener('DOMContentLoaded', r, { once: true }));
    const deadline = now() + (o.timeout ?? 600);
    const hosts = new Set<string>();
    const isRendered = o.isRendered || rendered;
    const url = o.probeUrl && new URL(o.probeUrl, location.href).href;
    if (url) import('./network').then((n) => n.probe(url, answer(5)));
    const bait = o.bait !== false && baitProbe(d, isRendered);
    const slots = adSlotsProbe(d, hosts, isRendered);
    const stack = adStackProbe(d, hosts, o.adScripts, () => wake());
    const gpt = standInProbe(hosts);
    look = (end) => {
      seen[0] = bait ? safe(() => bait(end), INCONCLUSIVE) : 0;
      const [inSlots, filled] = safe(slots, [INCONCLUSIVE, INCONCLUSIVE]);
      seen[1] = inSlots;
      seen[2] = safe(stack, INCONCLUSIVE);
      seen[3] = Math.max(filled, safe(gpt, INCONCLUSIVE));
    };
    // Polls briskly at first, when blockers act, then every 50 ms; errors and answers wake it.
    // "Blocked" as soon as a deciding probe has the evidence (a stand-in waits for its
    // confirmation, so the verdict names both); "not blocked" at the deadline.
    for (let polls = 0, asked = 0; ; polls++) {
      look();
      if (o.confirm !== false && !asked && (seen[2] == BLOCKED || seen[3] == BLOCKED))
        (asked = 1), import('./network').then((n) => n.confirm(d, hosts, answer(4)));
      if ((decided() && (seen[4] !== undefined || seen[3] != BLOCKED)) || now() > deadline) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, polls < 10 ? 16 : 50);
        wake = () => (clearTimeout(timer), resolve());
      });
    }
  } catch (e) {
    reason = String(e);
  }
  wake = () => {};
  // End every probe, whatever happened: nothing of ours stays on the page.
  look(true);
  const signals = {} as Signals;
  // A question still waiting for its answer at the deadline is inconclusive.
  ORDER.forEach((name, i) => (signals[name] = NAMES[seen[i] ?? INCONCLUSIVE]));
  const verdict: Verdict = { blocked: !reason && decided(), signals, elapsedMs: (now() - start) | 0 };
  if (reason) verdict.reason = reason;
  try {
    d!.dispatchEvent(new CustomEvent('politely:verdict', { detail: verdict }));
  } catch {
    // No document, or a page that broke CustomEvent: the promise still carries the verdict.
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
export function detect(options: DetectOptions = {}): Promise<Verdict> {
  if (!shared || options.recheck) shared = run(options);
  return shared;
}
