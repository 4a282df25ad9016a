// Search and social crawlers, audit tools and headless browsers: none of them is a reader.
// Named crawlers only, not a bare "bot", which would also match phones such as the CUBOT.
const CRAWLER =
  /(google|bing|duckduck|yandex|apple|twitter|ads|petal|ahrefs|semrush)bot|spider|crawl|slurp|lighthouse|headless|facebookexternalhit|mediapartners/i;

/**
 * Why this browser is no reader: `automation` (`navigator.webdriver`: Playwright, Selenium,
 * Puppeteer), `crawler` (a known crawler's or a headless browser's user agent), or `undefined`.
 */
export const botKind = (nav: Navigator): 'automation' | 'crawler' | undefined =>
  nav.webdriver === true ? 'automation' : CRAWLER.test(nav.userAgent) ? 'crawler' : undefined;
