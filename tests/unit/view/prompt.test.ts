// The prompt's markup, styles and keyboard behaviour, rendered directly (no controller).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Mode } from '../../../src/config/details';
import { CSS } from '../../../src/view/styles';
import { render } from './render';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  delete (Object.prototype as Record<string, unknown>).dangerouslySetInnerHTML;
  delete (Object.prototype as Record<string, unknown>).hidden;
  delete (Object.prototype as Record<string, unknown>).onClick;
});

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
    const { $, $$ } = render('banner', { help: true });
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
    const { $, m } = render('banner', {}, { texts: { title: '<img src=x onerror=alert(1)>' } });
    expect($('#politely-t').textContent).toBe('<img src=x onerror=alert(1)>');
    expect(m.root.querySelector('img')).toBeNull();
  });

  it('a polluted Object.prototype (dangerouslySetInnerHTML, hidden, onClick) never reaches the prompt’s DOM', () => {
    const clean = render('banner', { help: true }).m.root.innerHTML;
    document.body.innerHTML = '';
    const proto = Object.prototype as Record<string, unknown>;
    const attack = vi.fn();
    proto.dangerouslySetInnerHTML = { __html: '<img src=x onerror=alert(1)>' };
    proto.hidden = true;
    proto.onClick = attack;
    const { m, $$ } = render('banner', { help: true });
    expect(m.root.querySelector('img')).toBeNull();
    expect(m.root.innerHTML).toBe(clean);
    $$('button').forEach((b) => b.click());
    expect(attack).not.toHaveBeenCalled();
  });

  it('allowlist help lists the blocker families and composes their steps', () => {
    const { $, $$ } = render('corner', { blocker: 3, help: true });
    const tabs = $$('.pt button').map((b) => b.textContent);
    expect(tabs).toEqual(['uBlock Origin', 'Adblock Plus / AdBlock', 'AdGuard', 'Brave Shields', 'Ghostery', 'Other']);
    expect($('.pt [aria-pressed=true]').textContent).toBe('Brave Shields');
    expect($('ol li').textContent).toBe('Click the Brave Shields icon.');
    expect($$('ol li')).toHaveLength(3);
    expect($('[aria-controls=politely-h]').getAttribute('aria-expanded')).toBe('true');
  });

  it('the "Other" blocker gets the generic first step', () => {
    const { $ } = render('banner', { blocker: 5, help: true });
    expect($('ol li').textContent).toBe('Open your ad blocker.');
  });

  it('still blocked: offers a reload; thanks: hides the actions', () => {
    const still = render('banner', { phase: 'still' });
    expect(still.$('.ps').textContent).toContain('Still blocked');
    expect(still.$('.pl').textContent).toBe('Reload page');
    document.body.innerHTML = '';
    const thanks = render('banner', { phase: 'thanks' });
    expect(thanks.$('[role=status]').textContent).toBe('Thank you!');
    expect(thanks.m.root.querySelector('button')).toBeNull();
  });

  it('preview: a label in the prompt’s language, which texts.previewLabel replaces', () => {
    expect(render('banner', { preview: true }, { locale: 'fr' }).$('.pv').textContent).toBe('Aperçu');
    document.body.innerHTML = '';
    expect(render('banner', { preview: true }, { texts: { previewLabel: 'Test' } }).$('.pv').textContent).toBe('Test');
  });

  it('Arabic renders right to left', () => {
    const { $ } = render('banner', {}, { locale: 'ar' });
    expect($('.pr').getAttribute('dir')).toBe('rtl');
    expect($('.pr').getAttribute('lang')).toBe('ar');
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
    expect(on.dismiss).toHaveBeenCalled();
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

  it('sets custom properties from options through the CSSOM, and covers the themes and motion', () => {
    const { m } = render('banner', {}, { accent: '#8a1538', radius: '2px' });
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
