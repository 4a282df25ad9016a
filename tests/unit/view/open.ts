// Opens the prompt through the view's own code — createView() and its _open() — with a host
// that records what the view asks of the loader: for the view's unit tests.
import { vi } from 'vitest';
import { resolveOptions } from '../../../src/config/resolve';
import type { PolitelyOptions } from '../../../src/config/types';
import type { Verdict } from '../../../src/detect/types';
import type { Host, ShowRequest } from '../../../src/flow/contract';
import { lifetime } from '../../../src/flow/lifetime';
import { createView } from '../../../src/view/view';
import { installResizeObserver } from '../detect/layout';

export const verdict = (signals: Partial<Verdict['signals']> = { bait: 'blocked' }): Verdict => ({
  blocked: Object.values(signals).includes('blocked'),
  signals: { bait: 'off', adSlots: 'off', adStack: 'off', standIn: 'off', network: 'off', probe: 'off', ...signals },
  elapsedMs: 5,
});

export interface Opened {
  host: Host & Record<'_dismissed' | '_reloading' | '_closed', ReturnType<typeof vi.fn>>;
  events: [string, unknown][];
  view: ReturnType<typeof createView>;
  /** The first prompt's shadow root (inline targets each have one). */
  root(i?: number): ShadowRoot;
  /** In the card (never in its unseen twin). */
  $(selector: string, i?: number): HTMLElement;
  $$(selector: string, i?: number): HTMLElement[];
  /** The control whose text (its accessible name) is `name`. */
  control(name: string): HTMLElement;
  /** Closes the prompt, ends the view's lifetime and the fake observers. */
  end(): void;
}

/**
 * Opens a prompt with these options (a support URL by default) and this verdict; `preview` and
 * the request as the controller would pass them.
 */
export async function openPrompt(
  options: PolitelyOptions = {},
  { preview = false, seen = verdict(), request = {} }: { preview?: boolean; seen?: Verdict; request?: Partial<ShowRequest> } = {},
): Promise<Opened> {
  const observers = installResizeObserver();
  const o = resolveOptions({ supportUrl: 'https://news.example/support', ...options });
  const events: [string, unknown][] = [];
  const life = lifetime();
  const host = {
    _options: o,
    _preview: preview,
    _lifetime: life,
    _verdict: () => seen,
    _emit: (name: string, detail: unknown, callback?: (d: unknown) => unknown) => (events.push([name, detail]), callback?.(detail)),
    _detect: vi.fn(async () => verdict({ bait: 'clear' })),
    _dismissed: vi.fn(),
    _reloading: vi.fn(),
    _closed: vi.fn(),
  } as unknown as Opened['host'];
  const view = createView(host);
  await view._open({ _thanks: false, _trigger: preview ? 'preview' : 'detection', ...request });
  const root = (i = 0) =>
    [...document.querySelectorAll('[data-politely-prompt]')].filter((host) => host.shadowRoot)[i]?.shadowRoot as ShadowRoot;
  // What the card shows: not the unseen twin's copy of it (the fixed placements' room in the page).
  const $$ = (selector: string, i = 0) =>
    [...(root(i)?.querySelectorAll<HTMLElement>(selector) ?? [])].filter((el) => !el.parentElement?.closest('.pz'));
  return {
    host,
    events,
    view,
    root,
    $: (selector, i = 0) => $$(selector, i)[0],
    $$,
    control: (name) => $$('button, a, select').find((el) => el.textContent?.trim() == name) as HTMLElement,
    end: () => (view._close('destroy'), life._end(), observers.uninstall()),
  };
}
