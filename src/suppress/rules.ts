import type { Verdict } from '../detect/types';
import { warn } from '../contain/warn';
import { safeRead } from '../contain/guard';
import { botKind } from './bots';

/** When not to show the prompt. Every rule is optional. */
export interface SuppressRules {
  /** A cookie name whose presence marks a subscriber. */
  skipCookie?: string;
  /** A `localStorage` key whose presence marks a subscriber. */
  skipStorageKey?: string;
  /** A CSS selector that matches on paid or sponsored content. */
  skipSelector?: string;
  /** Skip automated browsers and known crawlers. Default `true`. */
  skipBots?: boolean;
  /** Return `true` to allow the prompt for this verdict. A throw counts as "don't show". */
  shouldShow?: (verdict: Verdict) => boolean;
}

/** Which rule suppressed the prompt. */
export type SuppressReason = 'cookie' | 'storage' | 'selector' | 'automation' | 'crawler' | 'callback';

/**
 * Decides whether the prompt must stay hidden; returns the first rule that says so, or
 * `undefined`. Without a `verdict` the `shouldShow` callback is not consulted, so the page rules
 * can be checked before detection runs. Never throws.
 */
export function shouldSuppress(rules: SuppressRules, verdict?: Verdict, win: Window = window): SuppressReason | undefined {
  const { skipCookie, skipStorageKey, skipSelector, shouldShow } = rules;
  const doc = win.document;
  if (skipCookie && safeRead(() => ('; ' + doc.cookie).includes('; ' + skipCookie + '='))) return 'cookie';
  if (skipStorageKey && safeRead(() => win.localStorage.getItem(skipStorageKey)) != null) return 'storage';
  if (skipSelector) {
    try {
      if (doc.querySelector(skipSelector)) return 'selector';
    } catch {
      warn(`skipSelector ${JSON.stringify(skipSelector)} is not a CSS selector; ignored`);
    }
  }
  const bot = rules.skipBots !== false && safeRead(() => botKind(win.navigator));
  if (bot) return bot;
  if (verdict && shouldShow) {
    try {
      if (!shouldShow(verdict)) return 'callback';
    } catch (e) {
      warn('shouldShow threw, so the prompt is not shown:', e);
      return 'callback';
    }
  }
}
