/**
 * Dispatches `politely:<name>` on `d` with `detail`. A page that replaced `CustomEvent` (an old
 * polyfill, or a broken one) gets the event built the DOM Level 3 way; a listener that throws is
 * reported by the browser, not to us (dispatchEvent catches it). Throws only when the document
 * itself is broken: callers decide what that means.
 */
export function dispatch(d: Document, name: string, detail: unknown): void {
  let e: Event;
  try {
    e = new CustomEvent('politely:' + name, { detail });
    if (!(e instanceof Event)) throw e;
  } catch {
    e = d.createEvent('CustomEvent');
    (e as CustomEvent).initCustomEvent('politely:' + name, false, false, detail);
  }
  d.dispatchEvent(e);
}
