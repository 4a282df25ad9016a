import { warn } from '../contain/index';
import { resolveOptions, type PolitelyOptions, type ResolvedOptions, type UnknownName } from '../config/index';
import type { ConsentModule } from '../consent/index';
import { detect } from '../detect/index';
import { explicitConsent } from './consent';
import { createController, diagnosticsLoader, type DiagnosticsModule, type PolitelyController, type ViewSource } from '../flow/index';

/** A controller whose methods work and do nothing (no DOM, or Politely failed to start). */
const inert = (): PolitelyController => {
  const nothing = () => {};
  return { show: nothing, hide: nothing, destroy: nothing, recheck: () => detect(), ready: Promise.resolve() };
};

/** Reads raw options into resolved ones, putting the names that are not options into `unknown`. */
export type OptionsReader = (unknown: UnknownName[]) => ResolvedOptions;

/** `init()`, and what the script tag's auto-init needs: starting from its own reader of the options. */
export interface Starter {
  init(options?: PolitelyOptions): PolitelyController;
  start(read: OptionsReader): PolitelyController;
}

/**
 * Builds `init()` for the places the code fetched when needed comes from: the prompt (a
 * bundler's chunk, or the script tag's second file), the diagnostics and the consent gate. One controller per page:
 * a second call warns and returns the first one. Names that are not options are explained by the
 * diagnostics file, with the one probably meant; without it, still named.
 */
export function createStarter(
  viewSource: (o: ResolvedOptions) => ViewSource,
  loadDiagnostics: () => Promise<DiagnosticsModule>,
  loadConsent: () => Promise<ConsentModule>,
): Starter {
  let active: PolitelyController | undefined;
  const diagnostics = diagnosticsLoader(loadDiagnostics);
  const explain = (unknown: UnknownName[]) =>
    diagnostics().then((d) => unknown.forEach((u) => warn(d ? d.explainUnknown(u) : `${u.name} is not an option; ignored`)));
  const start = (read: OptionsReader): PolitelyController => {
    // Server-side rendering: no page, nothing to do, nothing to warn about.
    if (typeof document != 'object') return inert();
    if (active) {
      warn('init() called twice: returning the first controller (destroy() it first to start over)');
      return active;
    }
    try {
      const unknown: UnknownName[] = [];
      const o = read(unknown);
      if (unknown.length) void explain(unknown);
      const sources = { _view: viewSource(o), _diagnostics: diagnostics, _consent: loadConsent, _explicit: explicitConsent };
      const controller = createController(o, sources, () => {
        if (active == controller) active = undefined;
      });
      return (active = controller);
    } catch (e) {
      warn('init failed:', e);
      return inert();
    }
  };
  return { init: (options) => start((unknown) => resolveOptions(options, false, unknown)), start };
}
