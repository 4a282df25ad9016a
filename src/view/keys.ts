/**
 * Keyboard handling shared by every placement: Escape closes (focus is inside the prompt, so
 * the reader is talking to it); in the modal, Tab and Shift+Tab wrap around its controls
 * (WAI-ARIA APG dialog pattern) instead of leaving for the page behind the overlay.
 */
export function handleKey(e: KeyboardEvent, root: ShadowRoot, modal: boolean, close: () => void): void {
  if (e.key == 'Escape') {
    e.stopPropagation();
    close();
  } else if (modal && e.key == 'Tab') {
    const items = [...root.querySelectorAll<HTMLElement>('a[href],button')];
    const first = items[0];
    const last = items[items.length - 1];
    const active = root.activeElement;
    if (e.shiftKey ? active == first || !items.includes(active as HTMLElement) : active == last) {
      e.preventDefault();
      (e.shiftKey ? last : first).focus();
    }
  }
}
