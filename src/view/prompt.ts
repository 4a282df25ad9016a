// Written with `h()` rather than JSX: the JSX runtime would cost bytes the size budget lacks.
import { h } from './h';
import type { Mode } from '../config/details';
import type { Texts } from '../config/texts';
import type { Phase } from '../flow/contract';
import { button } from './button';
import { Steps } from './steps';

/** Props of {@link Prompt}. */
export interface PromptProps {
  mode: Mode;
  theme: string;
  texts: Texts;
  lang: string;
  dir: string;
  supportUrl?: string;
  phase: Phase;
  preview: boolean;
  /** Allowlist steps open, and which blocker's (the one past the last is "Other"). */
  help: boolean;
  blocker: number;
  on: {
    support(): void;
    help(): void;
    blocker(i: number): void;
    recheck(): void;
    reload(): void;
    dismiss(): void;
    key(e: KeyboardEvent): void;
  };
}

/**
 * The support prompt. Texts are rendered as text nodes (Preact escapes them), never as HTML.
 * The modal is a labelled `role="dialog"` with `aria-modal`; the other placements are labelled
 * `role="region"` landmarks that never take focus on their own.
 */
export function Prompt(p: PromptProps) {
  const t = p.texts;
  const modal = p.mode == 'modal';
  const done = p.phase == 'thanks';
  const card = h(
    'div',
    {
      class: 'pc',
      role: modal ? 'dialog' : 'region',
      'aria-modal': modal ? 'true' : undefined,
      'aria-labelledby': 'politely-t',
      'aria-describedby': 'politely-m',
      tabIndex: -1,
    },
    p.preview && h('b', { class: 'pv' }, t.previewLabel),
    h('h2', { id: 'politely-t' }, t.title),
    h('p', { id: 'politely-m', hidden: done }, t.message),
    // The live region exists from the start so screen readers announce what the recheck found.
    h('p', { class: 'ps', role: 'status' }, p.phase == 'ask' ? '' : t[p.phase]),
    !done &&
      h(
        'div',
        { class: 'px' },
        p.supportUrl && h('a', { class: 'pb pp', href: p.supportUrl, target: '_blank', rel: 'noopener', onClick: p.on.support }, t.cta),
        button(t.help, p.on.help, { 'aria-expanded': p.help + '', 'aria-controls': 'politely-h' }),
        p.phase == 'still' ? button(t.reload, p.on.reload, { class: 'pb pl' }) : button(t.recheck, p.on.recheck),
        button(t.dismiss, p.on.dismiss),
      ),
    p.help && !done && h(Steps, { t, selected: p.blocker, pick: p.on.blocker }),
  );
  return h(
    'div',
    { class: `pr m-${p.mode[0]} t-${p.theme}`, dir: p.dir, lang: p.lang, onKeyDown: p.on.key },
    modal ? h('div', { class: 'po' }, card) : card,
  );
}
