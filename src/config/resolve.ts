/**
 * Options and script-tag attributes → one validated, frozen options object.
 *
 * Each option has a `data-*` twin (camelCase ↔ kebab-case). An invalid value logs exactly one
 * `[politely]` warning naming the option or attribute and the value, then the default is used.
 * `mode: 'inline'` whose `target` matches nothing when the prompt shows falls back to `banner`
 * (with a warning).
 *
 * | attribute | option | type | default | example |
 * |---|---|---|---|---|
 * | `data-politely` | — | marker | — | `<script src="politely.umd.js" data-politely>` |
 * | `data-auto` | — | `"false"` | on | `data-auto="false"` (load, don't init) |
 * | `data-support-url` | `supportUrl` | http(s) URL | none (no support link) | `/support` |
 * | `data-mode` | `mode` | `banner`\|`modal`\|`corner`\|`inline` | `banner` | `modal` |
 * | `data-target` | `target` | CSS selector | none | `.ad-slot-top` |
 * | `data-locale` | `locale` | language tag | `<html lang>` → browser → `en` | `de` |
 * | `data-<text key>` | `texts.<key>` | string | locale's | `data-cta="Subscribe"` |
 * | `data-theme` | `theme` | `light`\|`dark`\|`auto` | `auto` | `dark` |
 * | `data-accent` | `accent` | CSS colour | `#0b57d0` | `#8a1538` |
 * | `data-background` | `background` | CSS colour | theme's | `#fffbe6` |
 * | `data-color` | `color` | CSS colour | theme's | `#222` |
 * | `data-radius` | `radius` | CSS length | `12px` | `4px` |
 * | `data-font` | `font` | CSS font-family | `system-ui, sans-serif` | `Georgia, serif` |
 * | `data-dismiss-days` | `dismissDays` | number ≥ 0 | `7` | `30` |
 * | `data-min-pageviews` | `minPageviews` | integer ≥ 1 | `1` | `3` |
 * | `data-period-hours` | `periodHours` | number ≥ 0 | `0` (no limit) | `24` |
 * | `data-delay` | `delay` | ms, 0 to 2147483647 | `0` | `2000` |
 * | `data-timeout` | `timeout` | ms, 0 to 60000 | detect's (600) | `800` |
 * | `data-ad-scripts` | `adScripts` | comma list / string[] | none | `/ads/loader.js,prebid` |
 * | `data-probe-url` | `probeUrl` | http(s) URL | off | `/ads/probe.gif` |
 * | `data-preview` | `preview` | boolean | `false` | `data-preview` |
 * | `data-preview-param` | `previewParam` | boolean | `false` | `data-preview-param` |
 * | `data-storage` | `storage` | `local`\|`session`\|`memory`\|`none` | `local` | `none` |
 * | `data-nonce` | `nonce` | string | none | `r4nd0m` |
 * | `data-require-consent` | `requireConsent` | boolean | `false` | `data-require-consent` |
 * | `data-consent-purpose` | `consentPurpose` | integer ≥ 0 (TCF purpose; 0 = ignore TCF) | `1` | `1` |
 * | `data-consent-event` | `consentEvent` | DOM event name | none | `cmp:accepted` |
 * | `data-skip-cookie` | `skipCookie` | cookie name | none | `subscriber` |
 * | `data-skip-storage-key` | `skipStorageKey` | localStorage key | none | `sub_token` |
 * | `data-skip-selector` | `skipSelector` | CSS selector | none | `.paywall-article` |
 * | `data-skip-bots` | `skipBots` | boolean | `true` | `false` |
 * | `data-detect-when-suppressed` | `detectWhenSuppressed` | boolean | `false` | `true` |
 * | — | `shouldShow` | `(verdict) => boolean` | none | `(v) => !isSubscriber()` |
 * | — | `onVerdict`, `onShow`, `onHide`, `onDismiss`, `onAction` | function | none | `(d) => …` |
 */
import { TEXT_KEYS, type Texts } from '../locales/texts';
import { bool, css, fn, list, num, oneOf, selector, text, url } from './checks';
import type { PolitelyOptions, ResolvedOptions } from './types';
import { warn } from './warn';

const color = css('color', /^(#[\da-f]{3,8}|[a-z]+|(rgb|hsl)a?\([\d\s.,%/-]+\))$/i);

/** Option name → [validator, default]. The order is the order warnings appear in. */
export const SPEC: Record<string, [(v: unknown) => unknown, unknown?]> = {
  supportUrl: [url],
  mode: [oneOf('banner modal corner inline'), 'banner'],
  target: [selector],
  locale: [text],
  theme: [oneOf('auto light dark'), 'auto'],
  accent: [color],
  background: [color],
  color: [color],
  radius: [css('border-radius', /^(0|[\d.]+(px|r?em|%))$/)],
  font: [css('font-family', /^[\w\s,"'-]+$/)],
  dismissDays: [num(0), 7],
  minPageviews: [num(1, true), 1],
  periodHours: [num(0), 0],
  delay: [num(0), 0],
  // Detection polls until the deadline: a minute is already far past any blocker's reaction.
  timeout: [num(0, false, 60000)],
  adScripts: [list],
  probeUrl: [url],
  preview: [bool, false],
  previewParam: [bool, false],
  storage: [oneOf('local session memory none'), 'local'],
  nonce: [text],
  requireConsent: [bool, false],
  consentPurpose: [num(0, true), 1],
  consentEvent: [text],
  skipCookie: [text],
  skipStorageKey: [text],
  skipSelector: [selector],
  skipBots: [bool, true],
  detectWhenSuppressed: [bool, false],
  shouldShow: [fn],
  onVerdict: [fn],
  onShow: [fn],
  onHide: [fn],
  onDismiss: [fn],
  onAction: [fn],
};

/** `dismissDays` → `data-dismiss-days`. */
export const attrName = (key: string): string => 'data-' + key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

/** A value for a warning; objects without a usable `toString` must not make the warning throw. */
const show = (v: unknown) => {
  try {
    return typeof v == 'string' ? JSON.stringify(v) : String(v);
  } catch {
    return typeof v;
  }
};

/**
 * Validates options (from `init()` or, with `fromAttributes`, from a script tag's `data-*`
 * attributes) and fills in defaults. Unknown keys and unknown `data-*` attributes are ignored.
 * Never throws.
 */
export function resolveOptions(input: PolitelyOptions = {}, fromAttributes = false): ResolvedOptions {
  const name = (key: string) => (fromAttributes ? attrName(key) : key);
  const bad = (key: string, v: unknown) => warn(`invalid ${key}: ${show(v)}; using the default`);
  const out: Record<string, unknown> = {};
  const raw = (input || {}) as Record<string, unknown>;
  for (const key in SPEC) {
    const [check, fallback] = SPEC[key];
    const v = raw[key];
    const ok = v === undefined ? undefined : check(v);
    if (v !== undefined && ok === undefined) bad(name(key), v);
    out[key] = ok ?? fallback;
  }
  const texts: Partial<Texts> = {};
  const rawTexts = raw.texts;
  if (rawTexts !== undefined && (typeof rawTexts != 'object' || !rawTexts)) bad('texts', rawTexts);
  else
    for (const key of TEXT_KEYS) {
      const v = (rawTexts as Partial<Texts> | undefined)?.[key];
      if (v !== undefined) text(v) ? (texts[key] = v) : bad(fromAttributes ? attrName(key) : 'texts.' + key, v);
    }
  out.texts = texts;
  return Object.freeze(out) as unknown as ResolvedOptions;
}
