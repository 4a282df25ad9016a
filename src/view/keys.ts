/**
 * Keys where the platform does not handle them: Escape closes the banner, corner and inline
 * prompt when focus is inside (the reader is talking to it; a `<dialog>` handles its own Escape),
 * and in a modal — the `<dialog>`, or the overlay that stands in for it where the browser lacks
 * one — Tab and Shift+Tab wrap around its controls (WAI-ARIA APG dialog pattern). A modal
 * `<dialog>` keeps the page inert, but browsers differ on where Tab goes past its last control
 * (Firefox moves focus to the document, Chromium to its own toolbar): wrapping is the same everywhere.
 */
export function handleKey(e: KeyboardEvent, root: ShadowRoot, kind: 'dialog' | 'overlay' | undefined, close: () => void): void {
  if (e.key == 'Escape' && kind != 'dialog') {
    e.stopPropagation();
    close();
  } else if (kind && (e.key == 'Tab' || e.keyCode == 9)) {
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
