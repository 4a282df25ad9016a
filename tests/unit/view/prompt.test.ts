// The prompt, opened through the view's own code (./open.ts): its markup, its one clear action,
// the allowlist steps, the placements and their fallbacks, the keyboard, the events, the styles.
// jsdom has no <dialog>.showModal(): the modal here is the overlay that stands in for it (the
// native dialog is tested in real browsers, tests/browser/prompt.test.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Mode } from '../../../src/config/details';
import { CSS } from '../../../src/view/styles';
import { layout } from '../detect/layout';
import { openPrompt, verdict, type Opened } from './open';

let opened: Opened | undefined;
const open = async (...args: Parameters<typeof openPrompt>) => (opened = await openPrompt(...args));
afterEach(() => {
  opened?.end();
  opened = undefined;
  document.body.innerHTML = '';
  document.querySelectorAll('[data-politely-prompt]').forEach((el) => el.remove());
  document.documentElement.removeAttribute('style');
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  for (const key of ['dangerouslySetInnerHTML', 'hidden', 'onClick']) delete (Object.prototype as Record<string, unknown>)[key];
});
const key = (el: Element, k: string, shiftKey = false) => {
  const e = new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, cancelable: true, composed: true });
  el.dispatchEvent(e);
  return e;
};
const actions = (p: Opened) => p.events.filter(([name]) => name == 'action').map(([, d]) => d);

describe('placements', () => {
  it.each(['banner', 'corner'] as Mode[])(
    '%s: a labelled region in an open shadow root, last in <body>, first in the tab order',
    async (mode) => {
      const p = await open({ mode });
      const host = document.querySelector<HTMLElement>('[data-politely-prompt]')!;
      expect(document.body.lastElementChild).toBe(host);
      expect(host.shadowRoot!.mode).toBe('open');
      expect(host.tabIndex).toBe(1);
      expect(p.$('[role=region]').getAttribute('aria-labelledby')).toBe('politely-t');
      expect(p.$('#politely-t').textContent).toBe('Ads keep our journalism free');
      expect(p.root().querySelector('[role=dialog]')).toBeNull();
      expect(document.activeElement).toBe(document.body);
    },
  );

  it('modal (here the overlay that stands in for <dialog>): a labelled, described dialog with aria-modal that takes focus', async () => {
    const p = await open({ mode: 'modal' });
    const dialog = p.$('[role=dialog]');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.getAttribute('aria-labelledby')).toBe('politely-t');
    expect(dialog.getAttribute('aria-describedby')).toBe('politely-m');
    expect(p.root().activeElement).toBe(dialog);
    // The page behind does not scroll while it is open; its own style comes back as it was.
    expect(document.documentElement.style.overflow).toBe('hidden');
    p.control('Not now').click();
    expect(document.documentElement.hasAttribute('style')).toBe(false);
  });

  it('inline: a copy in every target that has a layout box', async () => {
    document.body.innerHTML = '<div class="slot"></div><div class="slot"></div>';
    layout();
    const p = await open({ mode: 'inline', target: '.slot' });
    expect([...document.querySelectorAll('.slot > [data-politely-prompt]')]).toHaveLength(2);
    expect(p.events[0]).toEqual(['show', expect.objectContaining({ mode: 'inline' })]);
  });

  it('inline into a slot a blocker hid (no layout box): a banner, one warning, and politely:show names the banner', async () => {
    document.body.innerHTML = '<div class="ad-slot"></div>';
    layout('.ad-slot');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const p = await open({ mode: 'inline', target: '.ad-slot' });
    expect(document.querySelector('.ad-slot [data-politely-prompt]')).toBeNull();
    expect(p.events[0]).toEqual(['show', expect.objectContaining({ mode: 'banner' })]);
    expect(warn.mock.calls.map((c) => c[0])).toEqual([
      '[politely] the target ".ad-slot" has no layout box (hidden, perhaps by an ad blocker\'s rules); showing a banner',
    ]);
  });

  it('inline whose target loses its box while shown: the prompt moves to a banner, with one warning', async () => {
    document.body.innerHTML = '<div class="slot"></div>';
    const rects = layout();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const p = await open({ mode: 'inline', target: '.slot' });
    expect(document.querySelector('.slot [data-politely-prompt]')).not.toBeNull();
    // A frame later (the observer has reported the prompt's box), the page hides the slot.
    await new Promise((r) => setTimeout(r, 50));
    rects.mockRestore();
    layout('.slot');
    await vi.waitFor(() => expect(document.querySelector('.slot [data-politely-prompt]')).toBeNull());
    expect(document.body.lastElementChild).toBe(document.querySelector('[data-politely-prompt]'));
    expect(p.$('[role=region]')).not.toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it.each(['banner', 'corner'] as Mode[])(
    '%s: an unseen twin of the card in the page’s flow gives the page the card’s room at its end; no id twice, nothing reachable',
    async (mode) => {
      const p = await open({ mode });
      p.control('How to allowlist').click();
      const twin = p.$('.pz');
      expect(twin.getAttribute('aria-hidden')).toBe('true');
      expect(twin.hasAttribute('inert')).toBe(true);
      expect(twin.querySelector('[id]')).toBeNull();
      expect(twin.textContent).toBe(p.$('.pc:not(.pz)').textContent);
      // The page's own styles stay as they were.
      expect(document.documentElement.hasAttribute('style')).toBe(false);
      const ids = p.$$('[id]').map((el) => el.id);
      expect(new Set(ids).size).toBe(ids.length);
    },
  );

  it('a page element focused under the fixed card is scrolled clear of it', async () => {
    const scrolled = vi.fn();
    vi.stubGlobal('scrollBy', scrolled);
    document.body.insertAdjacentHTML('afterbegin', '<a id="last" href="#x">last link</a>');
    const p = await open({ mode: 'banner' });
    vi.spyOn(p.$('.pc'), 'getBoundingClientRect').mockReturnValue({ top: 600 } as DOMRect);
    const link = document.getElementById('last')!;
    vi.spyOn(link, 'getBoundingClientRect').mockReturnValue({ top: 620, bottom: 640 } as DOMRect);
    vi.stubGlobal('innerHeight', 740);
    link.focus();
    expect(scrolled).toHaveBeenCalledWith(0, 48);
  });
});

describe('one clear action', () => {
  it('the support link first, "How to allowlist" second, a quiet "Not now"; no "check again" before the steps are open', async () => {
    const p = await open();
    const main = p.$$('.px > *');
    expect(main.map((el) => [el.tagName, el.textContent, el.classList.contains('pp')])).toEqual([
      ['A', 'Support us', true],
      ['BUTTON', 'How to allowlist', false],
    ]);
    const cta = main[0];
    expect(cta.getAttribute('href')).toBe('https://news.example/support');
    expect([cta.getAttribute('target'), cta.getAttribute('rel')]).toEqual(['_blank', 'noopener']);
    expect(p.$('.pq').textContent).toBe('Not now');
    expect(p.$('.pq').tagName).toBe('BUTTON');
    expect(p.control('I’ve allowlisted — check again') ?? p.control("I've allowlisted — check again")).toBeUndefined();
  });

  it('without a support URL: "How to allowlist" is the main action and the message asks only to allowlist', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const p = await open({ supportUrl: undefined });
    expect(p.$$('.px > *').map((el) => [el.textContent, el.classList.contains('pp')])).toEqual([['How to allowlist', true]]);
    expect(p.root().querySelector('a')).toBeNull();
    expect(p.$('#politely-m').textContent).toBe("It looks like ads aren't loading. Ads pay for our reporting: please allowlist this site.");
  });

  it('the publication’s logo (decorative, or named by logoAlt), a sign-in link for subscribers, a note, a Preview badge', async () => {
    const p = await open(
      { logoUrl: 'https://news.example/logo.svg', logoAlt: 'The Gazette', signinUrl: '/login', texts: { note: 'From €1 a month.' } },
      { preview: true },
    );
    const logo = p.$('img');
    expect([logo.getAttribute('src'), logo.getAttribute('alt')]).toEqual(['https://news.example/logo.svg', 'The Gazette']);
    expect(p.$('.pv').textContent).toBe('Preview');
    expect(p.$('.pn').textContent).toBe('From €1 a month.');
    const signin = p.control('Already a subscriber? Sign in');
    expect(signin.getAttribute('href')).toBe(new URL('/login', location.href).href);
    signin.click();
    expect(actions(p)).toEqual([{ action: 'signin' }]);
    p.end();
    document.querySelectorAll('[data-politely-prompt]').forEach((el) => el.remove());
    expect((await open({ logoUrl: 'https://news.example/logo.svg' })).$('img').getAttribute('alt')).toBe('');
  });

  it('every control is a real button, link or select with a name', async () => {
    const p = await open({ signinUrl: '/login' });
    p.control('How to allowlist').click();
    const controls = p.$$('button, a, select');
    expect(controls.length).toBeGreaterThan(5);
    for (const c of controls) {
      if (c.tagName == 'SELECT') expect(p.root().querySelector(`label[for="${c.id}"]`)?.textContent).toBe('Your ad blocker');
      else expect(c.textContent!.trim().length, c.outerHTML).toBeGreaterThan(0);
      if (c.tagName == 'BUTTON') expect(c.getAttribute('type')).toBe('button');
    }
  });
});

describe('the allowlist steps', () => {
  it('open on the guessed blocker, in today’s wording, {site} filled in, labels bold, then "Reload page" and "check again"', async () => {
    const p = await open({}, { seen: verdict({ bait: 'blocked', standIn: 'blocked' }) });
    p.control('How to allowlist').click();
    expect(p.$('[aria-controls=politely-h]').getAttribute('aria-expanded')).toBe('true');
    const select = p.$('select') as HTMLSelectElement;
    expect(select.value).toBe('ublock');
    expect(select.options).toHaveLength(12);
    const steps = p.$$('ol li');
    expect(steps[1].textContent).toBe('Click the big blue power button: it turns grey for localhost.');
    expect(steps[1].querySelector('b')!.textContent).toBe('power button');
    expect(steps.at(-1)!.querySelector('button')!.textContent).toBe('Reload page');
    expect(p.control("I've allowlisted — check again")).toBeDefined();
    expect(actions(p)).toEqual([{ action: 'allowlist-help' }]);
  });

  it('another blocker is one choice away, and says which', async () => {
    const p = await open();
    p.control('How to allowlist').click();
    const select = p.$('select') as HTMLSelectElement;
    select.value = 'brave';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(p.$$('ol li')[0].textContent).toContain('Brave Shields icon');
    expect(actions(p).at(-1)).toEqual({ action: 'blocker', blocker: 'brave' });
  });

  it('network-level blocking cannot be turned off from a page: the steps say so, with the support link and no reload step; "check again" stays, for readers who run their own filter', async () => {
    const p = await open({}, { seen: verdict({ adStack: 'blocked', network: 'blocked' }) });
    p.control('How to allowlist').click();
    expect((p.$('select') as HTMLSelectElement).value).toBe('network');
    expect(p.$('ol').textContent).toContain("This page can't turn it off.");
    expect(p.$$('ol button')).toEqual([]);
    expect(p.$('.pw a').textContent).toBe('Support us');
    expect(p.control("I've allowlisted — check again")).toBeDefined();
  });

  it('recheck: "Checking…", then still blocked (focus on "Reload page"), which reloads with the flag set', async () => {
    const p = await open();
    p.host._detect = vi.fn(async () => verdict({ bait: 'blocked' }));
    p.control('How to allowlist').click();
    p.control("I've allowlisted — check again").focus();
    p.control("I've allowlisted — check again").click();
    expect(p.$('[role=status]').textContent).toBe('Checking…');
    await vi.waitFor(() => expect(p.$('[role=status]').textContent).toBe('Ads still seem blocked. Reloading the page may help.'));
    expect(p.root().activeElement!.textContent).toBe('Reload page');
    const reload = vi.fn();
    vi.stubGlobal('location', { ...location, reload, href: location.href });
    p.control('Reload page').click();
    expect(p.host._reloading).toHaveBeenCalled();
    expect(actions(p).map((a) => (a as { action: string }).action)).toEqual(['allowlist-help', 'recheck', 'reload']);
  });

  it('recheck with the blocker gone: a thank-you, then the prompt closes itself (hide reason "thanks")', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const p = await open();
    p.control('How to allowlist').click();
    p.control("I've allowlisted — check again").click();
    await vi.waitFor(() => expect(p.$('[role=status]').textContent).toBe('Thank you!'));
    expect(p.root().querySelector('.px')).toBeNull();
    await vi.advanceTimersByTimeAsync(3000);
    expect(document.querySelector('[data-politely-prompt]')).toBeNull();
    expect(p.events.at(-1)).toEqual(['hide', { reason: 'thanks' }]);
    expect(p.host._closed).toHaveBeenCalledTimes(1);
  });
});

describe('texts and languages', () => {
  it('renders texts as text, never HTML', async () => {
    const p = await open({ texts: { title: '<img src=x onerror=alert(1)>' } });
    expect(p.$('#politely-t').textContent).toBe('<img src=x onerror=alert(1)>');
    expect(p.root().querySelector('img')).toBeNull();
  });

  it('a polluted Object.prototype (dangerouslySetInnerHTML, hidden, onClick) never reaches the prompt’s DOM', async () => {
    const clean = (await open()).root().innerHTML;
    opened!.end();
    document.querySelectorAll('[data-politely-prompt]').forEach((el) => el.remove());
    const proto = Object.prototype as Record<string, unknown>;
    const attack = vi.fn();
    proto.dangerouslySetInnerHTML = { __html: '<img src=x onerror=alert(1)>' };
    proto.hidden = true;
    proto.onClick = attack;
    const p = await open();
    expect(p.root().querySelector('img')).toBeNull();
    expect(p.root().innerHTML).toBe(clean);
    p.$$('button').forEach((b) => b.click());
    expect(attack).not.toHaveBeenCalled();
  });

  it('the Preview badge is in the prompt’s language; texts.previewLabel replaces it', async () => {
    expect((await open({ locale: 'fr' }, { preview: true })).$('.pv').textContent).toBe('Aperçu');
    opened!.end();
    document.querySelectorAll('[data-politely-prompt]').forEach((el) => el.remove());
    expect((await open({ texts: { previewLabel: 'Test' } }, { preview: true })).$('.pv').textContent).toBe('Test');
  });

  it('Arabic renders right to left', async () => {
    const p = await open({ locale: 'ar' });
    expect(p.$('.pr').getAttribute('dir')).toBe('rtl');
    expect(p.$('.pr').getAttribute('lang')).toBe('ar');
  });
});

describe('events', () => {
  it('politely:show names the placement, the blocker guessed, and why it shows', async () => {
    const p = await open({ mode: 'corner' }, { seen: verdict({ adStack: 'blocked', network: 'blocked' }) });
    expect(p.events).toEqual([['show', { mode: 'corner', preview: false, thanks: false, blocker: 'network', trigger: 'detection' }]]);
  });

  it('"Not now": remembered, then action, dismiss and hide, and the host is told once', async () => {
    const p = await open({ dismissDays: 30 });
    p.control('Not now').click();
    expect(p.host._dismissed).toHaveBeenCalledTimes(1);
    expect(p.events.slice(1)).toEqual([
      ['action', { action: 'dismiss' }],
      ['dismiss', { days: 30 }],
      ['hide', { reason: 'dismiss' }],
    ]);
    expect(p.host._closed).toHaveBeenCalledTimes(1);
    p.view._close('api');
    expect(p.host._closed).toHaveBeenCalledTimes(1);
  });
});

describe('keyboard', () => {
  it('Escape inside a non-modal placement dismisses', async () => {
    const p = await open();
    key(p.$('.pq'), 'Escape');
    expect(p.host._dismissed).toHaveBeenCalled();
    expect(document.querySelector('[data-politely-prompt]')).toBeNull();
  });

  it('the overlay standing in for <dialog> traps Tab and Shift+Tab', async () => {
    const p = await open({ mode: 'modal' });
    const items = p.$$('a[href], button');
    const [first, last] = [items[0], items[items.length - 1]];
    last.focus();
    expect(key(last, 'Tab').defaultPrevented).toBe(true);
    expect(p.root().activeElement).toBe(first);
    expect(key(first, 'Tab', true).defaultPrevented).toBe(true);
    expect(p.root().activeElement).toBe(last);
    items[1].focus();
    expect(key(items[1], 'Tab').defaultPrevented).toBe(false);
  });

  it('non-modal placements do not trap Tab', async () => {
    const p = await open({ mode: 'corner' });
    const items = p.$$('a[href], button');
    items[items.length - 1].focus();
    expect(key(items[items.length - 1], 'Tab').defaultPrevented).toBe(false);
  });
});

describe('styles', () => {
  const freshRoot = () => document.body.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
  const freshStyles = async () => {
    vi.resetModules();
    return (await import('../../../src/view/styles')).applyStyles;
  };

  it('uses a <style> with the CSP nonce where constructable stylesheets are missing', async () => {
    vi.stubGlobal('CSSStyleSheet', undefined);
    const applyStyles = await freshStyles();
    const root = freshRoot();
    applyStyles(root, 'abc123');
    const style = root.querySelector('style')!;
    expect(style.nonce).toBe('abc123');
    expect(style.textContent).toBe(CSS);
  });

  it('adopts one shared constructable stylesheet when supported', async () => {
    const applyStyles = await freshStyles();
    const [a, b] = [freshRoot(), freshRoot()];
    applyStyles(a);
    applyStyles(b);
    expect(a.querySelector('style')).toBeNull();
    expect(a.adoptedStyleSheets).toHaveLength(1);
    expect(b.adoptedStyleSheets[0]).toBe(a.adoptedStyleSheets[0]);
    expect(a.adoptedStyleSheets[0].cssRules.length).toBeGreaterThan(10);
  });

  it('sets custom properties from options through the CSSOM, and covers the themes, phones, safe areas and motion', async () => {
    await open({ accent: '#8a1538', radius: '2px' });
    const host = document.querySelector<HTMLElement>('[data-politely-prompt]')!;
    expect(host.style.getPropertyValue('--politely-accent')).toBe('#8a1538');
    expect(host.style.getPropertyValue('--politely-radius')).toBe('2px');
    for (const v of [
      '--politely-accent',
      '--politely-bg',
      '--politely-text',
      '--politely-radius',
      '--politely-font',
      'prefers-color-scheme:dark',
      'prefers-reduced-motion:no-preference',
      ':focus-visible',
      'position:fixed',
      'inset-inline',
      '@media(max-width:480px)',
      'max-height:25dvh',
      'env(safe-area-inset-bottom)',
      '100dvh',
      '::backdrop',
    ])
      expect(CSS).toContain(v);
  });
});
