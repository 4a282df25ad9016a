// Loaded only when needed (a chunk of its own in the npm build): the requests below are made
// only after the page's own ad stack failed or a stand-in answered it, or when a `probeUrl` is
// given.
import { isNative } from './env';
import { BLOCKED, CLEAR, INCONCLUSIVE, type Seen } from './evidence';

/**
 * What the confirmation asks: a file of Google's ad network on a host that EasyList blocks (and
 * DNS blocklists list) but that is neither library's host, and that no blocker answers for
 * `fetch()` — uBlock Origin's own list answers every `fetch()` to pagead2.googlesyndication.com
 * and doubleclick.net with a no-op file (`$xhr,redirect=`), so asking those would read "clear".
 */
const CONFIRM_PATH = 'tpc.googlesyndication.com/sodar/sodar2.js';

/** A request that sends no cookie or referrer and reads nothing back: only "did it get an answer?". */
// (Inside a promise: a page's replacement `fetch` may throw instead of rejecting.)
const answered = (url: string): Promise<boolean> =>
  new Promise((resolve) =>
    resolve(fetch(url, { method: 'HEAD', mode: 'no-cors', credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' })),
  ).then(
    () => true,
    () => false,
  );

/**
 * Whether page code stands between Politely and the network, and could refuse the request
 * itself: a script that replaced `fetch` (a consent tool's auto-blocking of ad hosts, a wrapper),
 * or a service worker controlling the page. A failure is then no evidence of a blocker.
 */
const pageCodeInTheWay = (): boolean => !isNative(fetch) || !!navigator.serviceWorker?.controller;

/**
 * The confirming requests. A failed ad script proves little by itself: the page cannot tell a
 * blocked request from a 404, a reset or an outage. So Politely asks two more questions: does
 * another Google ad host answer (`CONFIRM_PATH`, or the publisher's `probeUrl`), and does the
 * page's own origin (`/robots.txt`: static and cheap on nearly every site; any answer, a 404 too,
 * proves the network works)? Blocked: the ad host fails while the own origin answers.
 * Inconclusive: offline, the own origin failing too, the page's Content-Security-Policy refusing
 * the request, or page code that could have refused it ({@link pageCodeInTheWay}).
 */
export function confirm(d: Document, done: (seen: Seen) => void, url?: string): void {
  url = url ? new URL(url, d.baseURI).href : (new URL(d.baseURI).protocol == 'http:' ? 'http://' : 'https://') + CONFIRM_PATH;
  if (!navigator.onLine || !/^https?:/.test(url) || pageCodeInTheWay()) return done(INCONCLUSIVE);
  let refused = false;
  const policy = (e: SecurityPolicyViolationEvent) => (refused ||= url.startsWith(e.blockedURI));
  d.addEventListener('securitypolicyviolation', policy);
  Promise.all([answered(url), answered(new URL('/robots.txt', d.baseURI).href)]).then(([ad, own]) =>
    // A violation event may arrive after the rejection: give it a task to land.
    setTimeout(() => {
      d.removeEventListener('securitypolicyviolation', policy);
      done(refused || !own ? INCONCLUSIVE : ad ? CLEAR : BLOCKED);
    }),
  );
}
