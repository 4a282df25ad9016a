// Real Chromium (Debian's package, driven by playwright-core) and the blocking conditions the
// detection is judged under. Ghostery's engine applies the real EasyList to each page: its
// network filters through request interception, its cosmetic filters by injecting stylesheets.
// The stand-in conditions add what uBlock Origin and Brave do on top: they answer ad libraries
// with stand-in scripts (see ./stand-ins.ts).
import { chromium, type Browser, type BrowserContext, type Page, type Route } from 'playwright-core';
import { PlaywrightBlocker } from '@ghostery/adblocker-playwright';
import { chromiumPath, easyListText } from './requirements';
import { standInHandler, standIns } from './stand-ins';

/**
 * How the reader blocks ads in a test.
 * - `none`: no blocker.
 * - `easylist`: Ghostery's engine with EasyList, network and cosmetic filters.
 * - `network`, `cosmetic`: one half each.
 * - `dns`: a DNS sinkhole; every EasyList `||host^` host fails to resolve.
 * - `brave`: Brave Shields' default, emulated: EasyList network filters only (no cosmetic
 *   filtering) plus uBO's stand-ins for the ad libraries it redirects.
 * - `ublock`: uBlock Origin's default, emulated: EasyList network + cosmetic filters plus the
 *   stand-ins.
 */
export type Condition = 'none' | 'easylist' | 'network' | 'cosmetic' | 'dns' | 'brave' | 'ublock';

/** Every blocking condition, in the order reports list them. */
export const CONDITIONS: Condition[] = ['none', 'easylist', 'network', 'cosmetic', 'dns'];

/** Conditions under which an ad blocker is at work. */
export const BLOCKING: Condition[] = ['easylist', 'network', 'cosmetic', 'dns'];

/**
 * Blockers that answer ad libraries with stand-in scripts (uBO's redirect resources), emulated.
 * Kept out of CONDITIONS and BLOCKING, which existing tests iterate.
 */
export const STAND_IN_CONDITIONS: Condition[] = ['brave', 'ublock'];

/** Launches headless Chromium with every host name resolving to loopback. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * 127.0.0.1',
      // Politely skips automated browsers by default (navigator.webdriver, "HeadlessChrome"): the
      // tests play a reader, so they hide both (see openPage's userAgent). Bot skipping has its
      // own test with the headless user agent.
      '--disable-blink-features=AutomationControlled',
      ...extraArgs,
    ],
  });
}

const engines = new Map<string, PlaywrightBlocker>();
function engine(network: boolean, cosmetic: boolean): PlaywrightBlocker {
  const key = `${network}${cosmetic}`;
  let blocker = engines.get(key);
  if (!blocker) {
    blocker = PlaywrightBlocker.parse(easyListText(), { loadNetworkFilters: network, loadCosmeticFilters: cosmetic });
    engines.set(key, blocker);
  }
  return blocker;
}

let adHosts: Set<string> | undefined;
/** Host names EasyList blocks outright (`||host^` with no options): what a DNS sinkhole lists. */
export function easyListAdHosts(): Set<string> {
  if (!adHosts) {
    adHosts = new Set();
    for (const line of easyListText().split('\n')) {
      const m = /^\|\|([a-z0-9.-]+)\^\s*$/i.exec(line);
      if (m) adHosts.add(m[1].toLowerCase());
    }
  }
  return adHosts;
}

const sinkholed = (host: string, hosts: Set<string>) => {
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) if (hosts.has(h)) return true;
  return false;
};

/** A page under a condition, with what it threw and logged. */
export interface TestPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught exceptions in the page. */
  errors: Error[];
  /** Console messages as `type: text`. */
  console: string[];
  /** Turns the blocker off for this page (the reader allowlisted the site). */
  disableBlocker(): Promise<void>;
}

/** Options for {@link openPage}. */
export interface OpenOptions {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  /** Default: a desktop Chrome user agent (a reader); pass the headless one to play a bot. */
  userAgent?: string;
  context?: BrowserContext;
}

/** The user agent of a reader's desktop Chrome of the same version as the test browser. */
export const readerAgent = (browser: Browser): string =>
  `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${browser.version()} Safari/537.36`;

/** Opens a fresh page (in a fresh context unless one is given) with the condition applied. */
export async function openPage(browser: Browser, condition: Condition, options: OpenOptions = {}): Promise<TestPage> {
  const context =
    options.context ??
    (await browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 800 },
      colorScheme: options.colorScheme,
      reducedMotion: options.reducedMotion,
      userAgent: options.userAgent ?? readerAgent(browser),
    }));
  const page = await context.newPage();
  const errors: Error[] = [];
  const messages: string[] = [];
  page.on('pageerror', (e) => errors.push(e));
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  let disable = async () => {};
  if (condition === 'easylist' || condition === 'network' || condition === 'cosmetic') {
    const blocker = engine(condition !== 'cosmetic', condition !== 'network');
    await blocker.enableBlockingInPage(page);
    disable = () => blocker.disableBlockingInPage(page);
  } else if (condition === 'brave' || condition === 'ublock') {
    standIns(); // fails loudly, with the apt-get line, before anything is set up
    const blocker = engine(true, condition === 'ublock');
    await blocker.enableBlockingInPage(page);
    // Registered after the blocker, so it runs first: a stand-in answers the ad library's request,
    // anything else falls back to the blocker's handler.
    const handler = standInHandler(blocker);
    await page.route('**/*', handler);
    disable = async () => {
      await page.unroute('**/*', handler);
      await blocker.disableBlockingInPage(page);
    };
  } else if (condition === 'dns') {
    const hosts = easyListAdHosts();
    // As if the name did not resolve: Chromium's own net::ERR_NAME_NOT_RESOLVED.
    const handler = (route: Route) =>
      sinkholed(new URL(route.request().url()).hostname, hosts) ? route.abort('namenotresolved') : route.continue();
    await page.route('**/*', handler);
    disable = () => page.unroute('**/*', handler);
  }
  return { page, context, errors, console: messages, disableBlocker: disable };
}
