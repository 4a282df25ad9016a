import type { Mount } from './mount';

/**
 * Keeps what a keyboard user focuses clear of a prompt fixed to the bottom of the screen (the
 * banner, the corner card): WCAG 2.2, 2.4.11 Focus Not Obscured. The page already has the card's
 * height as room at its end (the card's twin, see the prompt), so its last lines can scroll above
 * the card; an element of the page that receives focus under the card is scrolled clear at once.
 * Returns the function that stops.
 */
export function keepClear(m: Mount): () => void {
  const card = m._root.querySelector<HTMLElement>('.pc')!;
  const onFocus = (e: FocusEvent) => {
    const el = e.target as Element;
    if (el == m._host || !el.getBoundingClientRect) return;
    const box = el.getBoundingClientRect();
    const top = card.getBoundingClientRect().top;
    if (box.bottom > top && box.top < innerHeight) scrollBy(0, box.bottom - top + 8);
  };
  document.addEventListener('focusin', onFocus, true);
  return () => document.removeEventListener('focusin', onFocus, true);
}
