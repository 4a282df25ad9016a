import { pageGlobal } from './env';
import { GPT_HOST } from './hosts';
import { BLOCKED, CLEAR, type Seen } from './probe';

/**
 * Stand-in probe, for Google Publisher Tag. uBlock Origin, AdGuard and Brave answer the GPT
 * request with a stand-in script that makes the library look loaded; the stand-ins answer
 * `getVersion()` with `''`, where the real library returns its version. (The AdSense stand-ins
 * are recognised in the slots they fill: see the ad-slot probe.) Then `avoid(host)` learns the
 * stand-in's host.
 */
export const gptStandIn = (avoid: (host: string) => void): Seen => {
  const gpt = pageGlobal('googletag') as { apiReady?: unknown; getVersion?: () => unknown } | undefined;
  return gpt?.apiReady === true && typeof gpt.getVersion == 'function' ? (gpt.getVersion() === '' ? (avoid(GPT_HOST), BLOCKED) : CLEAR) : 0;
};
