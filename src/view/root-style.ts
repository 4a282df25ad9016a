/** A borrowed inline style of `<html>`: set while the prompt needs it, then given back. */
export interface RootStyle {
  _set(property: string, value: string): void;
  /** Gives back exactly what was there, and no empty `style` attribute where there was none. */
  _restore(): void;
}

/** Borrows these properties (kebab-case) of `<html>`'s inline style. */
export function borrowRootStyle(properties: string[]): RootStyle {
  const html = document.documentElement;
  const hadAttribute = html.hasAttribute('style');
  const before = properties.map((p) => [html.style.getPropertyValue(p), html.style.getPropertyPriority(p)]);
  return {
    _set: (property, value) => html.style.setProperty(property, value),
    _restore() {
      properties.forEach((p, i) => (before[i][0] ? html.style.setProperty(p, before[i][0], before[i][1]) : html.style.removeProperty(p)));
      if (!hadAttribute && !html.style.length) html.removeAttribute('style');
    },
  };
}
