/**
 * Every text the prompt shows, by key. Each one can be replaced with the `texts` option or a
 * `data-<key>` attribute (kebab-case: `data-message-allowlist`). The allowlist steps themselves
 * are written per blocker and language, and are not replaced.
 *
 * | key | shown as |
 * |---|---|
 * | `title` | the heading |
 * | `message` | the paragraph under it, when there is a support link |
 * | `messageAllowlist` | the paragraph under it without a support link: it asks only to allowlist |
 * | `note` | a short line under the message (what support costs or pays for); none by default |
 * | `cta` | the support link, the main action |
 * | `signin` | the link for subscribers, with `signinUrl` |
 * | `help` | the button that opens the allowlist steps |
 * | `blockerLabel` | the label of the blocker picker in the steps |
 * | `recheck` | "I've allowlisted — check again", once the steps are open |
 * | `dismiss` | "Not now", the quiet way out |
 * | `checking` | status while the recheck runs |
 * | `thanks` | status when the blocker is gone |
 * | `still` | status when ads are still blocked |
 * | `reload` | the "Reload page" button (the steps' last one, and after "still blocked") |
 * | `previewLabel` | the badge on the card in preview mode |
 */
export interface Texts {
  title: string;
  message: string;
  messageAllowlist: string;
  note: string;
  cta: string;
  signin: string;
  help: string;
  blockerLabel: string;
  recheck: string;
  dismiss: string;
  checking: string;
  thanks: string;
  still: string;
  reload: string;
  previewLabel: string;
}

/** The text keys: what `texts` and the `data-<key>` attributes may replace. */
export const TEXT_KEYS = [
  'title',
  'message',
  'messageAllowlist',
  'note',
  'cta',
  'signin',
  'help',
  'blockerLabel',
  'recheck',
  'dismiss',
  'checking',
  'thanks',
  'still',
  'reload',
  'previewLabel',
] as const satisfies readonly (keyof Texts)[];
