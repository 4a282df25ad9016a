// Names that EasyList hides with *generic* rules today (`##.ad-slot`, `##[data-ad-module]`, …),
// so every EasyList-based blocker hides an element carrying them on any site.
// Two kinds on purpose: class rules are applied by blockers that survey the DOM (uBlock Origin's
// "low-generic" filters, Ghostery's DOM monitor), attribute rules ship in the stylesheet injected
// at page start ("high-generic"), which catches bait inserted late.
// tests/unit/detect/bait-names.test.ts reads the real EasyList and fails when a name is dropped.

/** Class names hidden by EasyList generic rules (`##.name`). */
export const BAIT_CLASSES = ['ad-slot', 'banner-ad'];

/** Attribute names hidden by EasyList generic rules (`##[name]`). */
export const BAIT_ATTRIBUTES = ['data-ad-module', 'data-ad-width'];
