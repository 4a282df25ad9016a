import { rendered } from './env';
import { ADSENSE_HOST } from './hosts';
import { BLOCKED, CLEAR, type Seen } from './probe';

/**
 * Ad-slot probe: the page's own AdSense and GPT slots. Returns `[slots, standIn]`:
 * - `slots`: blocked when a slot is hidden the way blockers hide it (no layout box) while its
 *   container is laid out, before any ad library marked it. The page's own CSS does that too (on
 *   phones, for subscribers), so this only corroborates.
 * - `standIn`: blocked when AdSense's slots hold what the stand-ins of uBlock Origin, AdGuard and
 *   Brave put there: src-less iframes forced to 1 px (the real library loads its ad from a `src`).
 *   Then `avoid(host)` learns the stand-in's host.
 */
export const adSlots = (d: Document, avoid: (host: string) => void): [Seen, Seen] => {
  let slots = 0;
  let standIn = 0;
  for (const slot of d.querySelectorAll('ins.adsbygoogle,[id^=div-gpt-ad]')) {
    if (!slot.hasAttribute('data-ad-status') && rendered(slot.parentElement!)) slots = Math.max(slots, rendered(slot) ? CLEAR : BLOCKED);
    for (const frame of slot.querySelectorAll<HTMLElement>('iframe[id^=aswift_]'))
      standIn = Math.max(standIn, frame.hasAttribute('src') || frame.style.maxWidth != '1px' ? CLEAR : (avoid(ADSENSE_HOST), BLOCKED));
  }
  return [slots, standIn];
};
