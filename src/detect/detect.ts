import { adStackProbe } from './ad-stack';
import { baitProbe } from './bait';
import { doc, nextFrame, now } from './env';
import type { Probe } from './probe';
import { requestProbe } from './request-probe';
import type { DetectOptions, Signal, Verdict } from './types';

let shared: Promise<Verdict> | undefined;

async function run(options: DetectOptions): Promise<Verdict> {
  const start = now();
  const d = doc();
  let probes: Probe[] = [];
  let reason: string | undefined;
  try {
    if (!d) reason = 'no DOM';
    else {
      // A script in <head> without defer runs before <body> exists: bait needs a body.
      if (!d.body) await new Promise((r) => d.addEventListener('DOMContentLoaded', r));
      const deadline = now() + (options.timeout ?? 600);
      // The request probe first: a bad URL throws before any bait is on the page.
      const request = requestProbe(options.probeUrl);
      probes = [baitProbe(d, options.isRendered), adStackProbe(d, options.adScripts), request];
      // Poll every frame: "blocked" as soon as one probe has the evidence, "not blocked" at the
      // deadline (a blocker hides bait a frame or more after it appears, never before).
      while (!probes.some((probe) => probe() == 'blocked') && now() < deadline) await new Promise<void>(nextFrame);
    }
  } catch (e) {
    reason = String(e);
    console.warn('[politely] detection failed:', e);
  }
  // End every probe, whatever happened: nothing of ours stays on the page.
  const [bait = 'off', adStack = 'off', probe = 'off'] = probes.map((end): Signal => {
    try {
      return end(true);
    } catch {
      return 'inconclusive';
    }
  });
  const verdict: Verdict = {
    blocked: !reason && [bait, adStack, probe].includes('blocked'),
    signals: { bait, adStack, probe },
    elapsedMs: (now() - start) | 0,
  };
  if (reason) verdict.reason = reason;
  d?.dispatchEvent(new CustomEvent('politely:verdict', { detail: verdict }));
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
