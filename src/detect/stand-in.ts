import { pageGlobal } from './env';
import { BLOCKED, CLEAR, type Seen } from './probe';

/**
 * Stand-in probe, for Google Publisher Tag. uBlock Origin, AdGuard and Brave answer the GPT
 * request with a stand-in script that makes the library look loaded; the stand-ins answer
 * `getVersion()` with `''`, where the real library returns its version. (The AdSense stand-ins
 * are recognised in the slots they fill: see the ad-slot probe.)
 */
export const gptStandIn = (): Seen => {
  const gpt = pageGlobal('googletag') as { apiReady?: unknown; getVersion?: () => unknown } | undefined;
  return gpt?.apiReady === true && typeof gpt.getVersion == 'function' ? (gpt.getVersion() === '' ? BLOCKED : CLEAR) : 0;
};
