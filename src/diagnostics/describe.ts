import type { SuppressReason } from '../suppress/index';
import type { DebugEntry, Why } from '../flow/index';

/** The rule behind each suppression, as the options table names it. */
const RULE: Record<SuppressReason, string> = {
  cookie: 'skipCookie',
  storage: 'skipStorageKey',
  selector: 'skipSelector',
  automation: 'skipBots (an automated browser: navigator.webdriver)',
  crawler: 'skipBots (a crawler or headless user agent)',
};

const hours = (h: number) => `${Math.floor(h)} h ago`;

/** One line of the debug log, for one step of the decision. */
export function describe(entry: DebugEntry): string {
  switch (entry._step) {
    case 'consent':
      return entry._granted ? 'consent: granted' : 'consent: waiting';
    case 'suppressed':
      return `suppressed by ${RULE[entry._rule]}`;
    case 'verdict': {
      const v = entry._verdict;
      return `verdict: ${v.blocked ? 'blocked' : 'not blocked'} in ${v.elapsedMs} ms; ${JSON.stringify(v.signals)}`;
    }
    case 'decision': {
      const f = entry._facts;
      const held: Partial<Record<Why, string>> = {
        minPageviews: `minPageviews (this is view ${f._views})`,
        dismissDays: `dismissDays ("Not now" ${hours(f._hoursSinceDismissed)})`,
        periodHours: `periodHours (shown ${hours(f._hoursSinceShown)})`,
        shouldShow: 'shouldShow',
      };
      const why = entry._decision._why;
      if (held[why]) return 'not shown, held back by ' + held[why];
      if (why == 'blocked') return 'decided: ask (a blocker is at work and every rule allows it)';
      if (why == 'reloaded') return 'decided: thank the reader (no blocker after "Reload page")';
      if (why == 'preview') return 'decided: preview';
      return `decided: nothing to show (${why})`;
    }
    case 'shown': {
      const d = entry._detail;
      return `shown: ${d.mode}${d.thanks ? ', thank-you' : ''}${d.preview ? ', preview' : ''} (steps for ${d.blocker})`;
    }
  }
}
