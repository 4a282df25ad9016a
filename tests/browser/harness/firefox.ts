// A second engine: Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi (no browser
// download). Firefox has no --host-resolver-rules; its `network.dns.localDomains` pref resolves
// the test host names (the news site and every ad host) to loopback instead.
import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { AD_HOSTS, SITE } from './server';

/** Path of Debian's Firefox ESR (override with FIREFOX_PATH). */
export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  if (!existsSync(path)) throw new Error(`Firefox ESR not found at ${path}. Install it: apt-get update && apt-get install -y firefox-esr`);
  return path;
}

/** Launches headless Firefox ESR with the test host names mapped to loopback. */
export function launchFirefox(): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    protocol: 'webDriverBiDi',
    extraPrefsFirefox: { 'network.dns.localDomains': [SITE, ...AD_HOSTS].join(',') },
  });
}
