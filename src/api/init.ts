import { resolveOptions } from '../config/resolve';
import type { PolitelyOptions, ResolvedOptions } from '../config/types';
import { warn } from '../config/warn';
import { detect } from '../detect/index';
import { createController, type PolitelyController } from './controller';

let active: PolitelyController | undefined;

/**
 * Starts Politely from already-validated options (the auto-init path validates attributes
 * itself so warnings name `data-*` attributes). One controller per page: a second call warns
 * and returns the existing one.
 */
export function initResolved(resolve: () => ResolvedOptions): PolitelyController {
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

/** A controller whose methods work and do nothing (no DOM, or Politely failed to start). */
const inert = (): PolitelyController => {
  const nothing = () => {};
  return { show: nothing, hide: nothing, destroy: nothing, recheck: () => detect(), ready: Promise.resolve() };
};

/**
 * Starts Politely: waits for detection and, when an ad blocker is at work and the frequency rules
 * allow it, shows the support prompt. Never throws; invalid options are warned about and
 * replaced by their defaults.
 *
 * A second call on the same page warns and returns the existing controller (so a snippet
 * included twice shows one prompt); `destroy()` it first to start over with new options.
 *
 * @example
 * const politely = init({ supportUrl: '/support', mode: 'corner' });
 * document.addEventListener('politely:action', (e) => analytics.track(e.detail.action));
 */
export function init(options?: PolitelyOptions): PolitelyController {
  return initResolved(() => resolveOptions(options));
}
