// Blockers' stand-ins ("redirect" resources): uBlock Origin and Brave do not just block
// adsbygoogle.js or gpt.js, they answer the request with a stand-in script that defines a
// harmless copy of the library (`adsbygoogle.loaded = true`, a no-op `googletag` whose
// `apiReady` is true), so that pages waiting for the library do not break. A detector that only
// asks "did the library load and set its flag?" sees a library that loaded.
//
// The same rules answer more than scripts: uBO's own list redirects every `xhr`/fetch request to
// pagead2.googlesyndication.com and doubleclick.net to a no-op answer, so a detector's fetch to
// those hosts succeeds under uBO (and Brave, which applies uBO's lists).
//
// This module reads the real thing at run time from Debian's webext-ublock-origin-chromium:
// uBO's own filter lists (assets/ublock/*.min.txt) for the *generic* redirect rules
// (`redirect=` or `redirect-rule=`, no positive `domain=`/`from=`), js/redirect-resources.js for
// the resource names' aliases, and web_accessible_resources/ for the files themselves. They are
// applied to script, xhr/fetch and image requests, by each rule's type list.
//
// Not modelled (documented in tests/browser/README.md): other request types (frames, media,
// objects), exception (`@@`) rules, and options this harness cannot evaluate faithfully
// (`method=`, `header=`, `ipaddress=`, `denyallow=`…): rules carrying them are left out.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Request, type FiltersEngine } from '@ghostery/adblocker-playwright';

const INSTALL = 'apt-get update && apt-get install -y webext-ublock-origin-chromium';

/** uBO's own lists, all enabled by default in uBO; filters.min.txt is required. */
const LISTS = ['filters.min.txt', 'privacy.min.txt', 'unbreak.min.txt', 'quick-fixes.min.txt', 'badware.min.txt'];

/** The request types the harness answers with stand-ins, as uBO names them. */
export type StandInType = 'script' | 'xhr' | 'image';

/** One generic redirect rule. */
export interface RedirectRule {
  /** The filter as written in the list. */
  raw: string;
  /** The list it comes from. */
  list: string;
  /** `redirect` blocks and redirects; `redirect-rule` redirects only what another filter blocks. */
  kind: 'redirect' | 'redirect-rule';
  /** The resource name as the rule gives it (alias or file name, without its priority). */
  resource: string;
  /** The stand-in's file in web_accessible_resources/. */
  file: string;
  /** The rule's priority (`:5` suffix); the highest wins. */
  priority: number;
  /** Whether the rule applies to a request of `type` for `url` from a page at `pageUrl`. */
  matches(url: string, pageUrl: string, type: StandInType): boolean;
}

/** What the uBO package provides. */
export interface StandIns {
  rules: RedirectRule[];
  /** The stand-in's bytes, by file path. */
  body(file: string): Buffer;
  /** The rule that answers a request, if any (`blocks` says whether another filter blocks it). */
  find(url: string, pageUrl: string, type: StandInType, blocks: () => boolean): RedirectRule | undefined;
}

function packageFiles(): string[] {
  try {
    return execFileSync('dpkg', ['-L', 'webext-ublock-origin-chromium'], { encoding: 'utf8' }).split('\n');
  } catch {
    throw new Error(
      `The package webext-ublock-origin-chromium is not installed: it ships uBlock Origin's lists and stand-ins. Install it: ${INSTALL}`,
    );
  }
}

/** Resource name or alias → file name, from uBO's js/redirect-resources.js. */
function resourceNames(path: string): Map<string, string> {
  const text = readFileSync(path, 'utf8');
  const names = new Map<string, string>();
  // Entries look like: [ 'googletagservices_gpt.js', { alias: [ 'a', 'b' ], data: 'text' } ],
  const entry = /\[\s*'([^']+)'\s*,\s*\{([^}]*)\}\s*\]/g;
  for (let m = entry.exec(text); m; m = entry.exec(text)) {
    const [, file, body] = m;
    names.set(file, file);
    const alias = /alias\s*:\s*(\[[^\]]*\]|'[^']*')/.exec(body);
    if (alias) for (const a of alias[1].matchAll(/'([^']+)'/g)) names.set(a[1], file);
  }
  if (!names.size) throw new Error(`No resources found in ${path}: uBO's redirect-resources.js changed format. Reinstall: ${INSTALL}`);
  return names;
}

const TYPES = new Set([
  'script',
  'xhr',
  'xmlhttprequest',
  'image',
  'stylesheet',
  'css',
  'frame',
  'subdocument',
  'media',
  'object',
  'font',
  'ping',
  'websocket',
  'other',
  'fetch',
  'beacon',
  'doc',
  'document',
  'popup',
  'inline-script',
  'inline-font',
  'webrtc',
]);

/** Host-list options (`domain=a.com|~b.com`, `to=com`): does `host` match? */
function hostListMatches(list: string[], host: string): boolean {
  const hit = (entry: string) => {
    // `example.*`: any public suffix (approximated as one or two labels).
    if (entry.endsWith('.*')) return new RegExp(`(^|\\.)${entry.slice(0, -2).replace(/\./g, '\\.')}\\.[^.]+(\\.[^.]+)?$`).test(host);
    return host === entry || host.endsWith('.' + entry);
  };
  const positive = list.filter((e) => !e.startsWith('~'));
  const negative = list.filter((e) => e.startsWith('~')).map((e) => e.slice(1));
  if (negative.some(hit)) return false;
  return positive.length === 0 || positive.some(hit);
}

/** An ABP/uBO network pattern as a regular expression. */
function patternRegExp(pattern: string, matchCase: boolean): RegExp {
  if (pattern.length > 2 && pattern.startsWith('/') && pattern.endsWith('/')) return new RegExp(pattern.slice(1, -1), matchCase ? '' : 'i');
  let p = pattern;
  let prefix = '';
  let suffix = '';
  if (p.startsWith('||')) {
    prefix = '^[a-z][a-z0-9+.-]*://(?:[^/?#]*\\.)?';
    p = p.slice(2);
  } else if (p.startsWith('|')) {
    prefix = '^';
    p = p.slice(1);
  }
  if (p.endsWith('|')) {
    suffix = '$';
    p = p.slice(0, -1);
  }
  const body = p
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '^' ? '(?:[^\\w.%-]|$)' : c.replace(/[.+?${}()|[\]\\/]/g, '\\$&')))
    .join('');
  return new RegExp(prefix + body + suffix, matchCase ? '' : 'i');
}

/** uBO's type names for one request type (`xmlhttprequest` is the long name of `xhr`). */
const typeNames = (t: string): string => (t === 'xmlhttprequest' ? 'xhr' : t === 'css' ? 'stylesheet' : t === 'subdocument' ? 'frame' : t);

/** Parses one filter line; undefined when it is not a generic redirect rule we can evaluate. */
function parseRule(line: string, list: string, names: Map<string, string>, dir: string): RedirectRule | undefined {
  if (!line || line.startsWith('!') || line.startsWith('@@') || line.startsWith('[') || /#[@?$%]?#|#\+js|#\^/.test(line)) return;
  if (!/[$,]redirect(-rule)?=/.test(line)) return;
  // Options follow the last `$`; a regex pattern (`/…/`) may hold `$` itself and ends with `/`.
  const regexEnd = line.startsWith('/') ? line.lastIndexOf('/$') : -1;
  const at = regexEnd > 0 ? regexEnd + 1 : line.lastIndexOf('$');
  if (at <= 0) return;
  const pattern = line.slice(0, at);
  const options = line.slice(at + 1).split(',');
  let kind: RedirectRule['kind'] | undefined;
  let resource = '';
  let priority = 0;
  let matchCase = false;
  let party: 'first' | 'third' | undefined;
  let to: string[] | undefined;
  let domains: string[] = [];
  const types: string[] = [];
  const notTypes: string[] = [];
  for (const option of options) {
    const [name, value = ''] = option.split(/=(.*)/s);
    if (name === 'redirect' || name === 'redirect-rule') {
      kind = name;
      const m = /^(.*?)(?::(-?\d+))?$/.exec(value)!;
      resource = m[1];
      priority = Number(m[2] ?? 0);
    } else if (name === 'domain' || name === 'from') domains = value.split('|');
    else if (name === 'to') to = value.split('|');
    else if (name === '3p' || name === 'third-party' || name === '~1p' || name === '~first-party') party = 'third';
    else if (name === '1p' || name === 'first-party' || name === '~3p' || name === '~third-party') party = 'first';
    else if (name === 'match-case') matchCase = true;
    else if (name === 'important') continue;
    else if (TYPES.has(name)) types.push(typeNames(name));
    else if (name.startsWith('~') && TYPES.has(name.slice(1))) notTypes.push(typeNames(name.slice(1)));
    else return; // an option we cannot evaluate faithfully (method=, header=, ipaddress=, …)
  }
  if (!kind || !resource || resource === 'none') return;
  if (domains.some((d) => !d.startsWith('~'))) return; // site-specific: not generic
  const fileName = names.get(resource);
  if (!fileName) return;
  const file = join(dir, fileName);
  if (!existsSync(file)) return;
  let re: RegExp;
  try {
    re = patternRegExp(pattern, matchCase);
  } catch {
    return;
  }
  return {
    raw: line,
    list,
    kind,
    resource,
    file,
    priority,
    matches(url, pageUrl, type) {
      if (notTypes.includes(type) || (types.length > 0 && !types.includes(type))) return false;
      if (!re.test(url)) return false;
      const host = new URL(url).hostname;
      let pageHost = '';
      try {
        pageHost = new URL(pageUrl).hostname;
      } catch {}
      if (domains.length && !hostListMatches(domains, pageHost)) return false;
      if (to && !hostListMatches(to, host)) return false;
      if (party) {
        const thirdParty = Request.fromRawDetails({ url, sourceUrl: pageUrl, type }).isThirdParty;
        if ((party === 'third') !== thirdParty) return false;
      }
      return true;
    },
  };
}

let cached: StandIns | undefined;

/**
 * uBO's generic script redirect rules and their stand-in files, read from the Debian package.
 * Throws, with the apt-get line, when the lists, the rules for adsbygoogle.js and gpt.js, or the
 * stand-in files are missing.
 */
export function standIns(): StandIns {
  if (cached) return cached;
  const files = packageFiles();
  const find = (suffix: string) => files.find((f) => f.endsWith(suffix));
  const filters = find('/assets/ublock/filters.min.txt');
  if (!filters || !existsSync(filters))
    throw new Error(
      `uBlock Origin's own list (assets/ublock/filters.min.txt) not found in webext-ublock-origin-chromium. Reinstall it: ${INSTALL}`,
    );
  const resources = find('/js/redirect-resources.js');
  const war =
    files.find((f) => /\/web_accessible_resources$/.test(f)) ?? join(dirname(dirname(dirname(filters))), 'web_accessible_resources');
  if (!resources || !existsSync(resources) || !existsSync(war))
    throw new Error(
      `uBlock Origin's stand-in resources (js/redirect-resources.js, web_accessible_resources/) not found. Reinstall: ${INSTALL}`,
    );
  const names = resourceNames(resources);
  const rules: RedirectRule[] = [];
  for (const name of LISTS) {
    const path = join(dirname(filters), name);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      const rule = parseRule(line.trim(), name, names, war);
      if (rule) rules.push(rule);
    }
  }
  const bodies = new Map<string, Buffer>();
  const body = (file: string) => {
    let bytes = bodies.get(file);
    if (bytes === undefined) bodies.set(file, (bytes = readFileSync(file)));
    return bytes;
  };
  const result: StandIns = {
    rules,
    body,
    find(url, pageUrl, type, blocks) {
      let best: RedirectRule | undefined;
      let blocked: boolean | undefined;
      for (const rule of rules) {
        if (best && rule.priority <= best.priority) continue;
        if (!rule.matches(url, pageUrl, type)) continue;
        if (rule.kind === 'redirect-rule' && !(blocked ??= blocks())) continue;
        best = rule;
      }
      return best;
    },
  };
  // The stand-ins the tests rely on must be there, rule and file.
  const page = 'http://www.politely-gazette.com/article.html';
  for (const [url, file, type] of [
    [
      'http://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-0000000000000000',
      'googlesyndication_adsbygoogle.js',
      'script',
    ],
    ['http://securepubads.g.doubleclick.net/tag/js/gpt.js', 'googletagservices_gpt.js', 'script'],
    ['http://securepubads.g.doubleclick.net/pagead/managed/js/gpt/m202401010101/pubads_impl.js', 'noop.txt', 'xhr'],
  ] as const) {
    const rule = result.find(url, page, type, () => true);
    if (!rule || !rule.file.endsWith('/' + file))
      throw new Error(
        `No generic redirect rule in uBlock Origin's lists answers ${url} with ${file} (found: ${rule?.raw ?? 'none'}). ` +
          `The stand-in conditions need webext-ublock-origin-chromium's lists and resources: ${INSTALL}`,
      );
    body(rule.file);
  }
  return (cached = result);
}

/** Playwright's resource type → the uBO type a redirect rule names. */
const STAND_IN_TYPES: Record<string, StandInType | undefined> = { script: 'script', xhr: 'xhr', fetch: 'xhr', image: 'image' };

/** The content type a stand-in is served with, by its file name. */
const contentType = (file: string) =>
  file.endsWith('.js') ? 'text/javascript' : file.endsWith('.gif') ? 'image/gif' : file.endsWith('.png') ? 'image/png' : 'text/plain';

/**
 * A Playwright route handler that answers script, xhr/fetch and image requests matched by a
 * stand-in rule with the stand-in (200) and passes everything else on (`route.fallback()`) to
 * the blocker registered before it. Register it after enabling the blocker: Playwright runs
 * route handlers in reverse registration order.
 */
export function standInHandler(blocker: FiltersEngine) {
  const s = standIns();
  return async (route: import('playwright-core').Route): Promise<void> => {
    const request = route.request();
    const type = STAND_IN_TYPES[request.resourceType()];
    if (!type) return route.fallback();
    let pageUrl = '';
    try {
      for (let frame: import('playwright-core').Frame | null = request.frame(); frame && !pageUrl; frame = frame.parentFrame())
        pageUrl = frame.url();
    } catch {}
    const url = request.url();
    const rule = s.find(url, pageUrl, type, () => blocker.match(Request.fromRawDetails({ url, sourceUrl: pageUrl, type })).match);
    if (!rule) return route.fallback();
    // A stand-in answers crossorigin="anonymous" script tags and CORS fetches too (AdSense's
    // snippet has one).
    return route.fulfill({
      status: 200,
      contentType: contentType(rule.file),
      headers: { 'access-control-allow-origin': '*' },
      body: s.body(rule.file),
    });
  };
}
