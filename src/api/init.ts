import { resolveOptions } from '../config/resolve';
import type { KindlyOptions, ResolvedOptions } from '../config/types';
import { warn } from '../config/warn';
import { detect } from '../detect/index';
import { createController, type KindlyController } from './controller';

let active: KindlyController | undefined;

/**
 * Starts Kindly from already-validated options (the auto-init path validates attributes
 * itself so warnings name `data-*` attributes). One controller per page: a second call warns
 * and returns the existing one.
 */
export function initResolved(resolve: () => ResolvedOptions): KindlyController {
  // Server-side rendering: no page, nothing to do, nothing to warn about.
  if (typeof document != 'object') return inert();
  if (active) {
    warn('init() called twice: returning the first controller');
    return active;
  }
  try {
    const controller = createController(resolve(), () => {
      if (active == controller) active = undefined;
    });
    return (active = controller);
  } catch (e) {
    warn('init failed:', e);
    return inert();
  }
}

/** A controller whose methods work and do nothing (no DOM, or Kindly failed to start). */
const inert = (): KindlyController => {
  const nothing = () => {};
  return { show: nothing, hide: nothing, destroy: nothing, recheck: () => detect(), ready: Promise.resolve() };
};

/**
 * Starts Kindly: waits for detection and, when an ad blocker is at work and the frequency rules
 * allow it, shows the support prompt. Never throws; invalid options are warned about and
 * replaced by their defaults.
 *
 * A second call on the same page warns and returns the existing controller (so a snippet
 * included twice shows one prompt); `destroy()` it first to start over with new options.
 *
 * @example
 * const kindly = init({ supportUrl: '/support', mode: 'corner' });
 * document.addEventListener('kindly:action', (e) => analytics.track(e.detail.action));
 */
export function init(options?: KindlyOptions): KindlyController {
  return initResolved(() => resolveOptions(options));
}
