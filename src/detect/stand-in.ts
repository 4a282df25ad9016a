import { GPT_HOST } from './hosts';
import { BLOCKED, CLEAR, type Probe } from './probe';

/**
 * Stand-in probe, for Google Publisher Tag. uBlock Origin, AdGuard and Brave answer the GPT
 * request with a stand-in script that makes the library look loaded; the stand-ins answer
 * `getVersion()` with `''`, where the real library returns its version. (The AdSense stand-ins
 * are recognised by the ad-slot probe, in the slots they fill.) `hosts` receives the stand-in's
 * host.
 */
export const standInProbe = (hosts: Set<string>): Probe => {
  const w = window as unknown as { googletag?: { apiReady?: unknown; getVersion?: () => unknown } };
  return () => {
    const gpt = w.googletag;
    return gpt?.apiReady === true && typeof gpt.getVersion == 'function' ? (gpt.getVersion() === '' ? (hosts.add(GPT_HOST), BLOCKED) : CLEAR) : 0;
  };
};
