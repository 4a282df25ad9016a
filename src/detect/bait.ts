import { BAIT } from './bait-names';
import type { Probe } from './probe';

// Blockers hide with `display: none !important`, which leaves no layout box.
const rendered = (el: HTMLElement): boolean => el.offsetHeight > 0;

/**
 * Bait probe: a bait element that blockers hide, and an identical control without the names.
 * Only "bait hidden while the control is laid out" counts as blocked, so pages without layout
 * (hidden iframes, `display:none` containers, jsdom) are inconclusive, never blocked. Print
 * stylesheets often hide ad-like names, so nothing is concluded while printing.
 */
export const baitProbe = (doc: Document, isRendered = rendered): Probe => {
  // Off-screen, out of flow, hidden from assistive technology: no layout shift, nothing read
  // aloud. The no-break space keeps `:empty` rules from matching.
  const [bait, control] = [BAIT, ''].map((names) => {
    const el = doc.createElement('div');
    el.className = names;
    el.setAttribute('aria-hidden', 'true');
    el.style.cssText = 'position:absolute;left:-9999px';
    el.textContent = '\u00a0';
    return doc.body.appendChild(el);
  });
  return (end) => {
    try {
      return self.matchMedia?.('print').matches || !isRendered(control) ? 'inconclusive' : isRendered(bait) ? 'clear' : 'blocked';
    } finally {
      if (end) {
        bait.remove();
        control.remove();
      }
    }
  };
};
