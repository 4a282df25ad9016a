import { autoDisabled, readAttributes, resolveOptions } from '../config/index';
import type { Starter } from '../api/index';

/**
 * Auto-init: `<script src="…/politely.js" data-politely data-…>` starts Politely from its `data-*`
 * attributes once the DOM is ready (`document.readyState`), with `async`, `defer` or neither, in
 * `<head>` or `<body>`. The script's own nonce goes to the prompt's fallback `<style>`. Returns
 * whether it asked to start.
 */
export function autoInit(script: HTMLScriptElement | null, starter: Starter): boolean {
  if (!script?.hasAttribute('data-politely') || autoDisabled(script)) return false;
  const go = () =>
    starter.start((unknown) => {
      const raw = readAttributes(script, unknown);
      if (!raw.nonce && script.nonce) raw.nonce = script.nonce;
      return resolveOptions(raw, true, unknown);
    });
  if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', go, { once: true });
  else go();
  return true;
}
