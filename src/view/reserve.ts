import { safeRead } from '../contain/index';
import type { Mount } from './mount';
import { borrowRootStyle } from './root-style';

/**
 * Keeps the page clear of a prompt fixed to the bottom of the screen (the banner, the corner
 * card), so that it never covers what a keyboard user is on (WCAG 2.2, 2.4.11 Focus Not
 * Obscured):
 * - the page gets the card's height as room at its end and as `scroll-padding-bottom`, so its
 *   last lines can scroll above the card and the browser scrolls focus clear of it;
 * - an element of the page that receives focus under the card is scrolled clear at once (for the
 *   browsers whose focus scrolling ignores scroll padding).
 * The card's height is followed with a `ResizeObserver` (the steps opening, a rotated phone).
 * Returns the function that gives the page back what it had.
 */
export function keepClear(m: Mount): () => void {
  const room = borrowRootStyle(['padding-bottom', 'scroll-padding-bottom']);
  const card = m._root.querySelector<HTMLElement>('.pc')!;
  let height = 0;
  const measure = () => {
    height = card.getBoundingClientRect().height;
    room._set('padding-bottom', height + 'px');
    room._set('scroll-padding-bottom', height + 'px');
  };
  // (A page that broke ResizeObserver gets the room measured once.)
  const observer = safeRead(() => new ResizeObserver(measure));
  if (observer) observer.observe(card);
  else measure();
  const onFocus = (e: FocusEvent) => {
    const el = e.target as Element;
    if (el == m._host || !el.getBoundingClientRect) return;
    const box = el.getBoundingClientRect();
    const top = innerHeight - height;
    if (box.bottom > top && box.top < innerHeight) scrollBy(0, box.bottom - top + 8);
  };
  document.addEventListener('focusin', onFocus, true);
  return () => {
    observer?.disconnect();
    document.removeEventListener('focusin', onFocus, true);
    room._restore();
  };
}
