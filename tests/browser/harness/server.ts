// A small HTTP server for the browser tier. Chromium maps every host name to 127.0.0.1
// (--host-resolver-rules), so the article is served as www.politely-gazette.com and the ad
// libraries as pagead2.googlesyndication.com, securepubads.g.doubleclick.net…: real-looking
// names, as blockers need, with no traffic leaving the machine. Requests are routed by their
// Host header.
//
// Two listeners share one handler: the news site on a random port, and port 80, where the ad
// hosts are served. Real ad URLs carry no port, and blockers' redirect rules (uBlock Origin's,
// Brave's) are matched against URLs as they really are, so the ad hosts must be reachable as
// `http://<host>/…`. Binding port 80 needs root (or CAP_NET_BIND_SERVICE).
//
// Failure modes are chosen per request by query parameters (see tests/browser/README.md):
// `delay=<ms>`, `status=404|500`, `reset=1`; gpt.js forwards `pubadsDelay`, `pubadsStatus` and
// `pubadsReset` to its second file. They are real: a slow answer, an HTTP error, a socket
// destroyed before any answer — never something simulated in the page.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

/** The news site's host name. */
export const SITE = 'www.politely-gazette.com';
/** A static-assets host of the site's (a CDN): it serves the same files and pages as the site. */
export const CDN_HOST = 'cdn.politely-static.net';
/** AdSense's host, where adsbygoogle.js is served. */
export const AD_HOST = 'pagead2.googlesyndication.com';
/** GPT's host (gpt.js and its second file, pubads_impl.js). */
export const GPT_HOST = 'securepubads.g.doubleclick.net';
/** Every ad host the server answers for, on port 80. */
export const AD_HOSTS = [
  AD_HOST,
  GPT_HOST,
  'www.googletagservices.com',
  'googleads.g.doubleclick.net',
  'tpc.googlesyndication.com',
  'c.amazon-adsystem.com',
  'adclick.g.doubleclick.net',
] as const;
/** The GPT release the fixture reports (`googletag.getVersion()`) and loads its second file from. */
export const GPT_VERSION = 'm202611200101';
/**
 * The script-tag bundle, as publishers install it. Every page that installs Politely the
 * one-line way takes its `src` from here. `POLITELY_LOADER_SRC` overrides it (to judge another
 * build's file name without editing the harness).
 */
export const LOADER_SRC = process.env.POLITELY_LOADER_SRC || '/dist/politely.js';
/**
 * Where `/dist/…` is served from: the repository's dist/, or `POLITELY_DIST` (an absolute path:
 * another build of Politely, e.g. an older commit's, judged by the same tests).
 */
const DIST = process.env.POLITELY_DIST ? resolve(process.env.POLITELY_DIST) : undefined;

const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = 'tests/browser/fixtures';
const STATIC_DIRS = ['dist', 'examples', 'node_modules', FIXTURES];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

const isAdHost = (host: string): boolean => (AD_HOSTS as readonly string[]).includes(host);

/** The ad libraries, by host and path, as the real ones are served. */
const AD_FILES: Record<string, string> = {
  [`${AD_HOST}/pagead/js/adsbygoogle.js`]: 'adsbygoogle.js',
  [`${GPT_HOST}/tag/js/gpt.js`]: 'gpt.js',
  'www.googletagservices.com/tag/js/gpt.js': 'gpt.js',
  [`${GPT_HOST}/pagead/managed/js/gpt/${GPT_VERSION}/pubads_impl.js`]: 'pubads_impl.js',
  'c.amazon-adsystem.com/aax2/apstag.js': 'apstag.js',
};

/** The creative `googleads.g.doubleclick.net/pagead/ads` answers, inside the ad's iframe. */
const CREATIVE =
  '<!doctype html><html><head><meta charset="utf-8"><title>Advertisement</title></head>' +
  '<body style="margin:0"><a href="https://www.example.com/" target="_blank" style="display:flex;align-items:center;justify-content:center;' +
  'width:100%;height:100vh;background:#fde68a;color:#111;font:16px system-ui,sans-serif;text-decoration:none">Advertisement: Fresh coffee, delivered</a></body></html>';

interface Page {
  body: string | Buffer;
  headers?: Record<string, string>;
}

/** One request the server saw. */
export interface RequestEntry {
  method: string;
  host: string;
  /** The port the request arrived on: 80 for ad hosts, the site's port otherwise. */
  port: number;
  /** Path and query. */
  url: string;
  /** Milliseconds since the server started. */
  at: number;
}

/** A running test server. */
export interface TestServer {
  /** The news site's port. */
  port: number;
  /**
   * The origin of a host name (default: the news site): `http://<host>` for the ad hosts
   * (port 80, as real ad URLs are written) and `http://<host>:<port>` for anything else.
   */
  origin(host?: string): string;
  /**
   * Serves `body` at `path` on the news site, with extra response headers (default content type:
   * HTML; pass `content-type` for scripts, styles or fonts). Returns the page's URL.
   */
  page(path: string, body: string | Buffer, headers?: Record<string, string>): string;
  /** Every request the server saw, as `host path?query`. */
  requests: string[];
  /** Every request the server saw, with its method, port and time. */
  log: RequestEntry[];
  /**
   * Host names the reader's network cannot reach (a filter at work or school, a captive portal):
   * every request to one is reset before any answer. Empty unless a test adds to it.
   */
  unreachable: Set<string>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function serveFile(res: ServerResponse, path: string, headers: Record<string, string> = {}) {
  let file = normalize(join(ROOT, path));
  if (!STATIC_DIRS.some((dir) => file.startsWith(join(ROOT, dir) + '/'))) return notFound(res);
  if (DIST && file.startsWith(join(ROOT, 'dist') + '/')) file = join(DIST, file.slice(join(ROOT, 'dist').length));
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store', ...headers });
    res.end(body);
  } catch {
    notFound(res);
  }
}

function notFound(res: ServerResponse, headers: Record<string, string> = {}) {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(404, { 'content-type': 'text/plain', ...headers });
  res.end('not found');
}

/** Answers an ad host's request as Google's and Amazon's servers would (or fails as asked). */
async function serveAd(res: ServerResponse, host: string, path: string) {
  // Google's ad scripts load with crossorigin="anonymous" and are answered with CORS headers.
  // No Timing-Allow-Origin: the page sees no status or size in Resource Timing.
  const cors = { 'access-control-allow-origin': '*' };
  const file = AD_FILES[`${host}${path}`];
  if (file) return serveFile(res, `${FIXTURES}/${file}`, cors);
  if (host === 'googleads.g.doubleclick.net' && path === '/pagead/ads') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    return res.end(CREATIVE);
  }
  // Any other path (show_ads.js, tracking pixels, click URLs…): an empty 200, never a hang.
  res.writeHead(200, { 'content-type': TYPES[extname(path)] || 'text/plain', 'cache-control': 'no-store', ...cors });
  res.end();
}

/** Binds port 80, or explains why the tests need it. */
async function listen80(server: Server): Promise<void> {
  // Another test file's server may still be closing: wait a little for the port.
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await new Promise<void>((ok, fail) => {
        server.once('error', fail);
        server.listen(80, '127.0.0.1', () => {
          server.off('error', fail);
          ok();
        });
      });
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE' && Date.now() < deadline) {
        await sleep(250);
        continue;
      }
      const why =
        'The browser tests serve the ad hosts (pagead2.googlesyndication.com, securepubads.g.doubleclick.net…) on port 80: ' +
        'real ad URLs carry no port, and blockers’ redirect rules match them as they are.';
      if (code === 'EACCES')
        throw new Error(
          `${why} Binding port 80 was refused (${code}). Run the tests as root, or allow unprivileged ports: ` +
            'sudo sysctl -w net.ipv4.ip_unprivileged_port_start=80 (or setcap cap_net_bind_service=+ep "$(command -v node)").',
          { cause: e },
        );
      if (code === 'EADDRINUSE')
        throw new Error(
          `${why} Port 80 on 127.0.0.1 is in use (${code}): stop whatever listens there (ss -ltnp 'sport = :80'), ` +
            'e.g. another test run or npm run bench, and run the tests again.',
          { cause: e },
        );
      throw new Error(`${why} Binding port 80 failed: ${String(e)}`, { cause: e });
    }
  }
}

/** Starts the server: the news site on a free loopback port, the ad hosts on port 80. */
export async function startServer(): Promise<TestServer> {
  const pages = new Map<string, Page>();
  const requests: string[] = [];
  const log: RequestEntry[] = [];
  const unreachable = new Set<string>();
  const started = performance.now();
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host || '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url || '/', 'http://x');
    requests.push(`${host} ${url.pathname}${url.search}`);
    log.push({
      method: req.method || 'GET',
      host,
      port: req.socket.localPort ?? 0,
      url: url.pathname + url.search,
      at: performance.now() - started,
    });
    if (unreachable.has(host)) return void req.socket.destroy();
    // Failure modes, chosen by the request itself (any host): slow, reset, HTTP error.
    const delay = Number(url.searchParams.get('delay')) || 0;
    if (delay > 0) await sleep(delay);
    if (url.searchParams.get('reset') === '1') return void req.socket.destroy();
    const status = Number(url.searchParams.get('status'));
    if (status >= 400 && status <= 599) {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(`<!doctype html><title>Error ${status}</title><h1>Error ${status}</h1>`);
    }
    if (isAdHost(host)) return serveAd(res, host, url.pathname);
    // `localhost`: a secure context without certificates, for the service-worker pages.
    if (host !== SITE && host !== CDN_HOST && host !== 'localhost') return notFound(res);
    const page = pages.get(url.pathname);
    if (page) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...page.headers });
      return res.end(page.body);
    }
    return serveFile(res, decodeURIComponent(url.pathname).replace(/^\/+/, ''));
  };
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch(() => notFound(res));
  };
  const site: Server = createServer(listener);
  const ads: Server = createServer(listener);
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  try {
    await listen80(ads);
  } catch (e) {
    await new Promise((r) => site.close(r));
    throw e;
  }
  const port = (site.address() as AddressInfo).port;
  const origin = (host = SITE) => (isAdHost(host) ? `http://${host}` : `http://${host}:${port}`);
  const close = (server: Server) =>
    new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    });
  return {
    port,
    origin,
    requests,
    log,
    unreachable,
    page(path, body, headers) {
      pages.set(path, { body, headers });
      return origin() + path;
    },
    close: async () => {
      await Promise.all([close(site), close(ads)]);
    },
  };
}
