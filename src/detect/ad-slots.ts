import { rendered } from './env';
import { BLOCKED, CLEAR, type Seen } from './probe';

/**
 * Ad-slot probe: the page's own AdSense and GPT slots. Returns `[slots, standIn]`:
 * - `slots`: blocked when a slot is hidden the way blockers hide it (no layout box) while its
 *   container is laid out, unless AdSense marked it unfilled (Google tells publishers to hide
 *   those: `ins.adsbygoogle[data-ad-status="unfilled"]{display:none}`). The page's own CSS hides
 *   slots too (on phones, for subscribers), so this only corroborates.
 * - `standIn`: blocked when AdSense's slots hold what the stand-ins of uBlock Origin, AdGuard and
 *   Brave put there: src-less iframes forced to 1 px (the real library loads its ad from a `src`).
 */
export const adSlots = (d: Document): [Seen, Seen] => {
  let slots = 0;
  let standIn = 0;
  for (const slot of d.querySelectorAll('ins.adsbygoogle,[id^=div-gpt-ad]')) {
    if (slot.getAttribute('data-ad-status') != 'unfilled' && rendered(slot.parentElement!))
      slots = Math.max(slots, rendered(slot) ? CLEAR : BLOCKED);
    for (const frame of slot.querySelectorAll<HTMLElement>('iframe[id^=aswift_]'))
      standIn = Math.max(standIn, frame.hasAttribute('src') || frame.style.maxWidth != '1px' ? CLEAR : BLOCKED);
  }
  return [slots, standIn];
};
