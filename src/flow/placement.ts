import type { Mode } from '../config/details';

/**
 * The placement actually used, from the requested `mode` and the page: a thank-you never takes
 * focus, so a `modal` says it as a `corner` card; an `inline` prompt with no target on the page
 * shows as a `banner`. The requested mode itself never changes: the next `show()` asks again.
 */
export const placement = (mode: Mode, thanks: boolean, targets: number): Mode =>
  thanks && mode == 'modal' ? 'corner' : mode == 'inline' && !targets ? 'banner' : mode;
