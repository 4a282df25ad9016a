// Prototype pollution, property-based: a page with a pollution bug elsewhere (a query-string
// parser merging `?__proto__[supportUrl]=…`) must not change what Politely does. Object.prototype
// is polluted with arbitrary names taken from the options table, the text keys and the locale
// list, and arbitrary values; the outcome must be the same as on a clean page: same verdict, same
// prompt (or none), same links, no request, no exception.
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { LOCALES } from '../../../src/view/locale';
import { OPTION_NAMES } from '../../../src/config/resolve';
import { TEXT_KEYS } from '../../../src/config/texts';
import { installResizeObserver } from '../detect/layout';

const seed = Number(process.env.FC_SEED ?? 20261130);
const RUNS = Number(process.env.FC_RUNS ?? 1000);
const NAMES = [
  ...OPTION_NAMES,
  ...TEXT_KEYS,
  ...Object.keys(LOCALES),
  'texts',
  'lang',
  'bait',
  'confirm',
  'recheck',
  'Politely',
  'politelyQueue',
];
const proto = Object.prototype as Record<string, unknown>;

/** What a page view looked like: the verdict, the prompt's links and text, requests, exceptions. */
interface Outcome {
  blocked: boolean | undefined;
  prompts: number;
  links: string[];
  text: string;
  requests: number;
  errors: string[];
}

/** A blocker's stylesheet hides the bait (or nothing, `clean`): jsdom has no layout of its own. */
const layout = (blocker: boolean) =>
  vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (this: Element) {
    const hidden = blocker && this.closest('[class^="div-gpt-ad"], [data-ad-manager-id], dfp-ad');
    return (this.isConnected && !hidden ? [{}] : []) as unknown as DOMRectList;
  });

async function pageView(blocker: boolean, pollution: [string, unknown][]): Promise<Outcome> {
  vi.resetModules();
  localStorage.clear();
  sessionStorage.clear();
  document.body.innerHTML = '<main><p>article</p></main>';
  const fetch = vi.fn(async () => new Response(''));
  vi.stubGlobal('fetch', fetch);
  const spy = layout(blocker);
  const observers = installResizeObserver();
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.message));
  window.addEventListener('error', onError);
  const { init } = await import('../../../src/index');
  // Loaded before the pollution: the test runner's own module loader is not what is under test.
  await import('../../../src/view/index');
  await import('../../../src/detect/network');
  const { LOCALES } = await import('../../../src/view/locale');
  await Promise.all(Object.values(LOCALES).map((load) => load()));
  let verdict: boolean | undefined;
  try {
    for (const [name, value] of pollution) proto[name] = value;
    const c = init({ supportUrl: 'https://news.example/support', timeout: 40, onVerdict: (v) => (verdict = v.blocked) });
    await c.ready;
    await new Promise((r) => setTimeout(r, 0));
    const hosts = [...document.querySelectorAll('[data-politely-prompt]')];
    // The card (not its unseen twin, which copies it for the room it takes in the page).
    const root = hosts[0]?.shadowRoot?.querySelector('.pc:not(.pz)');
    const outcome = {
      blocked: verdict,
      prompts: hosts.length,
      links: [...(root?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? ''),
      text: root?.textContent ?? '',
      requests: fetch.mock.calls.length,
      errors,
    };
    c.destroy();
    return outcome;
  } catch (e) {
    errors.push(String(e));
    return { blocked: verdict, prompts: -1, links: [], text: '', requests: fetch.mock.calls.length, errors };
  } finally {
    for (const [name] of pollution) delete proto[name];
    window.removeEventListener('error', onError);
    spy.mockRestore();
    observers.uninstall();
    vi.unstubAllGlobals();
  }
}

const value = fc.oneof(
  fc.constantFrom('https://evil.example/phish', 'javascript:alert(1)', 'modal', 'inline', 'de', 'none', '1e400', '', '0', 'true'),
  fc.boolean(),
  fc.integer(),
  fc.constant(() => true),
  fc.constant(() => false),
  fc.constant({ __html: '<img src=x onerror=alert(1)>' }),
  fc.constant(['https://evil.example/ads.js']),
  fc.string(),
);
const pollution = fc.uniqueArray(fc.tuple(fc.constantFrom(...NAMES), value), { minLength: 1, maxLength: 8, selector: ([name]) => name });

let clean: Record<'blocked' | 'notBlocked', Outcome>;
beforeAll(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  clean = { blocked: await pageView(true, []), notBlocked: await pageView(false, []) };
  vi.restoreAllMocks();
});
afterEach(() => vi.restoreAllMocks());

describe('prototype pollution', () => {
  it('the clean page views are what they should be (so that "the same" means something)', () => {
    expect(clean.blocked).toMatchObject({ blocked: true, prompts: 1, links: ['https://news.example/support'], requests: 0, errors: [] });
    expect(clean.blocked.text).toContain('Ads keep our journalism free');
    expect(clean.notBlocked).toEqual({ blocked: false, prompts: 0, links: [], text: '', requests: 0, errors: [] });
  });

  it(
    'changes nothing: same verdict, same prompt (or none), same links, no request, no exception',
    { timeout: 60_000 + RUNS * 200 },
    async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      await fc.assert(
        fc.asyncProperty(fc.boolean(), pollution, async (blocker, entries) => {
          const outcome = await pageView(blocker, entries);
          expect(outcome).toEqual(clean[blocker ? 'blocked' : 'notBlocked']);
        }),
        { seed, numRuns: Math.max(1, Math.round(RUNS / 5)) },
      );
    },
  );
});
