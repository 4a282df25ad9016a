// A small HTTP server for the browser tier. Chromium maps every host name to 127.0.0.1
// (--host-resolver-rules), so the article is served as www.politely-gazette.com and the ad
// library as pagead2.googlesyndication.com: real-looking names, as blockers need, with no
// traffic leaving the machine. Requests are routed by their Host header.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

/** The news site's host name. */
export const SITE = 'www.politely-gazette.com';
/** AdSense's host, where the stand-in ad library is served. */
export const AD_HOST = 'pagead2.googlesyndication.com';

const ROOT = resolve(import.meta.dirname, '../../..');
const STATIC_DIRS = ['dist', 'examples', 'node_modules', 'tests/browser/fixtures'];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

interface Page {
  body: string;
  headers?: Record<string, string>;
}

/** A running test server. */
export interface TestServer {
  port: number;
  /** `http://<host>:<port>` for a host name (default: the news site). */
  origin(host?: string): string;
  /** Serves `html` at `path` on the news site, with extra response headers. */
  page(path: string, html: string, headers?: Record<string, string>): string;
  /** Every request the server saw, as `host path`. */
  requests: string[];
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function serveFile(res: ServerResponse, path: string, headers: Record<string, string> = {}) {
  const file = normalize(join(ROOT, path));
  if (!STATIC_DIRS.some((dir) => file.startsWith(join(ROOT, dir) + '/'))) return notFound(res);
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store', ...headers });
    res.end(body);
  } catch {
    notFound(res);
  }
}

function notFound(res: ServerResponse) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}

/** Starts the server on a free loopback port. */
export async function startServer(): Promise<TestServer> {
  const pages = new Map<string, Page>();
  const requests: string[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host || '').replace(/:\d+$/, '');
    const url = new URL(req.url || '/', 'http://x');
    requests.push(`${host} ${url.pathname}${url.search}`);
    if (host === AD_HOST && url.pathname === '/pagead/js/adsbygoogle.js') {
      // ?delay=ms makes a slow ad network: slow is not blocked.
      await sleep(Number(url.searchParams.get('delay')) || 0);
      // AdSense's snippet loads with crossorigin="anonymous"; Google answers with CORS headers.
      return serveFile(res, 'tests/browser/fixtures/adsbygoogle.js', { 'access-control-allow-origin': '*' });
    }
    if (host !== SITE) return notFound(res);
    const page = pages.get(url.pathname);
    if (page) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...page.headers });
      return res.end(page.body);
    }
    return serveFile(res, decodeURIComponent(url.pathname).replace(/^\/+/, ''));
  };
  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => notFound(res));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const origin = (host = SITE) => `http://${host}:${port}`;
  return {
    port,
    origin,
    requests,
    page(path, body, headers) {
      pages.set(path, { body, headers });
      return origin() + path;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
