/**
 * Every text the prompt shows, by key. Each one can be overridden with the `texts` option or a
 * `data-<key>` attribute (for example `data-cta="Subscribe"`).
 *
 * | key | shown as |
 * |---|---|
 * | `title` | the heading |
 * | `message` | the paragraph under it |
 * | `cta` | the primary link to the support URL |
 * | `help` | the button that opens the allowlist steps |
 * | `recheck` | "I've allowlisted — check again" |
 * | `dismiss` | "Not now" |
 * | `checking` | status while the recheck runs |
 * | `thanks` | status when the blocker is gone |
 * | `still` | status when ads are still blocked |
 * | `reload` | the "Reload page" button, also the last allowlist step |
 * | `step1` | first step for a named blocker; `{b}` is replaced by its name |
 * | `open` | first step for the generic "Other" blocker |
 * | `step2` | "turn it off for this site" |
 * | `other` | the label of the generic blocker tab |
 * | `previewLabel` | the label on the card in preview mode |
 */
export interface Texts {
  title: string;
  message: string;
  cta: string;
  help: string;
  recheck: string;
  dismiss: string;
  checking: string;
  thanks: string;
  still: string;
  reload: string;
  step1: string;
  open: string;
  step2: string;
  other: string;
  previewLabel: string;
}

/** The text keys, in the order the built-in locale strings list them. */
export const TEXT_KEYS = 'title message cta help recheck dismiss checking thanks still reload step1 open step2 other previewLabel'.split(
  ' ',
) as (keyof Texts)[];
