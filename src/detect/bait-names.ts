// The bait's class attribute, built from what EasyList hides with *generic* rules today, so
// every EasyList-based blocker hides it on any site. Two kinds of rule on purpose:
//  - `##[class^="div-gpt-ad"]`, an attribute rule: it ships in the stylesheet blockers inject
//    at page start ("high-generic"), so it hides bait inserted at any time, however late;
//  - `##.ad-slot`, `##.banner-ad`, class rules: applied by blockers that survey the DOM for
//    new class names (uBlock Origin's "low-generic" filters, Ghostery's DOM monitor).
// tests/unit/detect/bait-names.test.ts reads the real EasyList and fails when a rule is dropped.

/** Rule `##[class^="div-gpt-ad"]`: hides any element whose class attribute starts with this. */
export const BAIT_CLASS_PREFIX = 'div-gpt-ad';

/** Class names hidden by EasyList generic rules (`##.name`). */
export const BAIT_CLASSES = ['ad-slot', 'banner-ad'];

/** The bait's whole class attribute. */
export const BAIT = `${BAIT_CLASS_PREFIX}-slot ${BAIT_CLASSES.join(' ')}`;
