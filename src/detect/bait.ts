import { BAITS } from './bait-names';
import { rendered } from './env';
import { BLOCKED, CLEAR, INCONCLUSIVE, type Probe } from './probe';

/**
 * Bait probe: the bait elements and a control without the names. "Blocked" only when every bait
 * element is hidden while the control is laid out. Some hidden and some not is the page's own
 * CSS at work: inconclusive. Pages without layout (hidden iframes, a `<body>` hidden while fonts
 * load) are inconclusive, never blocked.
 */
export const baitProbe = (d: Document): Probe => {
  // Off-screen, out of flow and hidden from assistive technology: no layout shift, nothing read
  // aloud. Not focusable (no `tabindex`: -1 would let a click focus it). The inline
  // `display:block` loses only to `!important` rules, which is how blockers hide (print and other
  // page styles rarely use it); the no-break space keeps `:empty` rules from matching.
  const [control, ...baits] = [['div'], ...BAITS].map(([tag, name, value]) => {
    const el = d.body.appendChild(d.createElement(tag));
    if (name) el.setAttribute(name, value);
    el.setAttribute('aria-hidden', 'true');
    el.style.cssText = 'display:block;position:absolute;left:-9999px';
    el.textContent = '\u00a0';
    return el;
  });
  return (end) => {
    const hidden = baits.filter((el) => !rendered(el)).length;
    const seen = !rendered(control) || hidden % 3 ? INCONCLUSIVE : hidden ? BLOCKED : CLEAR;
    if (end) for (const el of [control, ...baits]) el.remove();
    return seen;
  };
};
