import { render, type VNode } from 'preact';
import type { ResolvedOptions } from '../config/index';
import { shielded } from './shield';
import { applyStyles } from './styles';

/** One rendered prompt: a `<div data-politely-prompt>` host with an open shadow root. */
export interface Mount {
  _host: HTMLElement;
  _root: ShadowRoot;
  /** Renders (or re-renders) the prompt's tree. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  _paint(tree: VNode<any>): void;
  /** Unmounts Preact and removes the host. */
  _remove(): void;
  /** Puts the host back where it belongs if the page took it away (hydration replacing nodes). */
  _restore(): void;
}

/** Option → CSS custom property it sets on the host (page CSS on the host sets them too). */
const VARS = { accent: 'accent', background: 'bg', color: 'text', radius: 'radius', font: 'font' } as const;

/**
 * Where a host goes: at the end of its `inline` target, or of `<body>`. At the end, because an
 * element inserted before others changes what they match in the page's CSS (`:first-child`, and
 * sibling rules such as `legend + *` in common reset stylesheets), and the browser then restyles
 * them, often the whole document; after them it restyles only itself.
 */
const insert = (host: HTMLElement, target?: Element) => (target ?? document.body).append(host);

/**
 * Creates a host (in `target` for `inline`, else at the end of `<body>`) and styles its shadow
 * root. `first`: the host comes first in the page's tab order, though it is last in the page — a
 * box fixed over the bottom of the screen is met before the article, not after every link of it:
 * a positive `tabindex` on the host puts it ahead of the page's own controls, and `delegatesFocus`
 * hands that focus to the prompt's first control. Nothing takes focus on its own.
 */
export function mount(o: ResolvedOptions, target?: Element, first = false): Mount {
  const host = document.createElement('div');
  host.setAttribute('data-politely-prompt', '');
  // CSSOM, not a style="" string: allowed under a strict CSP, and the values were validated.
  for (const [key, name] of Object.entries(VARS)) {
    const v = o[key as keyof typeof VARS];
    if (v) host.style.setProperty('--politely-' + name, v);
  }
  const root = host.attachShadow({ mode: 'open', delegatesFocus: first });
  if (first) host.tabIndex = 1;
  // Preact renders into its own box: it would otherwise remove a fallback <style> it did not create.
  const box = document.createElement('div');
  root.append(box);
  applyStyles(root, o.nonce);
  insert(host, target);
  return {
    _host: host,
    _root: root,
    _paint: (tree) => shielded(() => render(tree, box)),
    _remove() {
      shielded(() => render(null, box));
      host.remove();
    },
    _restore() {
      if (!host.isConnected && !target && document.body) insert(host);
    },
  };
}
