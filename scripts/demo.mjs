#!/usr/bin/env node
// `npm run demo`: builds Politely, then serves examples/ and dist/ on http://localhost:PORT.
// The index is generated from the examples folder, so every example is always linked.
// Preact is served from node_modules/preact/ for the ESM example's import map (the script-tag
// build inlines it; the ESM build leaves `preact` to the page or the bundler).
// Imported (tests, scripts/screenshots.mjs), it only exports: nothing is built or served.
import { createServer } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { execSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const SERVED = ['examples', 'dist', 'node_modules/preact'];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** Lists examples/*.html with their <title> and <meta name="description">. */
export async function listExamples() {
  const files = (await readdir(join(ROOT, 'examples'))).filter((f) => f.endsWith('.html') && f !== 'index.html').sort();
  return Promise.all(
    files.map(async (file) => {
      const html = await readFile(join(ROOT, 'examples', file), 'utf8');
      const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? file;
      const description = /<meta name="description" content="([^"]*)"/i.exec(html)?.[1] ?? '';
      return { file, title, description };
    }),
  );
}

async function indexPage() {
  const items = (await listExamples())
    .map((e) => `<li><a href="/examples/${e.file}">${escape(e.title)}</a>${e.description ? ` — ${escape(e.description)}` : ''}</li>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Politely — examples</title><link rel="stylesheet" href="/examples/assets/site.css"></head>
<body><main class="index"><h1>Politely examples</h1>
<p>Each page loads Politely from <code>/dist</code>. Without an ad blocker you see no prompt — that is the point; add <code>?politely-preview</code> where an example says so, or open it with your blocker on.
Note: EasyList turns generic hiding off on <code>localhost</code>, so only network blocking is seen here; the browser tests serve real-looking host names for that reason.</p>
<ul>${items}</ul></main></body></html>`;
}

/** The demo's HTTP server (not listening yet): the index at `/`, then examples/, dist/ and Preact. */
export function createDemoServer() {
  return createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (path === '/' || path === '/index.html') {
        res.writeHead(200, { 'content-type': TYPES['.html'] });
        return res.end(await indexPage());
      }
      const file = normalize(join(ROOT, path));
      if (!SERVED.some((d) => file.startsWith(join(ROOT, d) + '/'))) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const PORT = Number(process.env.PORT) || 8080;
  if (!process.argv.includes('--no-build')) execSync('npm run build --silent', { cwd: ROOT, stdio: 'inherit' });
  createDemoServer().listen(PORT, () => console.log(`Politely demo: http://localhost:${PORT}/  (Ctrl+C to stop)`));
}
