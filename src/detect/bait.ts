import { BAITS } from './bait-names';
import { rendered } from './env';
import { BLOCKED, CLEAR, INCONCLUSIVE, type Seen } from './evidence';

/** The bait on the page: elements to watch, what they show, and their removal. */
export interface Bait {
  /** The control (first) and the bait elements, for a `ResizeObserver` to watch. */
  _elements: Element[];
  /** What the bait shows now; call it only where styles are up to date. */
  _read(): Seen;
  _remove(): void;
}

/**
 * Lays out the bait: a control without the names, and one element per bait name, in one box of
 * their own appended to `<html>`, after `<body>`.
 *
 * Where: in `<body>`, inserting and removing elements changes its list of children, and on pages
 * whose CSS has structural or sibling selectors (`:last-child`, `li + li`, framework stylesheets)
 * the browser then restyles the page's own elements, sometimes the whole document. After `<body>`
 * nothing of the page is a sibling, so only the bait is styled. Blockers' generic hiding rules
 * match anywhere in the document, so they still reach it.
 *
 * How: off-screen, out of flow, hidden from assistive technology, not focusable (no `tabindex`:
 * -1 would let a click focus it). The inline `display:block` loses only to `!important` rules,
 * which is how blockers hide (print and other page styles rarely use it); the no-break space
 * keeps `:empty` rules from matching and gives each element a size.
 */
export function layBait(d: Document): Bait {
  const box = d.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.style.cssText = 'position:absolute;top:0;left:-9999px;contain:layout style';
  const elements = [['div', '', ''], ...BAITS].map(([tag, attribute, value]) => {
    const el = box.appendChild(d.createElement(tag));
    if (attribute) el.setAttribute(attribute, value);
    el.style.cssText = 'display:block';
    el.textContent = '\u00a0';
    return el;
  });
  d.documentElement.append(box);
  const [control, ...baits] = elements;
  return {
    _elements: elements,
    _read() {
      const hidden = baits.filter((el) => !rendered(el)).length;
      // Some hidden and some not is the page's own CSS at work, not a blocker's list.
      if (!rendered(control) || (hidden && hidden < baits.length)) return INCONCLUSIVE;
      return hidden ? BLOCKED : CLEAR;
    },
    _remove: () => box.remove(),
  };
}
