import { h } from './h';
import type { Texts } from '../config/texts';
import { button } from './button';

/** The blocker families readers use; a last, localized "Other" tab follows them. */
export const BLOCKERS = ['uBlock Origin', 'Adblock Plus / AdBlock', 'AdGuard', 'Brave Shields', 'Ghostery'];

/**
 * Step-by-step allowlist instructions: toggle buttons (`aria-pressed`), one per blocker, and the
 * steps for the selected one. Steps are composed from localized templates and the blocker's
 * name rather than written per blocker per language: every blocker's allowlist is "open it, turn
 * it off for this site, reload".
 */
export function Steps({ t, selected, pick }: { t: Texts; selected: number; pick: (i: number) => void }) {
  const names = BLOCKERS.concat(t.other);
  return h(
    'div',
    { id: 'politely-h' },
    h(
      'div',
      { class: 'pt', role: 'group', 'aria-label': t.help },
      names.map((name, i) => button(name, () => pick(i), { 'aria-pressed': (i == selected) + '' })),
    ),
    h(
      'ol',
      null,
      h('li', null, selected < BLOCKERS.length ? t.step1.replace('{b}', names[selected]) : t.open),
      h('li', null, t.step2),
      h('li', null, t.reload),
    ),
  );
}
