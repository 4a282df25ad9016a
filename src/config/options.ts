/**
 * The options table: the single source of truth for every option. The option types
 * (`PolitelyOptions`), the `data-*` attributes and their parsing, the defaults, the warnings and
 * the README's options table (`npm run readme`, checked by a test) all derive from it. Each
 * entry is `[validator, default]`; its TSDoc is what IDEs show and what the README prints:
 * the first paragraph, `@defaultValue` and `@example`.
 */
import type { Verdict } from '../detect/index';
import { bool, css, fn, list, num, oneOf, selector, text, url } from './checks';
import type { ActionDetail, DismissDetail, ErrorDetail, HideDetail, ShowDetail } from './details';

export const OPTIONS = {
  /**
   * Your support page (subscribe, donate, become a member): an `http:` or `https:` URL; relative
   * URLs resolve against the page. It is the prompt's main action. Without it the prompt asks
   * only to allowlist the site, and `init()` warns once.
   * @defaultValue none: the prompt asks only to allowlist
   * @example /support
   */
  supportUrl: [url],
  /**
   * Where subscribers sign in: adds "Already a subscriber? Sign in" under the actions.
   * @defaultValue none
   * @example /login
   */
  signinUrl: [url],
  /**
   * Your publication's logo, an `http:` or `https:` image shown at the top of the card (about
   * 24 px high). Decorative unless `logoAlt` names it.
   * @defaultValue none
   * @example /img/logo.svg
   */
  logoUrl: [url],
  /**
   * The logo's text alternative, for screen readers (your publication's name). Without it the
   * logo is decorative: the heading already says who asks.
   * @defaultValue none: decorative
   * @example The Daily Gazette
   */
  logoAlt: [text],
  /**
   * Where the prompt appears: a `banner` fixed to the bottom, a `modal` dialog, a `corner` card,
   * or `inline` in the element(s) `target` names.
   * @defaultValue `banner`
   * @example modal
   */
  mode: [oneOf('banner', 'modal', 'corner', 'inline'), 'banner'],
  /**
   * For `inline`: a CSS selector of the element(s) to render into (each match gets a copy). When
   * nothing matches at show time, or no match has a layout box (a blocker hid the ad slot), the
   * prompt shows as a `banner`, with a warning.
   * @defaultValue none
   * @example #slot-mid
   */
  target: [selector],
  /**
   * The prompt's language, matched by its primary subtag (`pt-BR` → `pt`); built in: `en`,
   * `de`, `fr`, `es`, `it`, `pt`, `nl`, `pl`, `tr`, `ar`. Another one is warned about when the
   * prompt shows, which then speaks the page's language.
   * @defaultValue `<html lang>`, then the browser's languages, then `en`
   * @example de
   */
  locale: [text],
  /**
   * Colour scheme: `light`, `dark`, or `auto` (follows `prefers-color-scheme`).
   * @defaultValue `auto`
   * @example dark
   */
  theme: [oneOf('auto', 'light', 'dark'), 'auto'],
  /**
   * The support button's colour (white text sits on it). Sets `--politely-accent`.
   * @defaultValue `#0b57d0`
   * @example #8a1538
   */
  accent: [css('color', true)],
  /**
   * The card's background colour. Sets `--politely-bg`.
   * @defaultValue the theme's (`#fff` / `#202124`)
   * @example #fffbe6
   */
  background: [css('color', true)],
  /**
   * The text colour. Sets `--politely-text`.
   * @defaultValue the theme's (`#1c1c1e` / `#f1f3f4`)
   * @example #222
   */
  color: [css('color', true)],
  /**
   * Corner radius, a CSS length (the banner is always square; buttons take it up to 8px). Sets
   * `--politely-radius`.
   * @defaultValue `12px`
   * @example 4px
   */
  radius: [css('border-radius')],
  /**
   * A CSS `font-family` list. Sets `--politely-font`.
   * @defaultValue `system-ui, sans-serif`
   * @example Georgia, serif
   */
  font: [css('font-family')],
  /**
   * Days a "Not now" is remembered; 0 remembers it for this page view only.
   * @defaultValue `7`
   * @example 30
   */
  dismissDays: [num(0, 3650), 7],
  /**
   * Show from the reader's Nth page view on.
   * @defaultValue `1`
   * @example 3
   */
  minPageviews: [num(1, 10000, true), 1],
  /**
   * Show at most once per this many hours (besides "Not now").
   * @defaultValue `0`: no limit
   * @example 24
   */
  periodHours: [num(0, 87600), 0],
  /**
   * Milliseconds after `init()` before the prompt may appear.
   * @defaultValue `0`
   * @example 2000
   */
  delay: [num(0), 0],
  /**
   * Detection's deadline in milliseconds: "not blocked" comes then (at half of it when the page's
   * ad libraries show they really ran), "blocked" as soon as the evidence is in.
   * @defaultValue `600` (detection's own default)
   * @example 800
   */
  timeout: [num(0, 60000)],
  /**
   * The URLs of your own ad scripts (besides AdSense and Google Publisher Tag, which Politely
   * knows), absolute or relative to the page, matched by host and path.
   * @defaultValue none
   * @example /ads/loader.js
   */
  adScripts: [list],
  /**
   * A URL Politely asks on every detection (a HEAD request, without cookies): when it fails while
   * the page's own origin answers, and no ad library of the page ran or is still loading, a blocker is at work. Pick
   * one that blockers refuse.
   * @defaultValue none: no request
   * @example /ads/probe.gif
   */
  probeUrl: [url],
  /**
   * Show the prompt without a blocker, labelled "Preview", remembering nothing. For trying it out.
   * @defaultValue `false`
   * @example true
   */
  preview: [bool, false],
  /**
   * Let `?politely-preview` (preview) and `?politely-debug` (debug) in the page URL turn those on.
   * @defaultValue `false`
   * @example true
   */
  previewParam: [bool, false],
  /**
   * Where "Not now", "last shown" and (with `minPageviews` above 1) the page-view count are kept:
   * `local` or `session` storage, or `memory`/`none` (this page view only; nothing is written).
   * @defaultValue `local`
   * @example none
   */
  storage: [oneOf('local', 'session', 'memory', 'none'), 'local'],
  /**
   * The CSP nonce for the `<style>` element used where constructable stylesheets are missing.
   * @defaultValue the script tag's own nonce
   * @example r4nd0m
   */
  nonce: [text],
  /**
   * Do nothing — no bait, no request, no storage, no prompt — until the reader consents: through
   * the page's IAB TCF v2 CMP, `Politely.consent()`, or `consentEvent`.
   * @defaultValue `false`
   * @example true
   */
  requireConsent: [bool, false],
  /**
   * The TCF purpose whose consent `requireConsent` waits for; 0 ignores the TCF API.
   * @defaultValue `1` (store and/or access information on a device)
   * @example 1
   */
  consentPurpose: [num(0, 24, true), 1],
  /**
   * A DOM event on `document` that means "consent granted" (`detail: false` withdraws it).
   * @defaultValue none
   * @example cmp:accepted
   */
  consentEvent: [text],
  /**
   * A cookie name: never show to readers who have it (subscribers).
   * @defaultValue none
   * @example subscriber
   */
  skipCookie: [text],
  /**
   * A `localStorage` key: never show to readers who have it (subscribers).
   * @defaultValue none
   * @example sub_token
   */
  skipStorageKey: [text],
  /**
   * A CSS selector: never show on pages where it matches (paid or sponsored content).
   * @defaultValue none
   * @example .paywall-article
   */
  skipSelector: [selector],
  /**
   * Never show to automated browsers (`navigator.webdriver`: Playwright, Selenium…) and known
   * crawlers. Turn off to test with automation without preview.
   * @defaultValue `true`
   * @example false
   */
  skipBots: [bool, true],
  /**
   * On a suppressed page, still detect, so that `politely:verdict` reaches your analytics.
   * @defaultValue `false`
   * @example true
   */
  detectWhenSuppressed: [bool, false],
  /**
   * Where the script tag fetches the prompt (the second file, loaded only when the prompt shows).
   * @defaultValue `politely-prompt.js` next to the script
   * @example /js/politely-prompt.js
   */
  promptSrc: [url],
  /**
   * Log this page view's decision path to the console: consent, suppression, the verdict and its
   * signals, the frequency rules, what was shown.
   * @defaultValue `false`
   * @example true
   */
  debug: [bool, false],
  /**
   * The last word on showing: return `false` to keep the prompt hidden for this verdict (a throw
   * counts as `false`).
   * @defaultValue none
   * @example (verdict) => !isSubscriber()
   */
  shouldShow: [fn<(verdict: Verdict) => boolean>()],
  /**
   * Called with every verdict this controller gets (the first detection and each recheck).
   * @defaultValue none
   * @example (verdict) => track(verdict.blocked)
   */
  onVerdict: [fn<(verdict: Verdict) => void>()],
  /**
   * Called when the prompt appears, with the `politely:show` event's detail.
   * @defaultValue none
   * @example (detail) => track('shown', detail.mode)
   */
  onShow: [fn<(detail: ShowDetail) => void>()],
  /**
   * Called when the prompt goes away, with the `politely:hide` event's detail.
   * @defaultValue none
   * @example (detail) => track('hidden', detail.reason)
   */
  onHide: [fn<(detail: HideDetail) => void>()],
  /**
   * Called on "Not now", with the `politely:dismiss` event's detail.
   * @defaultValue none
   * @example (detail) => track('dismissed', detail.days)
   */
  onDismiss: [fn<(detail: DismissDetail) => void>()],
  /**
   * Called when the reader uses the prompt, with the `politely:action` event's detail.
   * @defaultValue none
   * @example (detail) => track(detail.action)
   */
  onAction: [fn<(detail: ActionDetail) => void>()],
  /**
   * Called when the prompt cannot be shown (its file failed to load, or is from another release),
   * with the `politely:error` event's detail.
   * @defaultValue none
   * @example (detail) => track('prompt error', detail.reason)
   */
  onError: [fn<(detail: ErrorDetail) => void>()],
} as const;
