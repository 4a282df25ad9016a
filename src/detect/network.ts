// Loaded only when needed (a dynamic import in the npm build): the requests below are made only
// after the page's own ad stack failed or a stand-in answered it, or when a `probeUrl` is given.
import { ADSENSE_HOST, GPT } from './hosts';
import { BLOCKED, CLEAR, INCONCLUSIVE, type Seen } from './probe';

/** A request that sends no cookie or referrer and reads nothing back: only "did it get an answer?". */
const answered = (url: string, method = 'HEAD'): Promise<boolean> =>
  fetch(url, { method, mode: 'no-cors', credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' }).then(
    () => true,
    () => false,
  );

/**
 * The confirming requests. (The page's own origin is asked for `/robots.txt`: static and cheap
 * on nearly every site, and any answer — a 404 too — proves the network works.) A failed ad script proves little by itself: the page cannot tell a
 * blocked request from a 404, a reset or an outage. So Politely asks two more questions: does
 * another Google ad host answer (not one whose library failed: `avoid`), and does the page's own
 * origin? Blocked: the ad host fails while the own origin answers. Offline, the own origin
 * failing too, or the page's Content-Security-Policy refusing the request: inconclusive.
 */
export function confirm(d: Document, avoid: Set<string>, done: (seen: Seen) => void): void {
  if (!navigator.onLine) return done(INCONCLUSIVE);
  const url = (location.protocol == 'http:' ? 'http://' : 'https://') + (avoid.has(ADSENSE_HOST) ? GPT : ADSENSE_HOST + '/pagead/show_ads.js');
  let refused: unknown;
  const policy = (e: SecurityPolicyViolationEvent) => (refused ||= url.startsWith(e.blockedURI));
  d.addEventListener('securitypolicyviolation', policy);
  Promise.all([answered(url), answered(new URL('/robots.txt', location.href).href)]).then(([ad, own]) =>
    // A violation event may arrive after the rejection: give it a task to land.
    setTimeout(() => {
      d.removeEventListener('securitypolicyviolation', policy);
      done(refused || !own ? INCONCLUSIVE : ad ? CLEAR : BLOCKED);
    }),
  );
}

/** The publisher's own probe URL: a failed request counts as blocked, unless the browser is offline. */
export const probe = (url: string, done: (seen: Seen) => void): unknown =>
  answered(url, 'GET').then((ok) => done(ok ? CLEAR : navigator.onLine ? BLOCKED : INCONCLUSIVE));
