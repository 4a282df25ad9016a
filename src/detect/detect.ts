import { adStackProbe } from './ad-stack';
import { baitProbe } from './bait';
import { doc, nextFrame, now } from './env';
import { requestProbe } from './request-probe';
import type { DetectOptions, Signal, Verdict } from './types';

let shared: Promise<Verdict> | undefined;

async function run(options: DetectOptions): Promise<Verdict> {
  const start = now();
  const d = doc();
  let found: Array<Signal | undefined> = [];
  let reason: string | undefined;
  try {
    if (!d) reason = 'no DOM';
    else {
      // A script in <head> without defer runs before <body> exists: bait needs a body.
      if (!d.body) await new Promise((r) => d.addEventListener('DOMContentLoaded', r));
      const deadline = now() + (options.timeout ?? 600);
      const probes = [baitProbe(d, options.isRendered), adStackProbe(d, options.adScripts), requestProbe(options.probeUrl)];
      // Poll every frame. Stop at the first "blocked" (the evidence is in), or once every probe
      // has answered, or at the deadline: "not blocked" comes at the deadline.
      let blocked;
      for (;;) {
        probes.forEach((probe, i) => (found[i] ||= probe()));
        blocked = found.includes('blocked');
        if (blocked || !found.includes(undefined) || now() >= deadline) break;
        await new Promise<void>(nextFrame);
      }
      // A probe cut short by another's "blocked" had no time to answer: inconclusive.
      found = probes.map((probe, i) => {
        const last = probe(true);
        return found[i] || (blocked ? 'inconclusive' : last);
      });
    }
  } catch (e) {
    reason = String(e);
    found = [];
    console.warn('[kindly] detection failed:', e);
  }
  const [bait = 'off', adStack = 'off', probe = 'off'] = found;
  const verdict: Verdict = {
    blocked: found.includes('blocked'),
    signals: { bait, adStack, probe },
    elapsedMs: Math.round(now() - start),
  };
  if (reason) verdict.reason = reason;
  d?.dispatchEvent(new CustomEvent('kindly:verdict', { detail: verdict }));
  return verdict;
}

/**
 * Finds out whether an ad blocker is at work on this page.
 *
 * Never rejects: without a DOM, or on an internal error, it resolves "not blocked" with a
 * `reason`. One detection per page load is shared by every caller; pass `{ recheck: true }`
 * for a fresh one (after the reader says they allowlisted the site). Every detection it runs
 * dispatches a `kindly:verdict` event on `document` with the verdict as `detail`.
 *
 * @example
 * const { blocked, signals } = await detect();
 */
export function detect(options: DetectOptions = {}): Promise<Verdict> {
  if (!shared || options.recheck) shared = run(options);
  return shared;
}
