import { warn } from '../contain/warn';
import { resolveOptions } from '../config/resolve';
import type { PolitelyOptions, ResolvedOptions } from '../config/types';
import { detect } from '../detect/index';
import { createController, type PolitelyController, type ViewSource } from '../flow/index';

/** A controller whose methods work and do nothing (no DOM, or Politely failed to start). */
const inert = (): PolitelyController => {
  const nothing = () => {};
  return { show: nothing, hide: nothing, destroy: nothing, recheck: () => detect(), ready: Promise.resolve() };
};

/** `init()`, and what the script tag's auto-init needs: starting from resolved options. */
export interface Starter {
  init(options?: PolitelyOptions): PolitelyController;
  start(resolve: () => ResolvedOptions): PolitelyController;
}

/**
 * Builds `init()` for a source of the prompt's code (a bundler's chunk, or the script tag's
 * second file). One controller per page: a second call warns and returns the first one.
 */
export function createStarter(source: (o: ResolvedOptions) => ViewSource): Starter {
  let active: PolitelyController | undefined;
  const start = (resolve: () => ResolvedOptions): PolitelyController => {
    // Server-side rendering: no page, nothing to do, nothing to warn about.
    if (typeof document != 'object') return inert();
    if (active) {
      warn('init() called twice: returning the first controller (destroy() it first to start over)');
      return active;
    }
    try {
      const o = resolve();
      const controller = createController(o, source(o), () => {
        if (active == controller) active = undefined;
      });
      return (active = controller);
    } catch (e) {
      warn('init failed:', e);
      return inert();
    }
  };
  return { init: (options) => start(() => resolveOptions(options)), start };
}
