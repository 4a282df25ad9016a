import { render, type VNode } from 'preact';
import type { ResolvedOptions } from '../config/types';
import { shielded } from './shield';
import { applyStyles } from './styles';

/** One rendered prompt: a `<div data-politely-prompt>` host with an open shadow root. */
export interface Mount {
  host: HTMLElement;
  root: ShadowRoot;
  /** Renders (or re-renders) the prompt's tree. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  paint(tree: VNode<any>): void;
  /** Unmounts Preact and removes the host. */
  remove(): void;
  /** The host belongs in `<body>` (not in an inline target): put it back there if the page replaces it. */
  inBody: boolean;
}

/** Option → CSS custom property it sets on the host (page CSS on the host sets them too). */
const VARS = { accent: 'accent', background: 'bg', color: 'text', radius: 'radius', font: 'font' } as const;

/** Creates a host element in `parent` (appended) and styles its shadow root. */
export function mount(parent: Element, o: ResolvedOptions, inBody: boolean): Mount {
  const host = document.createElement('div');
  host.setAttribute('data-politely-prompt', '');
  // CSSOM, not a style="" string: allowed under a strict CSP, and the values were validated.
  for (const [key, name] of Object.entries(VARS)) {
    const v = o[key as keyof typeof VARS];
    if (v) host.style.setProperty('--politely-' + name, v);
  }
  const root = host.attachShadow({ mode: 'open' });
  // Preact renders into its own box: it would otherwise remove a fallback <style> it did not create.
  const box = document.createElement('div');
  root.append(box);
  applyStyles(root, o.nonce);
  parent.append(host);
  return {
    host,
    root,
    inBody,
    paint: (tree) => shielded(() => render(tree, box)),
    remove() {
      shielded(() => render(null, box));
      host.remove();
    },
  };
}
