/**
 * Runs `paint` with the page's prototype pollution out of Preact's way. A prototype-pollution bug
 * elsewhere on the page (`?__proto__[onHide]=x`) leaves enumerable properties on
 * `Object.prototype`, which every object then seems to have: Preact's `for…in` over its own plain
 * objects lists them (it takes them for props to remove and, for an `on…` name, crashes), and its
 * `name in element` test finds them on every element (`class` polluted: Preact then sets a
 * property called `class` instead of the attribute, and the prompt loses its styles). For the time
 * of the (synchronous) paint only, such properties are taken off `Object.prototype`, then put back
 * exactly as they were. On a clean page there are none, and this costs nothing.
 */
export function shielded(paint: () => void): void {
  const taken: [string, PropertyDescriptor][] = [];
  for (const key in {})
    try {
      const descriptor = Object.getOwnPropertyDescriptor(Object.prototype, key);
      if (descriptor && delete (Object.prototype as Record<string, unknown>)[key]) taken.push([key, descriptor]);
    } catch {
      // A frozen Object.prototype (or a proxy): nothing to take, then.
    }
  try {
    paint();
  } finally {
    for (const [key, descriptor] of taken) Object.defineProperty(Object.prototype, key, descriptor);
  }
}
