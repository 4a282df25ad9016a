// Search and social crawlers, audit tools and headless browsers: none of them is a reader.
// Named crawlers only, not a bare "bot", which would also match phones such as the CUBOT.
const CRAWLER =
  /(google|bing|duckduck|yandex|apple|twitter|ads|petal|ahrefs|semrush)bot|spider|crawl|slurp|lighthouse|headless|facebookexternalhit|mediapartners/i;

/** Whether this browser is automated (`navigator.webdriver`) or a known crawler. */
export const isBot = (nav: Navigator): boolean => nav.webdriver === true || CRAWLER.test(nav.userAgent);
