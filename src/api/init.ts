import { say, warn, wordWith } from '../contain/index';
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

/**
 * The diagnostics file, fetched once, the first time there is something to say; from now on the
 * warnings that name only their code (`say()`) are worded by it.
 */
export function useDiagnostics(load: () => Promise<DiagnosticsModule>): () => Promise<DiagnosticsModule | undefined> {
  const diagnostics = diagnosticsLoader(load);
  let loaded: DiagnosticsModule | undefined;
  // Once the file is here, at once; before, as soon as it arrives.
  wordWith((code, details) => loaded?.explain(code, details) ?? diagnostics().then((d) => (loaded = d)?.explain(code, details)));
  return diagnostics;
}

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
  diagnostics: () => Promise<DiagnosticsModule | undefined>,
  loadConsent: () => Promise<ConsentModule>,
): Starter {
  let active: PolitelyController | undefined;
  const explain = (unknown: UnknownName[]) =>
    diagnostics().then((d) => unknown.forEach((u) => warn(d ? d.explainUnknown(u) : `${u.name} is not an option; ignored`)));
  const start = (read: OptionsReader): PolitelyController => {
    // Server-side rendering: no page, nothing to do, nothing to warn about.
    if (typeof document != 'object') return inert();
    if (active) {
      say('initTwice');
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
