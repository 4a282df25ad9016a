// A blocking HTTP proxy for browsers that have no request interception and no host-resolver
// rules (WebKitGTK's MiniBrowser under WebDriver). The browser sends every request to it
// (`http://<host>[:port]/…`, absolute-form, as to any HTTP proxy) and it forwards each one to the
// test server on loopback, at the URL's port: the news site's random port, or port 80 for the ad
// hosts. So every host name "resolves" to the test server, as --host-resolver-rules does for
// Chromium, and nothing leaves the machine.
//
// The same proxy is the reader's blocker, with Ghostery's engine and the real EasyList:
// - `network`: the engine decides per request (`Request.fromRawDetails({ url, sourceUrl, type })`,
//   the type from the request's headers); a blocked request's connection is reset
//   before any answer, so the browser sees a network failure, never an HTTP status.
// - `cosmetic`: the hiding rules a content blocker applies, as one `<style>` inserted first in
//   the `<head>` of every HTML document (frames included) before the browser parses it: EasyList's
//   generic hiding rules (every one of them, not only those matching classes present in the
//   HTML: a content blocker's `css-display-none` rules match whatever the page creates later)
//   and the page's domain-specific ones, minus the exceptions for that domain.
// - `easylist`: both. `none`: plain forwarding.
// Into every HTML document it also inserts, first thing, a script that records uncaught errors
// and unhandled rejections (WebDriver classic has no page-error events) and any init script the
// test asked for (as Playwright's addInitScript does). The main frame's own document is never
// blocked (as Ghostery's Playwright integration does).
import { createServer, request as forward, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { FiltersEngine, Request } from '@ghostery/adblocker-playwright';
import { easyListText } from './requirements';

/** What the proxy does to the traffic (see the file's header). */
export type ProxyCondition = 'none' | 'network' | 'cosmetic' | 'easylist';

/** The proxy's behaviour, changeable between (or during) page loads. */
export interface ProxyState {
  condition: ProxyCondition;
  /** JavaScript run first in every HTML document, after the error recorder. */
  initScript: string;
  /**
   * Asked first about every request (as a Playwright route handler is): `'abort'` resets its
   * connection, anything else lets it go on to the blocker and the server.
   */
  intercept?: (url: string) => 'abort' | 'continue' | Promise<'abort' | 'continue'>;
  /**
   * Functions the page can call, as Playwright's exposeFunction: `window[name]()` (defined by the
   * init script the page wrapper builds) posts to `/__proxy/expose/<name>` on the page's own
   * origin, and the proxy answers once the function has run.
   */
  exposed: Record<string, () => unknown>;
  /** Every request fails (connection reset) while set: the network went away. */
  offline: boolean;
  /** The URL the page navigated to: the source of every request without a referrer. */
  top: string;
}

/** A running proxy. */
export interface BlockingProxy {
  port: number;
  state: ProxyState;
  /** Requests the proxy refused (blocked, aborted by `intercept` or offline), as `reason type url`. */
  refused: string[];
  /** Every request, as `type url` (the type the engine is given). */
  seen: string[];
  close(): Promise<void>;
}

/**
 * Records uncaught errors and unhandled rejections into `window.__pageErrors` (a same-origin
 * frame's go to the top window's list, prefixed with the frame's path), and keeps the browser's
 * own JSON.stringify as `__stringify` (not enumerable) for the WebDriver client.
 */
export const ERROR_RECORDER =
  '(function(){var w=window,t=w;try{if(w.top!==w&&w.top.__pageErrors)t=w.top}catch(e){}' +
  'Object.defineProperty(w,"__stringify",{value:JSON.stringify.bind(JSON)});' +
  'var L=t.__pageErrors=t.__pageErrors||[],p=w===t?"":location.pathname+": ";' +
  'w.addEventListener("error",function(e){L.push(p+(e.message||String(e.error)))});' +
  'w.addEventListener("unhandledrejection",function(e){var r=e.reason;L.push(p+"unhandled rejection: "+(r&&r.message?r.message:String(r)))})})();';

let engine: FiltersEngine | undefined;
/** Ghostery's engine with the real EasyList, network and cosmetic filters (parsed once). */
export function easyListEngine(): FiltersEngine {
  return (engine ??= FiltersEngine.parse(easyListText(), { loadNetworkFilters: true, loadCosmeticFilters: true }));
}

type RequestType = NonNullable<Parameters<typeof Request.fromRawDetails>[0]['type']>;

/**
 * The request's type, for Ghostery's engine. WebKit sends Fetch Metadata (`Sec-Fetch-Dest`) only
 * to secure origins, so over http the type is read from the `Accept` header WebKit sets per
 * destination: documents (the main frame's is the URL the page navigated to; any other is a
 * frame), stylesheets, images; a request that is not a GET is `fetch()`/XMLHttpRequest/a beacon;
 * scripts and `fetch()` both send `*\/*`, so those are told apart by the URL, as Ghostery's
 * `guessTypeOfRequest()` does (`.js` is a script). EasyList blocks the ad hosts the tests use
 * whatever the type (webkit.test.ts checks it).
 */
function requestType(req: IncomingMessage, url: string, top: string): RequestType {
  const accept = String(req.headers.accept || '');
  if (/^text\/html\b/.test(accept)) return url === top ? 'main_frame' : 'sub_frame';
  if (/^text\/css\b/.test(accept)) return 'stylesheet';
  if (/^image\//.test(accept)) return 'image';
  if (req.method !== 'GET') return 'xmlhttprequest';
  return Request.fromRawDetails({ url, type: 'other' }).guessTypeOfRequest();
}

let features: { classes: string[]; ids: string[]; hrefs: string[] } | undefined;
/**
 * Every class, id and link prefix that EasyList's generic hiding rules key on. Ghostery's engine
 * returns its class/id/href-keyed generic rules only for the features it is told the DOM has; a
 * content blocker applies every rule from the start, so the proxy tells it the DOM has them all.
 */
function everyFeature(e: FiltersEngine) {
  if (features) return features;
  const classes = new Set<string>();
  const ids = new Set<string>();
  const hrefs = new Set<string>();
  // The selector's first name: up to a space, dot, colon or bracket (as the engine's index reads it).
  const name = (selector: string) => selector.slice(1).split(/[ .:[]/)[0];
  for (const f of e.getFilters().cosmeticFilters) {
    if (!f.isGenericHide() || f.isUnhide()) continue;
    const selector = f.getSelector();
    if (f.isClassSelector()) classes.add(name(selector));
    else if (f.isIdSelector()) ids.add(name(selector));
    else if (f.isHrefSelector()) {
      const m = /href[*^]?="([^"]*)"/.exec(selector);
      if (m) hrefs.add(m[1]);
    }
  }
  return (features = { classes: [...classes], ids: [...ids], hrefs: [...hrefs] });
}

const styles = new Map<string, string>();
/** The hiding rules for a document at `url`: generic (all of them) and domain-specific. */
export function hidingStyles(url: string): string {
  const { hostname, domain } = Request.fromRawDetails({ url });
  let css = styles.get(hostname);
  if (css === undefined) {
    css = easyListEngine().getCosmeticsFilters({
      url,
      hostname,
      domain,
      ...everyFeature(easyListEngine()),
      getBaseRules: true,
      getRulesFromHostname: true,
      getRulesFromDOM: true,
      getInjectionRules: false,
      getExtendedRules: false,
    }).styles;
    styles.set(hostname, css);
  }
  return css;
}

/** Inserts `html` as the first thing in the document's `<head>` (or where the head would begin). */
export function insertAtStart(doc: string, html: string): string {
  for (const re of [/<head\b[^>]*>/i, /<html\b[^>]*>/i, /<!doctype[^>]*>/i]) {
    const m = re.exec(doc);
    if (m) return doc.slice(0, m.index + m[0].length) + html + doc.slice(m.index + m[0].length);
  }
  return html + doc;
}

/** Resets a connection: the browser sees a network error (no status, no headers). */
const reset = (socket: Socket) => (socket.destroyed ? undefined : socket.resetAndDestroy());

/** Starts a proxy on a free loopback port. */
export async function startProxy(initial: Partial<ProxyState> = {}): Promise<BlockingProxy> {
  const state: ProxyState = { condition: 'none', initScript: '', exposed: {}, offline: false, top: '', ...initial };
  const refused: string[] = [];
  const seen: string[] = [];
  /** URLs whose request was just aborted, until when their resend is aborted too. */
  const resends = new Map<string, number>();
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    let url: URL;
    try {
      url = new URL(req.url || '');
    } catch {
      res.writeHead(400).end('absolute-form request expected');
      return;
    }
    const exposed = /^\/__proxy\/expose\/([\w$]+)$/.exec(url.pathname)?.[1];
    if (exposed && state.exposed[exposed]) {
      await state.exposed[exposed]();
      res.writeHead(204, { 'cache-control': 'no-store' }).end();
      return;
    }
    const type = requestType(req, url.href, state.top);
    seen.push(`${type} ${url.href}`);
    const refuse = (reason: string) => {
      refused.push(`${reason} ${type} ${url.href}`);
      reset(req.socket);
    };
    if (state.offline) return refuse('offline');
    // A browser resends a request once when a kept-alive connection closes before any answer
    // (libsoup does): an abort covers that resend too, so the request fails, as Playwright's
    // route.abort() makes it fail. Blocked and offline requests are refused every time anyway.
    const resend = resends.get(url.href);
    if (resend !== undefined && resend > Date.now()) {
      resends.delete(url.href);
      return refuse('aborted (resent)');
    }
    if (state.intercept && (await state.intercept(url.href)) === 'abort') {
      resends.set(url.href, Date.now() + 2000);
      return refuse('aborted');
    }
    if ((state.condition === 'network' || state.condition === 'easylist') && type !== 'main_frame') {
      const referer = String(req.headers.referer || '');
      const { match, redirect } = easyListEngine().match(Request.fromRawDetails({ url: url.href, sourceUrl: referer || state.top, type }));
      if (match && !redirect) return refuse('blocked');
      if (redirect) throw new Error(`EasyList redirected ${url.href} to ${redirect.filename}: not modelled by the proxy`);
    }
    const headers = { ...req.headers };
    delete headers['proxy-connection'];
    const upstream = forward(
      { host: '127.0.0.1', port: Number(url.port) || 80, method: req.method, path: url.pathname + url.search, headers },
      (up) => {
        const html = /^text\/html\b/i.test(String(up.headers['content-type'] || ''));
        if (!html) {
          res.writeHead(up.statusCode || 502, up.headers);
          up.pipe(res);
          up.on('error', () => reset(req.socket));
          return;
        }
        const chunks: Buffer[] = [];
        up.on('data', (c: Buffer) => chunks.push(c));
        up.on('error', () => reset(req.socket));
        up.on('end', () => {
          const doc = Buffer.concat(chunks).toString('utf8');
          // Pages with a nonce-based CSP: the inserted script carries the page's own nonce.
          const nonce = /<script\b[^>]*\snonce="([^"]*)"/i.exec(doc)?.[1];
          const cosmetic = state.condition === 'cosmetic' || state.condition === 'easylist';
          const start =
            (cosmetic ? `<style data-blocker-style>${hidingStyles(url.href)}</style>` : '') +
            `<script${nonce ? ` nonce="${nonce}"` : ''}>${ERROR_RECORDER}${state.initScript}</script>`;
          const body = Buffer.from(insertAtStart(doc, start), 'utf8');
          const out = { ...up.headers, 'content-length': String(body.length) };
          delete out['transfer-encoding'];
          res.writeHead(up.statusCode || 502, out);
          res.end(body);
        });
      },
    );
    // The server reset the connection (`reset=1`) or is gone: so is the browser's.
    upstream.on('error', () => reset(req.socket));
    req.pipe(upstream);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      refused.push(`error ${String(e)}`);
      reset(req.socket);
    });
  });
  // No https in the tests: a CONNECT is refused like a blocked request.
  server.on('connect', (_req, socket: Socket) => reset(socket));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    state,
    refused,
    seen,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
