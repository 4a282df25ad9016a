/**
 * Runs `paint` with the page's prototype pollution out of Preact's sight. Preact walks plain
 * objects of its own with `for…in`, which also lists every enumerable property a
 * prototype-pollution bug put on `Object.prototype` (`?__proto__[onHide]=x`): it then takes them
 * for props to remove and, for an `on…` name, crashes. For the time of the (synchronous) paint
 * only, such properties are made non-enumerable, then put back exactly as they were; their values
 * never change. On a clean page there are none, and this costs nothing.
 */
export function shielded(paint: () => void): void {
  const hidden: string[] = [];
  for (const key in {})
    try {
      Object.defineProperty(Object.prototype, key, { enumerable: false });
      hidden.push(key);
    } catch {
      // A frozen Object.prototype (or a proxy): nothing to hide, then.
    }
  try {
    paint();
  } finally {
    for (const key of hidden) Object.defineProperty(Object.prototype, key, { enumerable: true });
  }
}
