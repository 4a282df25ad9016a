import type { Mount } from './mount';

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
  const html = document.documentElement.style;
  const before = [html.paddingBottom, html.scrollPaddingBottom];
  const card = m._root.querySelector<HTMLElement>('.pc')!;
  let height = 0;
  const observer = new ResizeObserver(() => {
    height = card.getBoundingClientRect().height;
    html.paddingBottom = html.scrollPaddingBottom = height + 'px';
  });
  observer.observe(card);
  const onFocus = (e: FocusEvent) => {
    const el = e.target as Element;
    if (el == m._host || !el.getBoundingClientRect) return;
    const box = el.getBoundingClientRect();
    const top = innerHeight - height;
    if (box.bottom > top && box.top < innerHeight) scrollBy(0, box.bottom - top + 8);
  };
  document.addEventListener('focusin', onFocus, true);
  return () => {
    observer.disconnect();
    document.removeEventListener('focusin', onFocus, true);
    [html.paddingBottom, html.scrollPaddingBottom] = before;
  };
}
