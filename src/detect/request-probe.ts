import type { Probe } from './probe';
import type { Signal } from './types';

/**
 * Network probe, off unless the publisher names a URL: a failed request to it counts as blocked,
 * unless the browser says it is offline. `no-cors` so any host works; `no-store` so a cached
 * copy can't hide a blocker that arrived since.
 */
export const requestProbe = (url?: string): Probe => {
  let signal: Signal | undefined = 'off';
  try {
    if (url && /^https?:$/.test(new URL(url, location.href).protocol)) {
      signal = undefined;
      fetch(url, { mode: 'no-cors', cache: 'no-store' }).then(
        () => (signal = 'clear'),
        () => (signal = navigator.onLine === false ? 'inconclusive' : 'blocked'),
      );
    }
  } catch {
    // An unparsable URL: the probe stays off.
  }
  return (end) => signal || (end ? 'inconclusive' : undefined);
};
