import { rendered } from './env';
import { BLOCKED, CLEAR, OFF, type Seen } from './evidence';

/** The page's own AdSense and GPT slots. */
export const findSlots = (d: Document): Element[] => [...d.querySelectorAll('ins.adsbygoogle,[id^=div-gpt-ad]')];

/**
 * Whether the page's slots are hidden the way blockers hide them: no layout box while the
 * container is laid out. A slot AdSense marked unfilled does not count (Google tells publishers
 * to hide those: `ins.adsbygoogle[data-ad-status="unfilled"]{display:none}`). The page's own CSS
 * hides slots too (on phones, for subscribers), so this only corroborates. Needs up-to-date
 * styles.
 */
export function slotsHidden(slots: Element[]): Seen {
  let seen: Seen = OFF;
  for (const slot of slots)
    if (slot.isConnected && slot.getAttribute('data-ad-status') != 'unfilled' && slot.parentElement && rendered(slot.parentElement))
      seen = Math.max(seen, rendered(slot) ? CLEAR : BLOCKED) as Seen;
  return seen;
}

/** What the frames AdSense put into its slots show. */
export interface SlotFrames {
  /** A frame holds what the stand-ins of uBlock Origin, AdGuard and Brave put there. */
  _standIn: boolean;
  /** A frame loads its ad from a `src`: only the real library does that. */
  _real: boolean;
}

/**
 * The frames in AdSense's slots, read from their attributes alone (no layout): the stand-ins
 * fill each slot with a src-less iframe forced to 1 px, the real library with one that loads
 * its ad from a `src`.
 */
export function slotFrames(slots: Element[]): SlotFrames {
  const frames: SlotFrames = { _standIn: false, _real: false };
  for (const slot of slots)
    for (const frame of slot.querySelectorAll<HTMLElement>('iframe[id^=aswift_]'))
      if (frame.hasAttribute('src')) frames._real = true;
      else if (frame.style.maxWidth == '1px') frames._standIn = true;
  return frames;
}
