// Written with `h()` rather than JSX: the JSX runtime would cost bytes the size budget lacks.
import { h } from 'preact';
import type { Mode, ResolvedOptions } from '../config/types';
import type { Locale } from '../locales/select';
import { Steps } from './steps';

/** Where the recheck flow is. */
export type Phase = 'ask' | 'checking' | 'thanks' | 'still';

/** What the reader did, as the prompt reports it to its controller. */
export type UiEvent = 'support' | 'allowlist-help' | 'blocker' | 'recheck' | 'reload' | 'dismiss';

/** The prompt's state, owned by the controller so every inline copy shows the same. */
export interface UiState {
  phase: Phase;
  /** Allowlist steps open. */
  help?: boolean;
  /** Index into BLOCKERS of the steps shown (the one past the end is "Other"). */
  blocker: number;
}

/** Props of {@link Prompt}. */
export interface PromptProps {
  o: ResolvedOptions;
  mode: Mode;
  locale: Locale;
  state: UiState;
  preview: boolean;
  on: (event: UiEvent, arg?: number) => void;
  onKey: (e: KeyboardEvent) => void;
}

/** A real `<button>`: the accessible name is its text. */
export const button = (label: string, onClick: () => void, props?: object) =>
  h('button', { type: 'button', class: 'kb', onClick, ...props }, label);

/**
 * The support prompt. Texts are rendered as text nodes (Preact escapes them), never as HTML.
 * The modal is a labelled `role="dialog"` with `aria-modal`; the other placements are labelled
 * `role="region"` landmarks that never take focus on their own.
 */
export function Prompt({ o, mode, locale, state, preview, on, onKey }: PromptProps) {
  const t = locale.texts;
  const modal = mode == 'modal';
  const phase = state.phase;
  const done = phase == 'thanks';
  const card = h(
    'div',
    {
      class: 'kc',
      role: modal ? 'dialog' : 'region',
      'aria-modal': modal ? 'true' : undefined,
      'aria-labelledby': 'politely-t',
      'aria-describedby': 'politely-m',
      tabIndex: -1,
    },
    preview && h('b', { class: 'kv' }, 'Preview'),
    h('h2', { id: 'politely-t' }, t.title),
    h('p', { id: 'politely-m', hidden: done }, t.message),
    // The live region exists from the start so screen readers announce what the recheck found.
    h('p', { class: 'ks', role: 'status' }, phase == 'ask' ? '' : t[phase]),
    !done &&
      h(
        'div',
        { class: 'kx' },
        o.supportUrl &&
          h('a', { class: 'kb kp', href: o.supportUrl, target: '_blank', rel: 'noopener', onClick: () => on('support') }, t.cta),
        button(t.help, () => on('allowlist-help'), { 'aria-expanded': !!state.help + '', 'aria-controls': 'politely-h' }),
        phase == 'still' ? button(t.reload, () => on('reload'), { class: 'kb kl' }) : button(t.recheck, () => on('recheck')),
        button(t.dismiss, () => on('dismiss')),
      ),
    state.help && !done && h(Steps, { t, selected: state.blocker, on }),
  );
  return h(
    'div',
    { class: `kr m-${mode[0]} t-${o.theme}`, dir: locale.dir, lang: locale.lang, onKeyDown: onKey },
    modal ? h('div', { class: 'ko' }, card) : card,
  );
}
