import type { Verdict } from '../detect/types';

/** Where the prompt appears. */
export type Mode = 'banner' | 'modal' | 'corner' | 'inline';
/** Colour scheme: fixed, or following `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';
/** Where "Not now", page views and "last shown" are remembered; `none` and `memory` write nothing. */
export type StorageKind = 'local' | 'session' | 'memory' | 'none';

/** What a `politely:action` event and the `onAction` callback receive. */
export interface ActionDetail {
  /** `support`, `allowlist-help`, `blocker`, `recheck`, `reload` or `dismiss`. */
  action: 'support' | 'allowlist-help' | 'blocker' | 'recheck' | 'reload' | 'dismiss';
  /** For `blocker`: which blocker's steps the reader opened (its name, or `other`). */
  blocker?: string;
}

/** What `politely:show` and `onShow` receive. */
export interface ShowDetail {
  /** The placement used (a `modal` shows its thank-you as a `corner`; an `inline` without a target as a `banner`). */
  mode: Mode;
  /** `true` when shown by the preview option, without a blocker. */
  preview: boolean;
  /** `true` for the brief thank-you shown after an allowlist-and-reload. */
  thanks: boolean;
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
