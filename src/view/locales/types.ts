import type { BlockerId, Texts } from '../../config/index';

/**
 * One built-in language: the prompt's texts, the two blocker names that are words rather than
 * products, and the allowlist steps per blocker. In the steps, `{site}` is the page's host name
 * and `*…*` marks the label the reader looks for on their screen (shown bold); the prompt adds a
 * last step, the "Reload page" button, for every blocker but `network`.
 */
export interface Locale {
  dir: 'ltr' | 'rtl';
  /** Every text but `note`, which is the publisher's own (there is none by default). */
  texts: Omit<Texts, 'note'>;
  names: { network: string; unknown: string };
  steps: Record<BlockerId, string[]>;
}
