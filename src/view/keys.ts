/**
 * Keys where the platform does not handle them: Escape closes the banner, corner and inline
 * prompt when focus is inside (the reader is talking to it; a `<dialog>` handles its own Escape),
 * and in the overlay that stands in for `<dialog>` where the browser lacks one, Tab and Shift+Tab
 * wrap around its controls (WAI-ARIA APG dialog pattern) instead of leaving for the page behind.
 */
export function handleKey(e: KeyboardEvent, root: ShadowRoot, kind: 'dialog' | 'overlay' | undefined, close: () => void): void {
  if (e.key == 'Escape' && kind != 'dialog') {
    e.stopPropagation();
    close();
  } else if (kind == 'overlay' && (e.key == 'Tab' || e.keyCode == 9)) {
    // (WebKitGTK reports Shift+Tab with the key "Unidentified"; its key code still says Tab.)
    const items = [...root.querySelectorAll<HTMLElement>('a[href],button:not([disabled]),select')];
    const first = items[0];
    const last = items[items.length - 1];
    const active = root.activeElement;
    if (e.shiftKey ? active == first || !items.includes(active as HTMLElement) : active == last) {
      e.preventDefault();
      (e.shiftKey ? last : first).focus();
    }
  }
}
