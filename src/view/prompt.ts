// Written with `h()` rather than JSX: the JSX runtime would cost bytes the size budget lacks.
import { h } from './h';
import type { BlockerId, Mode, Texts } from '../config/index';
import { button } from './button';
import type { Locale } from './locales/types';
import { Steps } from './steps';

/** Where the recheck is: the ask, "Checking…", the thank-you, or "still blocked". */
export type Phase = 'ask' | 'checking' | 'thanks' | 'still';

/** Props of {@link Prompt}. */
export interface PromptProps {
  mode: Mode;
  /** How a `modal` is made: the platform's `<dialog>`, or a `role="dialog"` overlay where it is missing. */
  modal?: 'dialog' | 'overlay';
  theme: string;
  texts: Texts;
  locale: Locale;
  lang: string;
  supportUrl?: string;
  signinUrl?: string;
  logoUrl?: string;
  logoAlt?: string;
  phase: Phase;
  preview: boolean;
  /** The allowlist steps are open, and for which blocker; `site` is the page's host name. */
  help: boolean;
  blocker: BlockerId;
  site: string;
  on: {
    support(): void;
    signin(): void;
    help(): void;
    blocker(id: BlockerId): void;
    recheck(): void;
    reload(): void;
    dismiss(): void;
    key(e: KeyboardEvent): void;
  };
}

/**
 * The support prompt. One clear action — the support link, or without one "How to allowlist" —
 * one secondary action, and a quiet "Not now"; "I've allowlisted — check again" only once the
 * steps are open. Texts are rendered as text nodes (Preact escapes them), never as HTML. The
 * modal is a `<dialog>` (or, without one, a labelled `role="dialog"`); the other placements are
 * labelled `role="region"` landmarks that never take focus on their own.
 */
export function Prompt(p: PromptProps) {
  const done = p.phase == 'thanks';
  // The fixed placements keep the page clear of them with an invisible copy of the card in the
  // page's flow (its twin): the page gets exactly the card's height as room at its end, laid out
  // with the card itself — no measuring, no style of the page's own to change.
  const twin = p.mode == 'banner' || p.mode == 'corner';
  const labelled = { 'aria-labelledby': 'politely-t', 'aria-describedby': done ? undefined : 'politely-m' };
  const card =
    p.modal == 'dialog'
      ? h('dialog', { class: 'pc', tabIndex: -1, ...labelled }, content(p, true))
      : h(
          'div',
          { class: 'pc', role: p.modal ? 'dialog' : 'region', 'aria-modal': p.modal ? 'true' : undefined, tabIndex: -1, ...labelled },
          content(p, true),
        );
  return h(
    'div',
    { class: `pr m-${p.mode[0]} t-${p.theme}${p.help ? ' ph' : ''}`, dir: p.locale.dir, lang: p.lang, onKeyDown: p.on.key },
    p.modal == 'overlay' ? h('div', { class: 'po' }, card) : card,
    twin && h('div', { class: 'pc pz', 'aria-hidden': 'true', inert: true }, content(p, false)),
  );
}

/** What the card holds; `real` is false for the twin, which has no ids (they belong to the card). */
function content(p: PromptProps, real: boolean) {
  const t = p.texts;
  const done = p.phase == 'thanks';
  const id = (name: string) => (real ? name : undefined);
  // A function: the link may appear twice (the actions, and the steps for network blocking).
  const support = () =>
    p.supportUrl && h('a', { class: 'pb pp', href: p.supportUrl, target: '_blank', rel: 'noopener', onClick: p.on.support }, t.cta);
  const helpButton = button(t.help, p.on.help, {
    class: p.supportUrl ? 'pb' : 'pb pp',
    'aria-expanded': p.help + '',
    'aria-controls': id('politely-h'),
  });
  return [
    p.logoUrl && h('div', { class: 'pa' }, h('img', { class: 'pg', src: p.logoUrl, alt: p.logoAlt || '', height: 24 })),
    h(
      'div',
      { class: 'pt' },
      h('h2', { id: id('politely-t') }, t.title),
      p.preview && h('span', { class: 'pv' }, t.previewLabel),
      button(t.dismiss, p.on.dismiss, { class: 'pq' }),
    ),
    !done && h('p', { class: 'pm', id: id('politely-m') }, t.message),
    !done && t.note && h('p', { class: 'pn' }, t.note),
    // The live region exists from the start so screen readers announce what the recheck found.
    h('p', { class: 'ps', role: real ? 'status' : undefined }, p.phase == 'ask' ? '' : t[p.phase]),
    !done && h('div', { class: 'px' }, support() || helpButton, p.supportUrl && helpButton),
    !done && p.signinUrl && h('a', { class: 'pi', href: p.signinUrl, onClick: p.on.signin }, t.signin),
    p.help &&
      !done &&
      h(
        'div',
        null,
        h(Steps, {
          texts: t,
          locale: p.locale,
          blocker: p.blocker,
          site: p.site,
          pick: p.on.blocker,
          reload: p.on.reload,
          support: support(),
          real,
        }),
        // For network filters too: a reader who runs their own (a Pi-hole) can allowlist there.
        button(t.recheck, p.on.recheck, { class: 'pb pe', disabled: p.phase == 'checking' }),
      ),
  ];
}
