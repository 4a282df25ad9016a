// The consent file: the gate that holds detection, storage and the prompt until the reader
// consents (IAB TCF v2, `Politely.consent()`, a DOM event). The loader fetches it only with
// `requireConsent`; the explicit signals themselves are the loader's (src/api/consent.ts).
import { createConsentGate } from './gate';

export { createConsentGate };
export { version } from '../version';
export type { ConsentGate, ConsentOptions, ExplicitConsent } from './gate';

/** What the consent file exports. */
export interface ConsentModule {
  version: string;
  createConsentGate: typeof createConsentGate;
}
