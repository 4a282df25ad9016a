import type { Verdict } from '../detect/index';

/** Where the prompt appears. */
export type Mode = 'banner' | 'modal' | 'corner' | 'inline';
/** Colour scheme: fixed, or following `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';
/** Where "Not now", page views and "last shown" are remembered; `none` and `memory` write nothing. */
export type StorageKind = 'local' | 'session' | 'memory' | 'none';

/**
 * The reader's blocker, as the prompt guesses it from the evidence (the browser, `navigator.brave`,
 * which signals fired): the allowlist steps open on it. `network`: a DNS filter, a VPN or a router,
 * which no page can turn off; `unknown`: no guess.
 */
export type BlockerId =
  'ublock' | 'adblockplus' | 'adblock' | 'adguard' | 'ghostery' | 'brave' | 'opera' | 'firefox' | 'edge' | 'safari' | 'network' | 'unknown';

/** What a `politely:action` event and the `onAction` callback receive. */
export interface ActionDetail {
  /** `support`, `signin`, `allowlist-help`, `blocker`, `recheck`, `reload` or `dismiss`. */
  action: 'support' | 'signin' | 'allowlist-help' | 'blocker' | 'recheck' | 'reload' | 'dismiss';
  /** For `blocker`: whose steps the reader picked. */
  blocker?: BlockerId;
}

/** What `politely:show` and `onShow` receive. */
export interface ShowDetail {
  /**
   * The placement used: a `modal` shows its thank-you as a `corner`; an `inline` prompt whose
   * target is missing or has no layout box (a blocker hid the slot) shows as a `banner`.
   */
  mode: Mode;
  /** `true` when shown by the preview option, without a blocker. */
  preview: boolean;
  /** `true` for the brief thank-you shown after an allowlist-and-reload. */
  thanks: boolean;
  /** The blocker the allowlist steps open on (a guess from the evidence; the reader can pick another). */
  blocker: BlockerId;
  /**
   * Why it shows: `detection` (a blocker was seen and every rule allowed it), `preview`, `api`
   * (`show()`), or `link` (the reader used an element with `data-politely-open`).
   */
  trigger: 'detection' | 'preview' | 'api' | 'link';
}

/** What `politely:hide` and `onHide` receive. */
export interface HideDetail {
  /** `dismiss` ("Not now"), `thanks` (closed after the thank-you), `api` (`hide()`), `destroy`, `consent` (withdrawn). */
  reason: 'dismiss' | 'thanks' | 'api' | 'destroy' | 'consent';
}

/** What `politely:dismiss` and `onDismiss` receive. */
export interface DismissDetail {
  /** Days the dismissal is remembered for (0: this page view only). */
  days: number;
}

/** What `politely:error` and `onError` receive: the prompt could not be shown. */
export interface ErrorDetail {
  /** `load`: its file could not be fetched (404, offline, blocked); `version`: it is from another release than the script. */
  reason: 'load' | 'version';
  /** The prompt file's URL. */
  url: string;
}

/** Every `politely:*` event and the type of its `detail`. */
export interface PolitelyEventMap {
  'politely:verdict': CustomEvent<Verdict>;
  'politely:show': CustomEvent<ShowDetail>;
  'politely:hide': CustomEvent<HideDetail>;
  'politely:dismiss': CustomEvent<DismissDetail>;
  'politely:action': CustomEvent<ActionDetail>;
  'politely:error': CustomEvent<ErrorDetail>;
}
