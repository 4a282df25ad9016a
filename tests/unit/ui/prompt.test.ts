// The prompt's markup, styles and keyboard behaviour, rendered directly (no controller).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { h } from 'preact';
import { resolveOptions } from '../../../src/config/resolve';
import type { Mode } from '../../../src/config/types';
import { pickLocale } from '../../../src/locales/select';
import { handleKey, mount, Prompt, type UiState } from '../../../src/ui/index';
import { CSS } from '../../../src/ui/styles';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

function render(mode: Mode, state: UiState = { phase: 'ask', blocker: 0 }, extra = {}) {
  const o = resolveOptions({ supportUrl: 'https://news.example/support', mode, target: '#slot', ...extra });
  const m = mount(document.body, o);
  const on = vi.fn();
  m.paint(
    h(Prompt, {
      o,
      mode,
      locale: pickLocale('en', o.texts),
      state,
      preview: false,
      on,
      onKey: (e: KeyboardEvent) => handleKey(e, m.root, mode == 'modal', () => on('dismiss')),
    }),
  );
  return {
    m,
    on,
    $: (s: string) => m.root.querySelector<HTMLElement>(s)!,
    $$: (s: string) => [...m.root.querySelectorAll<HTMLElement>(s)],
  };
}

describe('Prompt', () => {
  it.each(['banner', 'corner', 'inline'] as Mode[])('%s: a labelled region in an open shadow root on [data-politely-prompt]', (mode) => {
    const { m, $ } = render(mode);
    expect(m.host.matches('div[data-politely-prompt]')).toBe(true);
    expect(m.host.shadowRoot).toBe(m.root);
    const region = $('[role=region]');
    expect(region.getAttribute('aria-labelledby')).toBe('politely-t');
    expect($('#politely-t').textContent).toBe('Ads keep our journalism free');
    expect(m.root.querySelector('[role=dialog]')).toBeNull();
    expect(document.activeElement).toBe(document.body);
  });

  it('modal: a labelled dialog with aria-modal', () => {
    const { $ } = render('modal');
    const dialog = $('[role=dialog]');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.getAttribute('aria-labelledby')).toBe('politely-t');
    expect(dialog.getAttribute('aria-describedby')).toBe('politely-m');
    expect($('#politely-m').textContent).toContain("ads aren't loading");
  });

  it('every control is a real button or link with a name; the CTA opens the support URL in a new tab', () => {
    const { $, $$ } = render('banner', { phase: 'ask', blocker: 0, help: true });
    const controls = $$('button, a');
    expect(controls.length).toBeGreaterThan(5);
    for (const c of controls) {
      expect(c.textContent!.trim().length, c.outerHTML).toBeGreaterThan(0);
      if (c.tagName == 'BUTTON') expect(c.getAttribute('type')).toBe('button');
    }
    const cta = $('a');
    expect(cta.getAttribute('href')).toBe('https://news.example/support');
    expect(cta.getAttribute('target')).toBe('_blank');
    expect(cta.getAttribute('rel')).toBe('noopener');
  });

  it('renders texts as text, never HTML', () => {
    const { $, m } = render('banner', undefined, { texts: { title: '<img src=x onerror=alert(1)>' } });
    expect($('#politely-t').textContent).toBe('<img src=x onerror=alert(1)>');
    expect(m.root.querySelector('img')).toBeNull();
  });

  it('allowlist help lists the blocker families and composes their steps', () => {
    const { $, $$ } = render('corner', { phase: 'ask', blocker: 3, help: true });
    const tabs = $$('.kt button').map((b) => b.textContent);
    expect(tabs).toEqual(['uBlock Origin', 'Adblock Plus / AdBlock', 'AdGuard', 'Brave Shields', 'Ghostery', 'Other']);
    expect($('.kt [aria-pressed=true]').textContent).toBe('Brave Shields');
    expect($('ol li').textContent).toBe('Click the Brave Shields icon.');
    expect($$('ol li')).toHaveLength(3);
    expect($('[aria-controls=politely-h]').getAttribute('aria-expanded')).toBe('true');
  });

  it('the "Other" blocker gets the generic first step', () => {
    const { $ } = render('banner', { phase: 'ask', blocker: 5, help: true });
    expect($('ol li').textContent).toBe('Open your ad blocker.');
  });

  it('still blocked: offers a reload; thanks: hides the actions', () => {
    const still = render('banner', { phase: 'still', blocker: 0 });
    expect(still.$('.ks').textContent).toContain('Still blocked');
    expect(still.$('.kl').textContent).toBe('Reload page');
    document.body.innerHTML = '';
    const thanks = render('banner', { phase: 'thanks', blocker: 0 });
    expect(thanks.$('[role=status]').textContent).toBe('Thank you!');
    expect(thanks.m.root.querySelector('button')).toBeNull();
  });

  it('Arabic renders right to left', () => {
    const o = resolveOptions({ locale: 'ar' });
    const m = mount(document.body, o);
    m.paint(
      h(Prompt, {
        o,
        mode: 'banner',
        locale: pickLocale('ar'),
        state: { phase: 'ask', blocker: 0 },
        preview: false,
        on: () => {},
        onKey: () => {},
      }),
    );
    expect(m.root.querySelector('.kr')!.getAttribute('dir')).toBe('rtl');
    expect(m.root.querySelector('.kr')!.getAttribute('lang')).toBe('ar');
  });
});

describe('keyboard', () => {
  const key = (el: Element, k: string, shiftKey = false) => {
    const e = new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, cancelable: true, composed: true });
    el.dispatchEvent(e);
    return e;
  };

  it('Escape inside any placement closes', () => {
    const { $, on } = render('banner');
    key($('button'), 'Escape');
    expect(on).toHaveBeenCalledWith('dismiss');
  });

  it('modal traps Tab and Shift+Tab', () => {
    const { $$ } = render('modal');
    const items = $$('a[href], button');
    const [first, last] = [items[0], items[items.length - 1]];
    last.focus();
    expect(key(last, 'Tab').defaultPrevented).toBe(true);
    expect(document.activeElement!.shadowRoot!.activeElement).toBe(first);
    expect(key(first, 'Tab', true).defaultPrevented).toBe(true);
    expect(document.activeElement!.shadowRoot!.activeElement).toBe(last);
    items[1].focus();
    expect(key(items[1], 'Tab').defaultPrevented).toBe(false);
  });

  it('non-modal placements do not trap Tab', () => {
    const { $$ } = render('corner');
    const items = $$('a[href], button');
    items[items.length - 1].focus();
    expect(key(items[items.length - 1], 'Tab').defaultPrevented).toBe(false);
  });
});

describe('styles', () => {
  const freshRoot = () => document.body.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
  const freshStyles = async () => {
    vi.resetModules();
    return (await import('../../../src/ui/styles')).applyStyles;
  };

  it('uses a <style> with the CSP nonce where constructable stylesheets are missing', async () => {
    vi.stubGlobal('CSSStyleSheet', undefined);
    const applyStyles = await freshStyles();
    const root = freshRoot();
    applyStyles(root, 'abc123');
    const style = root.querySelector('style')!;
    expect(style.nonce).toBe('abc123');
    expect(style.textContent).toBe(CSS);
    vi.unstubAllGlobals();
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

  it('sets custom properties from options through the CSSOM, and covers the themes and motion', () => {
    const { m } = render('banner', undefined, { accent: '#8a1538', radius: '2px' });
    expect(m.host.style.getPropertyValue('--politely-accent')).toBe('#8a1538');
    expect(m.host.style.getPropertyValue('--politely-radius')).toBe('2px');
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
    ])
      expect(CSS).toContain(v);
  });
});
