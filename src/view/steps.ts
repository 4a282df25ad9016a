import type { ComponentChildren } from 'preact';
import { h } from './h';
import type { BlockerId, Texts } from '../config/index';
import { button } from './button';
import type { Locale } from './locales/types';

/** The blockers the steps cover, in the order the picker lists them. */
export const BLOCKERS: readonly BlockerId[] = [
  'ublock',
  'adblockplus',
  'adblock',
  'adguard',
  'ghostery',
  'brave',
  'opera',
  'firefox',
  'edge',
  'safari',
  'network',
  'unknown',
];

/** Product names, the same in every language. */
const PRODUCTS: Partial<Record<BlockerId, string>> = {
  ublock: 'uBlock Origin / uBO Lite',
  adblockplus: 'Adblock Plus',
  adblock: 'AdBlock',
  adguard: 'AdGuard',
  ghostery: 'Ghostery',
  brave: 'Brave Shields',
  opera: 'Opera',
  firefox: 'Firefox',
  edge: 'Microsoft Edge',
  safari: 'Safari',
};

/** A blocker's name in the picker: the product's, or (for network and unknown) the locale's words. */
export const blockerName = (id: BlockerId, locale: Locale): string => PRODUCTS[id] ?? locale.names[id as 'network' | 'unknown'];

/** One step's text: `{site}` filled in, `*label*` in bold (as text, never HTML). */
const step = (text: string, site: string) =>
  text
    .replaceAll('{site}', site)
    .split('*')
    .map((part, i) => (i % 2 ? h('b', null, part) : part));

/** Props of {@link Steps}. */
export interface StepsProps {
  texts: Texts;
  locale: Locale;
  blocker: BlockerId;
  site: string;
  pick(id: BlockerId): void;
  reload(): void;
  /** The support link, shown where the steps say a page cannot turn the blocker off. */
  support?: ComponentChildren;
  /** `false` for the card's invisible twin, which has no ids. */
  real: boolean;
}

/**
 * The allowlist help: a picker of the blockers (the guess chosen), and the chosen one's steps in
 * today's menu wording, ending with the "Reload page" button — except for network-level
 * blocking, which no page can turn off: its steps say so, and offer the support link instead.
 */
export function Steps(p: StepsProps) {
  const network = p.blocker == 'network';
  const id = (name: string) => (p.real ? name : undefined);
  return h(
    'div',
    { id: id('politely-h'), class: 'pw' },
    h('label', { for: id('politely-b'), class: 'pk' }, p.texts.blockerLabel),
    h(
      'select',
      { id: id('politely-b'), value: p.blocker, onChange: (e: Event) => p.pick((e.target as HTMLSelectElement).value as BlockerId) },
      BLOCKERS.map((id) => h('option', { value: id }, blockerName(id, p.locale))),
    ),
    h(
      'ol',
      null,
      p.locale.steps[p.blocker].map((text) => h('li', null, step(text, p.site))),
      !network && h('li', null, button(p.texts.reload, p.reload, { class: 'pb pp pl' })),
    ),
    network && p.support,
  );
}
