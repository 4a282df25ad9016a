// Auto-init for the script-tag build: `<script src="politely.umd.js" data-politely data-…>`.
import { guard } from './api/guard';
import { initResolved } from './api/init';
import { autoDisabled, readAttributes } from './config/attributes';
import { resolveOptions } from './config/resolve';
import { warn } from './config/warn';

const FLAG = '__politelyLoaded';

/**
 * Finds the `<script data-politely>` that loaded this bundle and initialises Politely from its
 * `data-*` attributes, once the DOM is ready. Must run while the script is evaluating:
 * `document.currentScript` is only set then (it works for `async` and `defer` too); without it
 * (unusual loaders) the first `script[data-politely]` is used. A second copy of the bundle on the
 * same page warns once and does nothing.
 */
export function autoInit(): void {
  const g = globalThis as Record<string, unknown>;
  const d = g.document as Document | undefined;
  if (!d) return;
  if (g[FLAG]) return warn('loaded twice on this page: the second copy does nothing');
  g[FLAG] = true;
  const current = d.currentScript;
  const script = (
    current ? current.hasAttribute('data-politely') && current : d.querySelector('script[data-politely]')
  ) as HTMLScriptElement | null;
  if (!script || autoDisabled(script)) return;
  const go = guard(() => initResolved(() => resolveOptions(readAttributes(script), true)));
  if (d.readyState == 'loading') d.addEventListener('DOMContentLoaded', go, { once: true });
  else go();
}
