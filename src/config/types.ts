import type { Verdict } from '../detect/types';
import type { Texts } from '../locales/texts';

/** Where the prompt appears. */
export type Mode = 'banner' | 'modal' | 'corner' | 'inline';
/** Colour scheme: fixed, or following `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';
/** Where "not now", page views and "last shown" are remembered. */
/** `none` and `memory` keep everything in memory for the page's life: nothing is written. */
export type StorageKind = 'local' | 'session' | 'memory' | 'none';

/** What a `politely:action` event and the `onAction` callback receive. */
export interface ActionDetail {
  /** `support`, `allowlist-help`, `blocker`, `recheck`, `reload` or `dismiss`. */
  action: 'support' | 'allowlist-help' | 'blocker' | 'recheck' | 'reload' | 'dismiss';
  /** For `blocker`: which blocker's steps the reader opened. */
  blocker?: string;
}

/** What `politely:show` and `onShow` receive. */
export interface ShowDetail {
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
  /** Days the dismissal is remembered for (0: this page only). */
  days: number;
}

/**
 * Options for `init()`. Every option is optional; each has a `data-*` attribute twin for the
 * script tag (see the table in `src/config/resolve.ts`).
 */
export interface PolitelyOptions {
  /** `http:`/`https:` URL of the support (subscribe, donate) page; relative URLs resolve against the page. Without it the support link is not shown. */
  supportUrl?: string;
  /** Placement. Default `banner`. */
  mode?: Mode;
  /** CSS selector of the element(s) to render into when `mode` is `inline` (e.g. an empty ad slot). */
  target?: string;
  /** Language of the built-in texts, e.g. `de` or `pt-BR` (matched by primary subtag). Default: `<html lang>`, then the browser's languages, then English. */
  locale?: string;
  /** Override any text (see {@link Texts}). */
  texts?: Partial<Texts>;
  /** Default `auto` (follows `prefers-color-scheme`). */
  theme?: Theme;
  /** Accent colour of the support button (white text sits on it: pick a dark enough colour). Sets `--politely-accent`. */
  accent?: string;
  /** Background colour. Sets `--politely-bg`. */
  background?: string;
  /** Text colour. Sets `--politely-text`. */
  color?: string;
  /** Corner radius, a CSS length. Sets `--politely-radius`. */
  radius?: string;
  /** CSS `font-family`. Sets `--politely-font`. */
  font?: string;
  /** Days a "Not now" is remembered. Default 7; 0 remembers it for this page only. */
  dismissDays?: number;
  /** Show only from the Nth page view on. Default 1 (the first). */
  minPageviews?: number;
  /** Show at most once per this many hours. Default 0 (no limit besides "Not now"). */
  periodHours?: number;
  /** Milliseconds after `init()` before the prompt may appear. Default 0. */
  delay?: number;
  /** Detection deadline in milliseconds (passed to `detect`). Default: detect's own (600). */
  timeout?: number;
  /** Extra ad script URL parts to watch (passed to `detect`). */
  adScripts?: string[];
  /** `http:`/`https:` URL for the optional request probe (passed to `detect`). Off by default. */
  probeUrl?: string;
  /** Show the prompt without a blocker, marked "Preview". Never on by default. */
  preview?: boolean;
  /** Let `?politely-preview` in the page URL turn preview on. Default `false`. */
  previewParam?: boolean;
  /** Default `local`; falls back to memory whenever the browser refuses storage. */
  storage?: StorageKind;
  /** CSP nonce for the `<style>` element used where constructable stylesheets are missing. */
  nonce?: string;
  /**
   * Hold detection, storage and the prompt until the reader consents: through the page's IAB
   * TCF v2 CMP (`consentPurpose`), `Politely.consent()`, or the `consentEvent` DOM event.
   * Withdrawn consent stops further checks and hides the prompt. Default `false`.
   */
  requireConsent?: boolean;
  /** TCF purpose whose consent `requireConsent` waits for. Default 1 ("Store and/or access information on a device"); 0 ignores the TCF API. */
  consentPurpose?: number;
  /** Name of a DOM event on `document` that means "consent granted" (`detail: false` withdraws). */
  consentEvent?: string;
  /** Never show to readers who have this cookie (subscribers). */
  skipCookie?: string;
  /** Never show to readers whose `localStorage` has this key (subscribers). */
  skipStorageKey?: string;
  /** Never show on pages where this CSS selector matches (paid or sponsored content). */
  skipSelector?: string;
  /** Never show to automated browsers (`navigator.webdriver`) and known crawlers. Default `true`. */
  skipBots?: boolean;
  /** On a suppressed page, still run detection so `politely:verdict` reaches analytics. Default `false`. */
  detectWhenSuppressed?: boolean;
  /** Last word on showing: return `false` to keep the prompt hidden for this verdict. A throw counts as `false`. */
  shouldShow?: (verdict: Verdict) => boolean;
  /** Called with every verdict this controller gets (the first detection and each recheck). */
  onVerdict?: (verdict: Verdict) => void;
  onShow?: (detail: ShowDetail) => void;
  onHide?: (detail: HideDetail) => void;
  onDismiss?: (detail: DismissDetail) => void;
  onAction?: (detail: ActionDetail) => void;
}

/** Options after validation: defaults filled in, texts resolved, frozen. */
export interface ResolvedOptions
  extends
    Readonly<
      Required<
        Pick<
          PolitelyOptions,
          | 'mode'
          | 'theme'
          | 'dismissDays'
          | 'minPageviews'
          | 'periodHours'
          | 'delay'
          | 'preview'
          | 'previewParam'
          | 'storage'
          | 'requireConsent'
          | 'consentPurpose'
          | 'skipBots'
          | 'detectWhenSuppressed'
        >
      >
    >,
    Readonly<
      Omit<
        PolitelyOptions,
        | 'mode'
        | 'theme'
        | 'dismissDays'
        | 'minPageviews'
        | 'periodHours'
        | 'delay'
        | 'preview'
        | 'previewParam'
        | 'storage'
        | 'requireConsent'
        | 'consentPurpose'
        | 'skipBots'
        | 'detectWhenSuppressed'
        | 'texts'
      >
    > {
  readonly texts: Readonly<Partial<Texts>>;
}
