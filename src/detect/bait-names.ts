// The bait: three elements, each hidden by a *different kind* of EasyList generic hiding rule,
// so that only a blocker hides all three at once. Each rule is "high-generic" (not a plain class
// or id): blockers put it in the stylesheet they inject at page start, so it hides bait inserted
// at any time. Names publishers give their own slots (`ad-slot`, `banner-ad`…) are avoided: a
// site's own CSS hides those for subscribers, on phones, when empty.
// tests/unit/detect/bait-names.test.ts reads the real EasyList and fails when a rule is dropped.

/** `[tag, attribute, value]` of each bait element (no attribute: `''`). */
export const BAITS: readonly (readonly [string, string, string])[] = [
  // ##[class^="div-gpt-ad"]: an attribute-prefix rule on the class.
  ['div', 'class', 'div-gpt-ad-top'],
  // ##[data-ad-manager-id]: an attribute-presence rule.
  ['div', 'data-ad-manager-id', '1'],
  // ##DFP-AD: an element-name rule (a custom element). Not a URL rule such as
  // `a[href^="https://adclick…"]`: some engines (Ghostery's) index those by the URLs on the page
  // and inject them late, on demand, which made the bait wait tens of milliseconds.
  ['dfp-ad', '', ''],
];
