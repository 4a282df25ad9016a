import type { ResolvedOptions } from '../config/index';
import type { Verdict } from '../detect/index';
import { say, safeRead } from '../contain/index';
import { botKind } from './bots';

/** The options that say when never to show the prompt (see the options table). */
export type SuppressRules = Pick<ResolvedOptions, 'skipCookie' | 'skipStorageKey' | 'skipSelector' | 'skipBots'>;

/** Which rule suppressed the prompt. */
export type SuppressReason = 'cookie' | 'storage' | 'selector' | 'automation' | 'crawler';

/**
 * The page rule that keeps the prompt hidden on this page view (subscribers, paid pages, bots),
 * or `undefined`. Read before detection runs. Never throws.
 */
export function pageRuleAgainst(rules: SuppressRules, win: Window = window): SuppressReason | undefined {
  const { skipCookie, skipStorageKey, skipSelector } = rules;
  const doc = win.document;
  if (skipCookie && safeRead(() => ('; ' + doc.cookie).includes('; ' + skipCookie + '='))) return 'cookie';
  if (skipStorageKey && safeRead(() => win.localStorage.getItem(skipStorageKey)) != null) return 'storage';
  if (skipSelector) {
    try {
      if (doc.querySelector(skipSelector)) return 'selector';
    } catch {
      say('skipSelector', [JSON.stringify(skipSelector)]);
    }
  }
  if (rules.skipBots !== false) return safeRead(() => botKind(win.navigator));
}

/**
 * The publisher's `shouldShow` for this verdict: `false` keeps the prompt hidden, and so does a
 * throw (with a warning). Never throws.
 */
export function shouldShowAllows(shouldShow: ResolvedOptions['shouldShow'], verdict: Verdict): boolean {
  try {
    return !shouldShow || !!shouldShow(verdict);
  } catch (e) {
    say('shouldShowThrew', [], e);
    return false;
  }
}
