import type { Probe } from './probe';
import type { Signal } from './types';

/**
 * Network probe, off unless the publisher names a URL: a failed request to it counts as blocked,
 * unless the browser says it is offline. `no-cors` so any host works; `no-store` so a cached
 * copy can't hide a blocker that arrived since.
 */
export const requestProbe = (url?: string): Probe => {
  let signal: Signal | undefined = 'off';
  // An unparsable URL throws here, and detection as a whole reports it and says "not blocked".
  if (url && /^https?:$/.test(new URL(url, location.href).protocol)) {
    signal = undefined;
    fetch(url, { mode: 'no-cors', cache: 'no-store' }).then(
      () => (signal = 'clear'),
      () => (signal = navigator.onLine ? 'blocked' : 'inconclusive'),
    );
  }
  return () => signal || 'inconclusive';
};
