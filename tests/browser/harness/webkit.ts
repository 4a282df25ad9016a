// Safari's engine: Debian's WebKitGTK (`webkit2gtk-driver` ships WebKitWebDriver; MiniBrowser comes
// with libwebkit2gtk-4.1-0), on a virtual X display (Xvfb), driven over W3C WebDriver by the small
// client below (plain `fetch`, no dependency). Every browser on an iPhone is WebKit.
//
// WebKitGTK has no --host-resolver-rules and no request interception, so each page's browser
// sends its requests through a blocking proxy of its own (./proxy.ts, the WebDriver `proxy`
// capability): the proxy forwards them to the test server on loopback and plays the reader's
// blocker (`none`, `network`, `cosmetic`, `easylist`) with Ghostery's engine and the real EasyList.
//
// WebKitWebDriver holds one session at a time, so every WebKitPage is a driver and a MiniBrowser
// of its own (several run side by side). Processes start in their own process groups and are
// killed by group: MiniBrowser, its web and network processes, the driver, Xvfb.
//
// The network: WebKit asks GLib whether the machine is online (`navigator.onLine`); in a network
// namespace with no default route, GLib's netlink monitor says no, and detection rightly treats
// an offline reader as undecidable. GIO_USE_NETWORK_MONITOR=base makes GLib assume a network (as
// any reader's machine has); the tests assert `navigator.onLine` anyway.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { startProxy, type BlockingProxy, type ProxyCondition } from './proxy';
import type { TestServer } from './server';

const INSTALL_WEBKIT = 'apt-get update && apt-get install -y webkit2gtk-driver xvfb xauth';

/** A file of an installed Debian package, found with `dpkg -L`, or a loud error. */
function packageFile(pkg: string, name: string): string {
  let files: string;
  try {
    files = execFileSync('dpkg', ['-L', pkg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    throw new Error(`The package ${pkg} is not installed: the WebKit tests need it. Install it: ${INSTALL_WEBKIT}`);
  }
  const path = files.split('\n').find((line) => line.endsWith(`/${name}`));
  if (!path || !existsSync(path)) throw new Error(`${name} not found in ${pkg}. Reinstall it: ${INSTALL_WEBKIT}`);
  return path;
}

/** Where WebKitWebDriver, MiniBrowser and Xvfb are on this machine, looked up at run time. */
export function webkitPaths(): { driver: string; miniBrowser: string; xvfb: string } {
  return {
    driver: packageFile('webkit2gtk-driver', 'WebKitWebDriver'),
    // MiniBrowser is in the engine's own package, which the driver's depends on.
    miniBrowser: packageFile('libwebkit2gtk-4.1-0', 'MiniBrowser'),
    xvfb: packageFile('xvfb', 'Xvfb'),
  };
}

/**
 * Politely skips automated browsers by default, and `navigator.webdriver` is true under WebDriver
 * (WebKit has no switch to hide it, as Chromium's AutomationControlled): pages for WebKit install
 * Politely with `data-skip-bots="false"`. This adds it to every Politely tag in `text`: the tags
 * written in HTML (`<script … data-politely …>`) and those a script creates
 * (`el.setAttribute('data-politely', '')`).
 */
export function skipBotsOffHtml(text: string): string {
  return text
    .replace(/<script\b(?=[^>]*\sdata-politely(?=[\s=>]))/gi, '<script data-skip-bots="false"')
    .replace(/(\w+)\.setAttribute\((['"])data-politely\2,\s*(['"])\3\)/g, "$&;$1.setAttribute('data-skip-bots','false')");
}

/** The server, with every page and script registered through it passed through {@link skipBotsOffHtml}. */
export function skipBotsOff(server: TestServer): TestServer {
  return { ...server, page: (path, body, headers) => server.page(path, typeof body === 'string' ? skipBotsOffHtml(body) : body, headers) };
}

// ----------------------------------------------------------------------------------------------
// Processes
// ----------------------------------------------------------------------------------------------

const groups = new Set<ChildProcess>();
// Last resort if the test process exits without afterAll (a crash): no browser outlives it.
process.once('exit', () => {
  for (const child of groups) killGroup(child, 'SIGKILL');
});

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {}
}

/** Starts a program in a process group of its own, keeping the end of its stderr for errors. */
function start(cmd: string, args: string[], env: NodeJS.ProcessEnv, fd3 = false): { child: ChildProcess; stderr: () => string } {
  const child = spawn(cmd, args, { env, detached: true, stdio: ['ignore', 'ignore', 'pipe', ...(fd3 ? (['pipe'] as const) : [])] });
  groups.add(child);
  let err = '';
  child.stderr?.on('data', (c: Buffer) => (err = (err + c.toString()).slice(-4000)));
  child.once('exit', () => groups.delete(child));
  return { child, stderr: () => err };
}

/** Stops a process group: SIGTERM, then SIGKILL after two seconds. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    killGroup(child, 'SIGKILL'); // the leader is gone; its group may not be
    return;
  }
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  killGroup(child, 'SIGTERM');
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 2000);
  await exited;
  clearTimeout(timer);
  killGroup(child, 'SIGKILL'); // MiniBrowser's helpers, if they outlived the leader
}

/** A free TCP port on loopback. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts Xvfb on a free display (`-displayfd`) and returns the display, e.g. `:1`. */
async function startXvfb(xvfb: string): Promise<{ display: string; child: ChildProcess }> {
  const { child, stderr } = start(xvfb, ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], process.env, true);
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    const fail = () => reject(new Error(`Xvfb did not start: ${stderr()}. Install it: ${INSTALL_WEBKIT}`));
    child.once('exit', fail);
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('\n')) {
        child.off('exit', fail);
        resolve(':' + out.trim());
      }
    });
    setTimeout(fail, 15_000);
  });
  return { display, child };
}

// ----------------------------------------------------------------------------------------------
// A W3C WebDriver client
// ----------------------------------------------------------------------------------------------

/** A WebDriver error, with the driver's `error` code (`no such element`, `javascript error`…). */
export class WebDriverError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

/** The key for the element references WebDriver returns. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
/** WebDriver key codes (the spec's table) for the keys the tests press. */
const KEYS: Record<string, string> = { Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C', Shift: '\uE008', Space: ' ' };
const key = (name: string) => KEYS[name] ?? (name.length === 1 ? name : fail(`unknown key ${name}`));
const fail = (message: string): never => {
  throw new Error(message);
};

/** One WebDriver session: the commands the tests need, each one HTTP request. */
export class WebDriverSession {
  private constructor(
    private readonly base: string,
    readonly id: string,
    readonly capabilities: Record<string, unknown>,
  ) {}

  /** Creates a session on the driver at `base` (`http://127.0.0.1:<port>`). */
  static async create(base: string, capabilities: Record<string, unknown>): Promise<WebDriverSession> {
    const value = (await command(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } })) as {
      sessionId: string;
      capabilities: Record<string, unknown>;
    };
    return new WebDriverSession(base, value.sessionId, value.capabilities);
  }

  send(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<unknown> {
    return command(this.base, method, `/session/${this.id}${path}`, body);
  }
  navigate = (url: string) => this.send('POST', '/url', { url });
  /** Runs `script` (a function body; `arguments` are `args`); a returned promise is awaited. */
  execute = (script: string, args: unknown[] = []) => this.send('POST', '/execute/sync', { script, args });
  async findElement(css: string): Promise<string> {
    const value = (await this.send('POST', '/element', { using: 'css selector', value: css })) as Record<string, string>;
    return value[ELEMENT];
  }
  click = async (css: string) => void (await this.send('POST', `/element/${await this.findElement(css)}/click`, {}));
  /** Key actions (the Actions API), e.g. `[{ type: 'keyDown', value: '\uE004' }, { type: 'keyUp', … }]`. */
  keys = async (actions: { type: 'keyDown' | 'keyUp'; value: string }[]) => {
    await this.send('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  };
  setWindowRect = (rect: { width: number; height: number }) => this.send('POST', '/window/rect', rect);
  screenshot = async () => Buffer.from((await this.send('GET', '/screenshot')) as string, 'base64');
  deleteCookies = () => this.send('DELETE', '/cookie');
  setTimeouts = (t: { script?: number; pageLoad?: number; implicit?: number }) => this.send('POST', '/timeouts', t);
  delete = () => command(this.base, 'DELETE', `/session/${this.id}`);
}

async function command(base: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(base + path, {
    method,
    headers: body === undefined ? undefined : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json: { value?: { error?: string; message?: string } | unknown };
  try {
    json = JSON.parse(text);
  } catch {
    throw new WebDriverError('unknown error', `${method} ${path}: HTTP ${res.status}, not JSON: ${text.slice(0, 200)}`);
  }
  const value = json.value as { error?: string; message?: string } | null;
  if (!res.ok || (value && typeof value === 'object' && 'error' in value && value.error))
    throw new WebDriverError(value?.error || `HTTP ${res.status}`, `${method} ${path}: ${value?.message ?? text.slice(0, 200)}`);
  return json.value;
}

// ----------------------------------------------------------------------------------------------
// The browser and its pages
// ----------------------------------------------------------------------------------------------

/** Options for a new WebKit page. */
export interface WebKitPageOptions {
  /** The reader's blocker, applied by the page's proxy (default `none`; changeable: `page.proxy.state`). */
  condition?: ProxyCondition;
  /** The viewport (the web view's size; default 1280 × 800). */
  viewport?: { width: number; height: number };
  /** MiniBrowser's dark mode (`--dark-mode`): `prefers-color-scheme: dark`. */
  dark?: boolean;
  /** More MiniBrowser arguments (its WebKitSettings: `--enable-tabs-to-links=false`…). */
  args?: string[];
}

/** The page's JSON.stringify as it was before the page's scripts ran (kept by the proxy's recorder). */
const STRINGIFY = '(window.__stringify||JSON.stringify)';

/** A function run in the page: its source is sent, so it must not close over Node's variables. */
type PageFn<A extends unknown[], R> = (...args: A) => R;

/** A page-like wrapper over one WebDriver session (one MiniBrowser window). */
export class WebKitPage {
  constructor(
    readonly session: WebDriverSession,
    /** This page's proxy: its `state` is the blocking condition, drops, offline. */
    readonly proxy: BlockingProxy,
    private readonly processes: ChildProcess[],
  ) {}

  /**
   * Navigates and waits for the load event (`pageLoadStrategy: 'normal'`). Not `eager`, as the
   * Chromium tests' `waitUntil: 'domcontentloaded'` would be: in WebKitGTK 2.50 the command after
   * an eager navigation waits for the page-load timeout (30 s) whenever the page is still loading.
   * What a page records (its verdicts, with their times) is unaffected.
   */
  async goto(url: string): Promise<void> {
    this.proxy.state.top = url;
    await this.session.navigate(url);
  }

  /**
   * Runs `fn(...args)` in the page and returns its (awaited) result. The result crosses as a JSON
   * string: WebDriver's own serialization walks inherited enumerable properties, so a page that
   * extends `Object.prototype` (as old jQuery plugins do) would make it fail.
   */
  async evaluate<A extends unknown[], R>(fn: PageFn<A, R>, ...args: A): Promise<Awaited<R>> {
    const json = await this.session.execute(
      `return Promise.resolve((${fn.toString()}).apply(null, arguments)).then(function(v){return ${STRINGIFY}({v:v})})`,
      args,
    );
    return (JSON.parse(json as string) as { v: Awaited<R> }).v;
  }

  /** Polls `fn(...args)` in the page until it returns something truthy, or throws after `timeout` ms. */
  async waitForFunction<A extends unknown[], R>(
    fn: PageFn<A, R>,
    { timeout = 10_000, polling = 50 }: { timeout?: number; polling?: number } = {},
    ...args: A
  ): Promise<NonNullable<Awaited<R>>> {
    // One command that polls inside the page (a promise the driver awaits), not one command per poll.
    const script =
      `var args=arguments,fn=(${fn.toString()}),end=Date.now()+${timeout};return new Promise(function(done){` +
      `(function poll(){var v;try{v=fn.apply(null,args)}catch(e){v=undefined}` +
      `if(v)done({ok:true,value:v});else if(Date.now()>end)done({ok:false});else setTimeout(poll,${polling})})()})` +
      `.then(function(r){return ${STRINGIFY}(r)})`;
    await this.session.setTimeouts({ script: timeout + 5000 });
    const result = JSON.parse((await this.session.execute(script, args)) as string) as { ok: boolean; value: NonNullable<Awaited<R>> };
    if (!result.ok) throw new Error(`waitForFunction: still falsy after ${timeout} ms: ${fn.toString().slice(0, 160)}`);
    return result.value;
  }

  /** Runs `js` first in every document from the next navigation on (as Playwright's addInitScript). */
  addInitScript(js: string): void {
    this.proxy.state.initScript += js;
  }

  /**
   * Makes `window[name]()` call `fn` in Node (as Playwright's exposeFunction): a POST to the
   * page's own origin that the proxy answers once `fn` has run. From the next navigation on.
   */
  exposeFunction(name: string, fn: () => unknown): void {
    this.proxy.state.exposed[name] = fn;
    this.addInitScript(
      `window[${JSON.stringify(name)}]=function(){return fetch("/__proxy/expose/${name}",{method:"POST",cache:"no-store"}).then(function(){})};`,
    );
  }

  /** Uncaught errors and unhandled rejections the page (and its same-origin frames) recorded. */
  async errors(): Promise<string[]> {
    const errors = await this.evaluate(() => (window as unknown as { __pageErrors?: string[] }).__pageErrors);
    if (!errors) throw new Error('The page has no error recorder: the proxy did not insert it (is the page HTML?)');
    return errors;
  }

  /** A WebDriver element click (real pointer events) on the first element matching `css`. */
  click = (css: string) => this.session.click(css);

  /** The keyboard, through the Actions API: `press('Tab')`, `press('Shift+Tab')`. */
  readonly keyboard = {
    press: async (combo: string) => {
      const names = combo.split('+');
      await this.session.keys([
        ...names.map((n) => ({ type: 'keyDown' as const, value: key(n) })),
        ...names.reverse().map((n) => ({ type: 'keyUp' as const, value: key(n) })),
      ]);
    },
  };

  /** Sizes the window so that the web view (`innerWidth` × `innerHeight`) is `viewport`. */
  async setViewportSize(viewport: { width: number; height: number }): Promise<void> {
    for (let i = 0; i < 3; i++) {
      const inner = await this.evaluate(() => [innerWidth, innerHeight, outerWidth, outerHeight]);
      if (inner[0] === viewport.width && inner[1] === viewport.height) return;
      await this.session.setWindowRect({ width: viewport.width + inner[2] - inner[0], height: viewport.height + inner[3] - inner[1] });
    }
    const [w, h] = await this.evaluate(() => [innerWidth, innerHeight]);
    if (w !== viewport.width || h !== viewport.height)
      throw new Error(`WebKit viewport is ${w}×${h}, not ${viewport.width}×${viewport.height}`);
  }

  screenshot = () => this.session.screenshot();

  /**
   * Forgets the last load: its origin's storage, cookies, and the page itself (about:blank), so
   * the next load starts as a fresh context does in the Chromium tests.
   */
  async reset(): Promise<void> {
    await this.evaluate(() => {
      try {
        localStorage.clear();
        sessionStorage.clear();
      } catch {}
    }).catch(() => {});
    await this.session.deleteCookies().catch(() => {});
    await this.session.navigate('about:blank');
    Object.assign(this.proxy.state, { condition: 'none', initScript: '', intercept: undefined, exposed: {}, offline: false, top: '' });
  }

  /** Ends the session and every process of this page (driver, MiniBrowser), and its proxy. */
  async close(): Promise<void> {
    await Promise.race([this.session.delete().catch(() => {}), sleep(5000)]);
    await Promise.all(this.processes.map(stop));
    await this.proxy.close();
  }
}

/** The WebKit rig: one virtual display, and pages (each a driver, a MiniBrowser and a proxy). */
export interface WebKit {
  /** The display Xvfb serves, e.g. `:1`. */
  display: string;
  newPage(options?: WebKitPageOptions): Promise<WebKitPage>;
  /** Closes every page still open, then Xvfb. */
  close(): Promise<void>;
}

/** Starts Xvfb; pages are started by `newPage()`. Fails loudly when anything is missing. */
export async function launchWebKit(): Promise<WebKit> {
  const paths = webkitPaths();
  const xvfb = await startXvfb(paths.xvfb);
  const pages = new Set<WebKitPage>();
  // MiniBrowser's toolbar keeps its window at least 447 px wide; a GTK stylesheet of our own (in a
  // config folder of our own) lets it shrink to phone widths. It styles GTK's widgets, not pages.
  const config = mkdtempSync(join(tmpdir(), 'politely-webkit-'));
  mkdirSync(join(config, 'gtk-3.0'));
  writeFileSync(
    join(config, 'gtk-3.0', 'gtk.css'),
    'headerbar,toolbar,.toolbar{min-width:0;padding:0}button,entry{min-width:0;min-height:0;padding:0;margin:0;border:0}\n',
  );
  const env = { ...process.env, DISPLAY: xvfb.display, GIO_USE_NETWORK_MONITOR: 'base', XDG_CONFIG_HOME: config };
  return {
    display: xvfb.display,
    async newPage(options = {}) {
      const proxy = await startProxy({ condition: options.condition ?? 'none' });
      const port = await freePort();
      const driver = start(paths.driver, [`--port=${port}`], env);
      const base = `http://127.0.0.1:${port}`;
      try {
        // The driver answers /status once it listens.
        for (let t = Date.now(); ; await sleep(50)) {
          if (driver.child.exitCode !== null) throw new Error(`WebKitWebDriver exited: ${driver.stderr()}`);
          if (
            await fetch(`${base}/status`).then(
              (r) => r.ok,
              () => false,
            )
          )
            break;
          if (Date.now() - t > 15_000) throw new Error(`WebKitWebDriver did not answer on ${base}: ${driver.stderr()}`);
        }
        const session = await WebDriverSession.create(base, {
          browserName: 'MiniBrowser',
          pageLoadStrategy: 'normal',
          timeouts: { script: 30_000, pageLoad: 30_000, implicit: 0 },
          proxy: { proxyType: 'manual', httpProxy: `127.0.0.1:${proxy.port}` },
          'webkitgtk:browserOptions': {
            binary: paths.miniBrowser,
            args: ['--automation', ...(options.dark ? ['--dark-mode'] : []), ...(options.args ?? [])],
          },
        });
        const page = new WebKitPage(session, proxy, [driver.child]);
        const close = page.close.bind(page);
        page.close = async () => {
          pages.delete(page);
          await close();
        };
        pages.add(page);
        await page.setViewportSize(options.viewport ?? { width: 1280, height: 800 });
        return page;
      } catch (e) {
        await stop(driver.child);
        await proxy.close();
        throw new Error(`WebKit did not start (${paths.miniBrowser} through ${paths.driver}): ${String(e)}`, { cause: e });
      }
    },
    async close() {
      await Promise.all([...pages].map((p) => p.close()));
      await stop(xvfb.child);
      rmSync(config, { recursive: true, force: true });
    },
  };
}
