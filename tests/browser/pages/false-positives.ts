// The false-positive catalog: realistic news-article pages on which a reader WITHOUT a blocker
// must never be told they have one. Each page is something publishers really ship — their own
// CSS hiding ad-looking names in some context, ad stacks that start late or fail for reasons
// that are not a blocker, scripts whose URL merely looks like an ad library, and pages that
// break assumptions (hydration, polyfills, CSP, hidden frames…).
//
// Every page installs Politely as a publisher does, with one line (POLITELY_TAG), and records
// every `politely:verdict` and `politely:show` from the first script in <head> (FP_RECORDER); a
// page inside a same-origin frame also relays them to its parent (`__frameVerdicts`,
// `__frameShows`). Failures are real (the server's 404 / 500 / reset / slow answers, a CSP, the
// browser going offline), never simulated in page JavaScript.
//
// The new detection's bait is three elements that must ALL be hidden (`[class^="div-gpt-ad"]`,
// `[data-ad-manager-id]`, a `<dfp-ad>` element): pages here hide one or two of those names, never
// all three at once. (The third bait was `a[href^="https://adclick.g.doubleclick.net/"]` when
// most of these pages were written; the pages hiding links stay, as more page CSS to survive.)
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import {
  ADSENSE_CLIENT,
  AD_HOST,
  GPT_DIV,
  GPT_HOST,
  LOADER_SRC,
  adsenseScript,
  adsenseSlot,
  adsenseUrl,
  apstagSnippet,
  articleHtml,
  gptCommands,
  gptScript,
  gptSlot,
  gptUrl,
  type ArticleOptions,
  type TestServer,
} from '../harness';

/** What kind of trap a page is. */
export type FpClass = 'page-css' | 'late-stack' | 'failing-stack' | 'url-match' | 'other';

/** One realistic page a reader without a blocker may load. */
export interface FpPage {
  id: string;
  klass: FpClass;
  description: string;
  /** The page's HTML; registers any first-party file it needs with `server.page()`. */
  html(server: TestServer): string;
  /** Runs on the fresh page before it navigates (viewport, media, network conditions…). */
  setup?(page: Page): Promise<void>;
  /** Whether the detection should see EasyList (network + cosmetic) on this page. */
  detectableUnderEasylist: boolean;
  /** Extra response headers for the page itself (a Content-Security-Policy…). */
  headers?: Record<string, string>;
  /** How long the page's own scenario runs on after the first verdict (ms; default 500). */
  settleMs?: number;
}

/** Politely, installed the one-line way. */
export const POLITELY_TAG = `<script src="${LOADER_SRC}" data-politely data-support-url="/support"></script>`;

/**
 * Records every politely:verdict (in `__verdicts`, with its arrival time) and politely:show (in
 * `__shows`); inside a same-origin frame it also hands them to the parent's `__frameVerdicts`
 * and `__frameShows`. First in <head>, before anything.
 */
export const FP_RECORDER =
  '<script>(function(){var w=window,up=null;w.__verdicts=[];w.__shows=[];w.__frameVerdicts=w.__frameVerdicts||[];w.__frameShows=w.__frameShows||[];' +
  'try{if(w.parent!==w&&w.parent.__frameVerdicts)up=w.parent}catch(e){}' +
  "document.addEventListener('politely:verdict',function(e){var d=e.detail;d.at=performance.now();w.__verdicts.push(d);if(up)up.__frameVerdicts.push({frame:location.pathname,verdict:d})});" +
  "document.addEventListener('politely:show',function(e){w.__shows.push(e.detail);if(up)up.__frameShows.push({frame:location.pathname,show:e.detail})})})();</script>";

const JS = { 'content-type': 'text/javascript; charset=utf-8' };
const ROOT = resolve(import.meta.dirname, '../../..');

/** Registers a first-party script on the news site and returns its path. */
const js = (server: TestServer, path: string, body: string): string => (server.page(path, body, JS), path);

/** Options for {@link page}: the article's, plus where Politely's line goes. */
interface PageOptions extends ArticleOptions {
  /** Where the one-line install goes. Default: the end of <body>. */
  politely?: 'body' | 'head' | 'none';
}

/** The article with the recorder first in <head> and Politely's one line. */
function page(server: TestServer, options: PageOptions = {}): string {
  const where = options.politely ?? 'body';
  return articleHtml(server, {
    ...options,
    head: FP_RECORDER + (options.head ?? '') + (where === 'head' ? POLITELY_TAG : ''),
    bodyEnd: (options.bodyEnd ?? '') + (where === 'body' ? POLITELY_TAG : ''),
  });
}

/** An inline script. */
const script = (code: string) => `<script>${code}</script>`;
/** JavaScript that inserts a script tag (async, as tag managers do). */
const injectJs = (src: string, crossorigin = true) =>
  `var s=document.createElement('script');s.async=true;s.src=${JSON.stringify(src)};${crossorigin ? "s.crossOrigin='anonymous';" : ''}document.head.appendChild(s);`;
/** A busy main thread for `ms` milliseconds (a long task). */
const BUSY = 'function busy(ms){var end=performance.now()+ms;while(performance.now()<end){}}';
/** A slot wrapper with the page's own class names. */
const wrap = (cls: string, inner: string, extra = '') => `<aside class="${cls}"${extra}>${inner}</aside>`;
/** The AdSense slot (standard markup) inside a wrapper. */
const adsense = (cls = 'slot-wrap', extra = '') => wrap(cls, adsenseSlot(), extra);
/** The GPT head snippet and slot (standard markup). */
const gptHead = (server: TestServer, params?: Record<string, string | number>, loading?: 'async' | 'defer' | 'sync') =>
  gptScript(server, params, loading) + gptCommands();
const gptBody = (cls = 'slot-wrap') => wrap(cls, gptSlot());
/** Sponsored links whose click URLs go through DoubleClick, as many publishers' widgets do. */
const SPONSORED =
  '<section class="partner-links"><h2>From our partners</h2><ul>' +
  '<li><a href="https://ad.doubleclick.net/ddm/trackclk/N1234.5678/B1;dc_trk_aid=1;dc_trk_cid=2">Hotel deals for the holidays</a></li>' +
  '<li><a href="https://adclick.g.doubleclick.net/pcs/click?xai=AKAOjs&amp;adurl=https://www.example.com/">A better mattress</a></li>' +
  '</ul></section>';
/** A long comments section (the fold is far above what follows it). */
const COMMENTS = (px: number) =>
  `<section class="comments" style="min-height:${px}px"><h2>Comments</h2><p>Be the first to comment on this story.</p></section>`;
/** Phone and tablet viewports. */
const viewport = (width: number, height: number) => async (p: Page) => {
  await p.setViewportSize({ width, height });
};
/** Turns every script in `html` into a consent-gated one (`type="text/plain"`), as CMPs require. */
const gated = (html: string) => html.replace(/<script(?=[\s>])/g, '<script type="text/plain" data-consent="ads"');
/** A CMP's activation: gated scripts become real scripts, in document order. */
const ACTIVATE =
  'function activateAds(){var list=document.querySelectorAll(\'script[type="text/plain"][data-consent="ads"]\');' +
  'for(var i=0;i<list.length;i++){var old=list[i],s=document.createElement("script");' +
  'for(var j=0;j<old.attributes.length;j++){var a=old.attributes[j];if(a.name!=="type"&&a.name!=="data-consent")s.setAttribute(a.name,a.value)}' +
  'if(!old.src)s.text=old.text;old.parentNode.replaceChild(s,old)}}';
/** A consent banner for a new visitor. */
const CMP_BANNER =
  '<div id="cmp-banner" role="dialog" aria-label="Cookie consent" style="position:fixed;left:0;right:0;bottom:0;padding:16px;background:#222;color:#fff;font:15px system-ui,sans-serif;z-index:10">' +
  'We and our partners use cookies to show you ads. <button id="cmp-accept" type="button">Accept all</button> <button type="button">Manage</button></div>' +
  script(
    "document.getElementById('cmp-accept').addEventListener('click',function(){activateAds();document.getElementById('cmp-banner').remove()})",
  );

/** A web font for the FOUC-guard pages: Debian's DejaVu Sans (fonts-dejavu-core) if present. */
function font(server: TestServer): string {
  const path = '/fp/fonts/gazette-sans.ttf';
  const file = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
  // Without the font file the guard still lifts: the font fails to load and the page shows.
  if (existsSync(file)) server.page(path, readFileSync(file), { 'content-type': 'font/ttf', 'cache-control': 'no-store' });
  return path;
}
const FONT_FACE = (server: TestServer) => `@font-face{font-family:"Gazette Sans";src:url(${font(server)}?delay=1200) format("truetype")}`;
/** A FOUC guard: `wf-loading` on <html> until the web font loads (or 3 s pass), then `wf-active`. */
const FONT_GUARD = script(
  "document.documentElement.classList.add('wf-loading');(function(){var done=false;function show(){if(done)return;done=true;var c=document.documentElement.classList;c.remove('wf-loading');c.add('wf-active')}" +
    'if(document.fonts&&document.fonts.load)document.fonts.load(\'1em "Gazette Sans"\').then(show,show);setTimeout(show,3000)})();',
);

/** A page for every class of trap; see the README of tests/browser. */
export const FP_PAGES: FpPage[] = [];
const add = (...pages: FpPage[]) => FP_PAGES.push(...pages);

// ---------------------------------------------------------------------------------------------
// 1. page-css: the page's own CSS hides ad-looking names in some context.
// ---------------------------------------------------------------------------------------------
add(
  {
    id: 'subscriber-hides-ad-slot',
    klass: 'page-css',
    description: 'Ad-free for subscribers: html.subscriber .ad-slot{display:none}, AdSense still loads',
    html: (s) => page(s, { htmlAttrs: 'class="subscriber"', css: 'html.subscriber .ad-slot{display:none}', slot: adsense('ad-slot') }),
    detectableUnderEasylist: true,
  },
  {
    id: 'subscriber-hides-gpt',
    klass: 'page-css',
    description: 'Ad-free for subscribers: html.subscriber [class^="div-gpt-ad"], [id^="div-gpt-ad"] hidden, GPT still loads',
    html: (s) =>
      page(s, {
        ad: 'gpt',
        htmlAttrs: 'class="subscriber"',
        css: 'html.subscriber [class^="div-gpt-ad"],html.subscriber [id^="div-gpt-ad"]{display:none!important}',
      }),
    detectableUnderEasylist: true,
  },
  {
    id: 'subscriber-no-ad-scripts',
    klass: 'page-css',
    description: 'A subscriber page: no ad script at all, and .ad-slot, .banner-ad, [data-ad-manager-id] hidden',
    html: (s) =>
      page(s, {
        ad: 'none',
        htmlAttrs: 'class="subscriber"',
        css: '.subscriber .ad-slot,.subscriber .banner-ad,.subscriber [data-ad-manager-id]{display:none}',
        slot: '<aside class="ad-slot banner-ad" data-ad-manager-id="mid-1"></aside>',
      }),
    detectableUnderEasylist: true,
  },
  {
    id: 'phone-hides-banner-ad',
    klass: 'page-css',
    description: 'A phone (375 px): @media (max-width:767px){.banner-ad{display:none}}',
    html: (s) => page(s, { css: '@media (max-width:767px){.banner-ad{display:none}}', slot: adsense('banner-ad') }),
    setup: viewport(375, 740),
    detectableUnderEasylist: true,
  },
  {
    id: 'phone-hides-gpt-leaderboard',
    klass: 'page-css',
    description: 'A phone (375 px): the desktop leaderboard [class^="div-gpt-ad"] hidden by a media query, GPT loads',
    html: (s) =>
      page(s, {
        ad: 'gpt',
        css: '@media (max-width:767px){[class^="div-gpt-ad"]{display:none!important}}',
        bodyStart: '<div class="div-gpt-ad-leaderboard" style="min-height:90px;text-align:center">Advertisement</div>',
      }),
    setup: viewport(375, 740),
    detectableUnderEasylist: true,
  },
  {
    id: 'tablet-hides-slots',
    klass: 'page-css',
    description: 'A tablet (800 px): @media (max-width:1024px){.ad-slot,.banner-ad,[data-ad-manager-id]{display:none}}',
    html: (s) =>
      page(s, {
        ad: { libraries: ['adsense', 'gpt'] },
        css: '@media (max-width:1024px){.ad-slot,.banner-ad,[data-ad-manager-id]{display:none}}',
        bodyStart: '<div class="banner-ad" data-ad-manager-id="top-1">Advertisement</div>',
      }),
    setup: viewport(800, 1000),
    detectableUnderEasylist: true,
  },
  {
    id: 'collapse-empty-has',
    klass: 'page-css',
    description: 'Empty slots collapse: .ad-slot:not(:has(iframe)){display:none}',
    html: (s) =>
      page(s, {
        css: '.ad-slot:not(:has(iframe)){display:none}',
        slot: adsense('ad-slot'),
        afterArticle: '<aside class="ad-slot" data-ad-manager-id="bottom-1"></aside>',
      }),
    detectableUnderEasylist: true,
  },
  {
    id: 'collapse-max-height',
    klass: 'page-css',
    description: 'Slots closed until filled: .ad-slot{max-height:0;overflow:hidden}, opened once AdSense says filled',
    html: (s) =>
      page(s, {
        css: '.ad-slot{max-height:0;overflow:hidden;transition:max-height .3s}.ad-slot.is-filled{max-height:400px}',
        slot: adsense('ad-slot'),
        bodyEnd: script(
          "new MutationObserver(function(){var i=document.querySelector('ins.adsbygoogle[data-ad-status=\"filled\"]');if(i)i.closest('.ad-slot').classList.add('is-filled')})" +
            ".observe(document.body,{subtree:true,attributes:true,attributeFilter:['data-ad-status']});",
        ),
      }),
    detectableUnderEasylist: true,
  },
  {
    id: 'broad-class-ad-dash',
    klass: 'page-css',
    description: 'A broad rule from an ad-free theme: [class*="ad-"]{display:none}',
    html: (s) => page(s, { ad: 'gpt', css: '[class*="ad-"]{display:none}' }),
    detectableUnderEasylist: true,
  },
  {
    id: 'broad-class-ad',
    klass: 'page-css',
    description: 'A broader rule: [class*="ad"]{display:none} (hides the AdSense slot itself)',
    html: (s) => page(s, { css: '[class*="ad"]{display:none}' }),
    detectableUnderEasylist: true,
  },
  {
    id: 'broad-id-ad',
    klass: 'page-css',
    description: 'An id rule: [id*="ad"]{display:none} (hides the GPT div)',
    html: (s) => page(s, { ad: 'gpt', css: '[id*="ad"]{display:none}' }),
    detectableUnderEasylist: true,
  },
  {
    id: 'gpt-class-prefix-important',
    klass: 'page-css',
    description: 'A rule left from an old integration: [class^="div-gpt-ad"]{display:none!important}',
    html: (s) => page(s, { ad: 'gpt', css: '[class^="div-gpt-ad"]{display:none!important}' }),
    detectableUnderEasylist: true,
  },
  {
    id: 'gpt-empty-divs-hidden',
    klass: 'page-css',
    description: 'div[id^="div-gpt-ad"]:empty{display:none}, lazy-loaded GPT slots below the fold stay empty',
    html: (s) =>
      page(s, {
        ad: 'none',
        css: 'div[id^="div-gpt-ad"]:empty{display:none}',
        headEnd:
          gptScript(s) +
          gptCommands({
            slots: [{ div: GPT_DIV }, { div: 'div-gpt-ad-1234-1' }],
            lazy: '{ fetchMarginPercent: 100, renderMarginPercent: 50 }',
            extra: "googletag.display('div-gpt-ad-1234-1');",
          }),
        slot: `<aside class="slot-wrap"><div id="${GPT_DIV}"></div></aside>`,
        afterArticle: COMMENTS(9000) + '<div id="div-gpt-ad-1234-1"></div>',
        bodyEnd: script(`googletag.cmd.push(function(){googletag.display('${GPT_DIV}')});`),
      }),
    detectableUnderEasylist: true,
  },
  {
    id: 'adsense-unfilled-hidden',
    klass: 'page-css',
    description: 'Google’s own advice: ins.adsbygoogle[data-ad-status="unfilled"]{display:none!important}, and no ad to show',
    html: (s) => page(s, { ad: { params: { unfilled: 1 } }, css: 'ins.adsbygoogle[data-ad-status="unfilled"]{display:none!important}' }),
    detectableUnderEasylist: true,
  },
  {
    id: 'doubleclick-links-hidden',
    klass: 'page-css',
    description: 'Partner links through DoubleClick hidden on article pages: a[href*="doubleclick"]{display:none}',
    html: (s) => page(s, { css: 'a[href*="doubleclick"]{display:none}', afterArticle: SPONSORED }),
    detectableUnderEasylist: true,
  },
  {
    id: 'ad-manager-id-hidden',
    klass: 'page-css',
    description: 'The CMS’s ad component hidden until the ad server fills it: [data-ad-manager-id]{display:none}',
    html: (s) =>
      page(s, {
        ad: 'gpt',
        css: '[data-ad-manager-id]{display:none}[data-ad-manager-id].is-filled{display:block}',
        slot: `<aside class="slot-wrap" data-ad-manager-id="mid-article">${gptSlot()}</aside>`,
      }),
    detectableUnderEasylist: true,
  },
  {
    id: 'two-of-three-gpt-and-manager',
    klass: 'page-css',
    description: 'Two of the bait names at once: [class^="div-gpt-ad"],[data-ad-manager-id]{display:none!important}',
    html: (s) => page(s, { ad: 'gpt', css: '[class^="div-gpt-ad"],[data-ad-manager-id]{display:none!important}' }),
    detectableUnderEasylist: true,
  },
  {
    id: 'two-of-three-manager-and-links',
    klass: 'page-css',
    description: 'Two of the bait names at once: [data-ad-manager-id],a[href*="doubleclick.net"]{display:none}',
    html: (s) => page(s, { css: '[data-ad-manager-id],a[href*="doubleclick.net"]{display:none}', afterArticle: SPONSORED }),
    detectableUnderEasylist: true,
  },
  {
    id: 'two-of-three-dfp-ad-elements',
    klass: 'page-css',
    description:
      'An Angular app with its own <dfp-ad> components (ngx-dfp), hidden on phones with the GPT slots: @media (max-width:767px){dfp-ad,[class^="div-gpt-ad"]{display:none!important}}',
    html: (s) =>
      page(s, {
        ad: 'gpt',
        css: '@media (max-width:767px){dfp-ad,[class^="div-gpt-ad"]{display:none!important}}',
        afterArticle: '<dfp-ad class="div-gpt-ad-bottom" ad-unit="/1234/news/bottom"></dfp-ad>',
      }),
    setup: viewport(390, 844),
    detectableUnderEasylist: true,
  },
  {
    id: 'two-of-three-gpt-and-links',
    klass: 'page-css',
    description: 'Two of the bait names at once: [class*="gpt-ad"],a[href^="https://adclick."]{display:none}',
    html: (s) => page(s, { ad: { libraries: ['adsense', 'gpt'] }, css: '[class*="gpt-ad"],a[href^="https://adclick."]{display:none}' }),
    detectableUnderEasylist: true,
  },
  {
    id: 'fouc-body-display-none',
    klass: 'page-css',
    description: 'A FOUC guard: html.wf-loading body{display:none} until the web font loads (1.2 s)',
    html: (s) =>
      page(s, { head: FONT_GUARD, css: `${FONT_FACE(s)}html.wf-loading body{display:none}body{font-family:"Gazette Sans",Georgia,serif}` }),
    detectableUnderEasylist: true,
    settleMs: 1500,
  },
  {
    id: 'fouc-body-visibility',
    klass: 'page-css',
    description: 'A Typekit-style FOUC guard: .wf-loading body{visibility:hidden} until the web font loads',
    html: (s) =>
      page(s, {
        ad: 'gpt',
        head: FONT_GUARD,
        css: `${FONT_FACE(s)}.wf-loading body{visibility:hidden}body{font-family:"Gazette Sans",Georgia,serif}`,
      }),
    detectableUnderEasylist: true,
    settleMs: 1500,
  },
  {
    id: 'fouc-body-opacity',
    klass: 'page-css',
    description: 'A FOUC guard: body{opacity:0} until the web font loads, then a fade-in',
    html: (s) =>
      page(s, {
        head: FONT_GUARD,
        css: `${FONT_FACE(s)}body{opacity:0;transition:opacity .3s;font-family:"Gazette Sans",Georgia,serif}.wf-active body{opacity:1}`,
      }),
    detectableUnderEasylist: true,
    settleMs: 1500,
  },
  {
    id: 'print-styles',
    klass: 'page-css',
    description: 'Printing: print styles hide [class^="div-gpt-ad"] and DoubleClick links (print media emulated throughout)',
    html: (s) =>
      page(s, {
        ad: 'gpt',
        css: '@media print{header,.slot-wrap,[class^="div-gpt-ad"],a[href*="doubleclick"]{display:none!important}}',
        afterArticle: SPONSORED,
      }),
    setup: async (p) => {
      await p.emulateMedia({ media: 'print' });
    },
    detectableUnderEasylist: true,
  },
  {
    id: 'print-styles-no-ads',
    klass: 'page-css',
    description: 'Printing a page without ad scripts: print styles hide .ad-slot and [data-ad-manager-id]',
    html: (s) =>
      page(s, {
        ad: 'none',
        css: '@media print{.ad-slot,[data-ad-manager-id]{display:none!important}}',
        slot: '<aside class="ad-slot" data-ad-manager-id="mid-1">Advertisement</aside>',
      }),
    setup: async (p) => {
      await p.emulateMedia({ media: 'print' });
    },
    // Printing, the bait says nothing, and there is no ad script to look at.
    detectableUnderEasylist: false,
  },
  {
    id: 'dark-mode',
    klass: 'page-css',
    description: 'Dark mode: house banners without a dark version hidden (.banner-ad,[data-ad-manager-id])',
    html: (s) =>
      page(s, {
        css: '@media (prefers-color-scheme:dark){body{background:#111;color:#eee}.banner-ad,[data-ad-manager-id]{display:none}}',
        bodyStart: '<div class="banner-ad" data-ad-manager-id="house-1">Subscribe for 1 € a month</div>',
      }),
    setup: async (p) => {
      await p.emulateMedia({ colorScheme: 'dark' });
    },
    detectableUnderEasylist: true,
  },
  {
    id: 'rtl-arabic',
    klass: 'page-css',
    description: 'Right to left (Arabic): html[dir=rtl] [class^="div-gpt-ad"]{display:none}, GPT loads',
    html: (s) =>
      page(s, {
        ad: 'gpt',
        lang: 'ar',
        dir: 'rtl',
        css: 'html[dir=rtl] [class^="div-gpt-ad"]{display:none}html[dir=rtl] .slot-wrap{float:left;margin-right:16px}',
      }),
    detectableUnderEasylist: true,
  },
  {
    id: 'body-zoom',
    klass: 'page-css',
    description: 'body{zoom:.8} (a site-wide "smaller text" setting)',
    html: (s) => page(s, { css: 'body{zoom:.8}' }),
    detectableUnderEasylist: true,
  },
  {
    id: 'body-transform',
    klass: 'page-css',
    description: 'body{transform:translateZ(0)} (a GPU hack that changes what absolute positions are relative to)',
    html: (s) => page(s, { ad: 'gpt', css: 'body{transform:translateZ(0);will-change:transform}' }),
    detectableUnderEasylist: true,
  },
  {
    id: 'html-overflow-hidden',
    klass: 'page-css',
    description: 'An app shell: html,body{overflow:hidden;height:100%}, <main> scrolls; .banner-ad hidden',
    html: (s) =>
      page(s, {
        css: 'html,body{overflow:hidden;height:100%}main{height:calc(100% - 60px);overflow:auto;max-width:none}.banner-ad{display:none}',
        slot: adsense('slot-wrap banner-ad-wrapper'),
      }),
    detectableUnderEasylist: true,
  },
  {
    id: 'aria-hidden-hidden',
    klass: 'page-css',
    description: 'An accessibility "utility": [aria-hidden="true"]{display:none!important}',
    html: (s) => page(s, { css: '[aria-hidden="true"]{display:none!important}' }),
    detectableUnderEasylist: true,
  },
  {
    id: 'empty-elements-hidden',
    klass: 'page-css',
    description: 'A reset that hides empty boxes: div:empty,a:empty,span:empty{display:none}',
    html: (s) => page(s, { ad: { libraries: ['adsense', 'gpt'] }, css: 'div:empty,a:empty,span:empty{display:none}' }),
    detectableUnderEasylist: true,
  },
  {
    id: 'position-relative-important',
    klass: 'page-css',
    description: 'A heavy-handed reset: body *{position:relative!important;max-width:100%}',
    html: (s) => page(s, { css: 'body *{position:relative!important;max-width:100%}' }),
    detectableUnderEasylist: true,
  },
  {
    id: 'sidebar-slots-hidden',
    klass: 'page-css',
    description: 'A sidebar of ad slots hidden below 1300 px (the reader’s 1280 px window), six AdSense slots',
    html: (s) =>
      page(s, {
        css: 'aside.sidebar{position:absolute;right:0;top:80px;width:300px}@media (max-width:1300px){aside.sidebar{display:none}}',
        bodyStart: `<aside class="sidebar">${[1, 2, 3, 4].map((i) => adsenseSlot(`99900000${i}`, 'display:inline-block;width:300px;height:250px')).join('')}</aside>`,
        afterArticle: adsense('slot-wrap'),
      }),
    detectableUnderEasylist: true,
  },
);

// ---------------------------------------------------------------------------------------------
// 2. late-stack: ad stacks that start or run late.
// ---------------------------------------------------------------------------------------------
add(
  {
    id: 'cmp-returning-adsense',
    klass: 'late-stack',
    description: 'Consent manager, returning visitor: AdSense held as type="text/plain", switched on just after load',
    html: (s) =>
      page(s, {
        ad: 'none',
        head: script(ACTIVATE) + gated(adsenseScript(s)),
        slot: wrap('slot-wrap', gated(adsenseSlot())),
        bodyEnd: script("addEventListener('load',function(){setTimeout(activateAds,0)});"),
      }),
    detectableUnderEasylist: true,
    settleMs: 1000,
  },
  {
    id: 'cmp-returning-gpt',
    klass: 'late-stack',
    description: 'Consent manager, returning visitor: GPT held as type="text/plain", switched on just after load',
    html: (s) =>
      page(s, {
        ad: 'none',
        head: script(ACTIVATE) + gated(gptHead(s)),
        slot: wrap(
          'slot-wrap',
          `<div id="${GPT_DIV}" style="min-height:250px">${gated(script(`googletag.cmd.push(function(){googletag.display('${GPT_DIV}')});`))}</div>`,
        ),
        bodyEnd: script("addEventListener('load',function(){setTimeout(activateAds,0)});"),
      }),
    detectableUnderEasylist: true,
    settleMs: 1000,
  },
  {
    id: 'cmp-new-visitor-click',
    klass: 'late-stack',
    description: 'Consent manager, new visitor: AdSense + GPT switched on when the reader clicks "Accept all" 1.2 s after load',
    html: (s) =>
      page(s, {
        ad: 'none',
        head: script(ACTIVATE) + gated(adsenseScript(s) + gptHead(s)),
        slot: wrap(
          'slot-wrap',
          gated(adsenseSlot()) +
            `<div id="${GPT_DIV}">${gated(script(`googletag.cmd.push(function(){googletag.display('${GPT_DIV}')});`))}</div>`,
        ),
        bodyEnd: CMP_BANNER,
      }),
    setup: async (p) => {
      p.once('load', () => {
        setTimeout(() => p.click('#cmp-accept', { timeout: 5000 }).catch(() => {}), 1200);
      });
    },
    detectableUnderEasylist: true,
    settleMs: 2500,
  },
  {
    id: 'cmp-new-visitor-late-accept',
    klass: 'late-stack',
    description:
      'Consent manager, new visitor: GPT switched on by an "Accept" 2 s after load (the CMP’s own auto-accept for returning devices)',
    html: (s) =>
      page(s, {
        ad: 'none',
        head: script(ACTIVATE) + gated(gptHead(s)),
        slot: wrap(
          'slot-wrap',
          `<div id="${GPT_DIV}">${gated(script(`googletag.cmd.push(function(){googletag.display('${GPT_DIV}')});`))}</div>`,
        ),
        bodyEnd:
          CMP_BANNER +
          script("addEventListener('load',function(){setTimeout(function(){document.getElementById('cmp-accept').click()},2000)});"),
      }),
    detectableUnderEasylist: true,
    settleMs: 3000,
  },
  {
    id: 'tag-manager-gpt',
    klass: 'late-stack',
    description: 'A tag manager container injects GPT on the load event',
    html: (s) =>
      page(s, {
        ad: 'none',
        head:
          script('window.googletag=window.googletag||{cmd:[]};') +
          `<script async src="${js(s, '/fp/tag-manager-gpt/gtm.js', `(function(){function go(){${injectJs(gptUrl(s))}googletag.cmd.push(function(){googletag.defineSlot('/1234/gazette/article',[300,250],'${GPT_DIV}').addService(googletag.pubads());googletag.enableServices();googletag.display('${GPT_DIV}')})}if(document.readyState==='complete')go();else addEventListener('load',go)})();`)}"></script>`,
        slot: wrap('slot-wrap', `<div id="${GPT_DIV}" style="min-height:250px"></div>`),
      }),
    detectableUnderEasylist: true,
    settleMs: 1000,
  },
  {
    id: 'tag-manager-adsense',
    klass: 'late-stack',
    description: 'A tag manager container injects AdSense on the load event (the slot’s push is queued before)',
    html: (s) =>
      page(s, {
        ad: 'none',
        head: `<script async src="${js(s, '/fp/tag-manager-adsense/gtm.js', `(function(){function go(){${injectJs(adsenseUrl(s))}}if(document.readyState==='complete')go();else addEventListener('load',go)})();`)}"></script>`,
        slot: adsense(),
      }),
    detectableUnderEasylist: true,
    settleMs: 1000,
  },
  {
    id: 'tag-manager-injects-politely',
    klass: 'late-stack',
    description: 'The tag manager injects Politely itself (its one-line tag, as an element) and AdSense on load',
    html: (s) =>
      page(s, {
        ad: 'none',
        politely: 'none',
        head: `<script async src="${js(
          s,
          '/fp/tag-manager-injects-politely/gtm.js',
          `(function(){function go(){${injectJs(adsenseUrl(s))}var p=document.createElement('script');p.src=${JSON.stringify(LOADER_SRC)};p.setAttribute('data-politely','');p.setAttribute('data-support-url','/support');document.body.appendChild(p)}` +
            "if(document.readyState==='complete')go();else addEventListener('load',go)})();",
        )}"></script>`,
        slot: adsense(),
      }),
    detectableUnderEasylist: true,
  },
  ...[1000, 3000].map((ms): FpPage => ({
    id: `gpt-slow-second-file-${ms}`,
    klass: 'late-stack',
    description: `GPT whose second file (pubads_impl.js) takes ${ms} ms`,
    html: (s) => page(s, { ad: { libraries: 'gpt', params: { pubadsDelay: ms } } }),
    detectableUnderEasylist: true,
    settleMs: ms,
  })),
  {
    id: 'long-task-100-inline',
    klass: 'late-stack',
    description: 'Three 100 ms blocking inline scripts after the async ad scripts (downloaded, not yet run)',
    html: (s) =>
      page(s, {
        ad: { libraries: ['adsense', 'gpt'] },
        bodyStart: script(`${BUSY}busy(100);`),
        afterArticle: script(`${BUSY}busy(100);`),
        bodyEnd: script(`${BUSY}busy(100);`),
      }),
    detectableUnderEasylist: true,
  },
  {
    id: 'long-task-200-on-load',
    klass: 'late-stack',
    description: 'Three 200 ms tasks on the load event (analytics and widgets starting up)',
    html: (s) =>
      page(s, {
        ad: 'gpt',
        bodyEnd: script(
          `${BUSY}addEventListener('load',function(){busy(200);setTimeout(function(){busy(200);setTimeout(function(){busy(200)},0)},0)});`,
        ),
      }),
    detectableUnderEasylist: true,
    settleMs: 1000,
  },
  {
    id: 'long-task-500-inline',
    klass: 'late-stack',
    description: 'A 500 ms blocking inline script at the end of <body>, after the async AdSense script downloaded',
    html: (s) => page(s, { bodyEnd: script(`${BUSY}busy(500);`) }),
    detectableUnderEasylist: true,
  },
  {
    id: 'long-tasks-hydration',
    klass: 'late-stack',
    description: 'Repeated 100 ms tasks for 2 s from DOMContentLoaded (a framework hydrating), AdSense + GPT',
    html: (s) =>
      page(s, {
        ad: { libraries: ['adsense', 'gpt'] },
        bodyEnd: script(
          `${BUSY}document.addEventListener('DOMContentLoaded',function(){var n=0;(function tick(){busy(100);if(++n<20)setTimeout(tick,0)})()});`,
        ),
      }),
    detectableUnderEasylist: true,
    settleMs: 2000,
  },
  {
    id: 'slow-network-3s',
    klass: 'late-stack',
    description: 'A slow ad network: adsbygoogle.js takes 3 s',
    html: (s) => page(s, { ad: { delayMs: 3000 } }),
    detectableUnderEasylist: true,
    settleMs: 3000,
  },
  {
    id: 'slow-network-10s',
    klass: 'late-stack',
    description: 'A very slow ad network: gpt.js takes 10 s',
    html: (s) => page(s, { ad: { libraries: 'gpt', delayMs: 10_000 } }),
    detectableUnderEasylist: true,
  },
  {
    id: 'slow-network-3s-all',
    klass: 'late-stack',
    description: 'A slow connection: AdSense, GPT and Amazon all take 3 s',
    html: (s) => page(s, { ad: { libraries: ['adsense', 'gpt', 'apstag'], delayMs: 3000 } }),
    detectableUnderEasylist: true,
    settleMs: 3000,
  },
  {
    id: 'lazy-on-scroll-never',
    klass: 'late-stack',
    description: 'Ad scripts loaded on the first scroll, which never comes; the slots wait with their pushes queued',
    html: (s) =>
      page(s, {
        ad: 'none',
        slot: adsense(),
        afterArticle: adsense(),
        bodyEnd: script(
          `addEventListener('scroll',function once(){removeEventListener('scroll',once);${injectJs(adsenseUrl(s))}},{passive:true});`,
        ),
      }),
    detectableUnderEasylist: true,
  },
  {
    id: 'wp-rocket-delayed-js',
    klass: 'late-stack',
    description: 'WP Rocket’s "delay JavaScript": ad scripts as type="rocketlazyloadscript" until the first interaction',
    html: (s) =>
      page(s, {
        ad: 'none',
        head: `<script type="rocketlazyloadscript" data-rocket-src="${adsenseUrl(s)}" async crossorigin="anonymous"></script>`,
        slot: wrap('slot-wrap', adsenseSlot().replace('<script>', '<script type="rocketlazyloadscript">')),
        bodyEnd: script(
          "(function(){var ev=['keydown','mousedown','mousemove','touchmove','touchstart','wheel'];function go(){ev.forEach(function(e){removeEventListener(e,go)});" +
            "document.querySelectorAll('script[type=rocketlazyloadscript]').forEach(function(o){var s=document.createElement('script');if(o.dataset.rocketSrc){s.src=o.dataset.rocketSrc;s.async=true}else s.text=o.text;o.replaceWith(s)})}" +
            'ev.forEach(function(e){addEventListener(e,go,{passive:true})})})();',
        ),
      }),
    detectableUnderEasylist: true,
  },
  {
    id: 'defer-adsense',
    klass: 'late-stack',
    description: 'adsbygoogle.js with defer instead of async',
    html: (s) => page(s, { ad: { loading: 'defer' } }),
    detectableUnderEasylist: true,
  },
  {
    id: 'defer-gpt',
    klass: 'late-stack',
    description: 'gpt.js with defer instead of async',
    html: (s) => page(s, { ad: { libraries: 'gpt', loading: 'defer' } }),
    detectableUnderEasylist: true,
  },
  {
    id: 'gpt-lazy-below-fold',
    klass: 'late-stack',
    description: 'GPT with enableLazyLoad and three slots far below the fold: no ad iframe in the window',
    html: (s) =>
      page(s, {
        ad: 'none',
        headEnd:
          gptScript(s) +
          gptCommands({
            slots: [1, 2, 3].map((i) => ({ div: `div-gpt-ad-1234-${i}` })),
            lazy: '{ fetchMarginPercent: 200, renderMarginPercent: 100, mobileScaling: 2.0 }',
          }),
        slot: '',
        afterArticle: COMMENTS(15_000) + [1, 2, 3].map((i) => gptBody().replace(new RegExp(GPT_DIV, 'g'), `div-gpt-ad-1234-${i}`)).join(''),
      }),
    detectableUnderEasylist: true,
  },
  {
    id: 'adsense-auto-ads',
    klass: 'late-stack',
    description:
      'AdSense auto ads: the script and a page-level push only, no <ins> in the page (AdSense places its own, and a hidden vignette slot)',
    html: (s) =>
      page(s, {
        ad: 'none',
        head:
          adsenseScript(s) +
          script(`(adsbygoogle = window.adsbygoogle || []).push({ google_ad_client: "${ADSENSE_CLIENT}", enable_page_level_ads: true });`),
      }),
    detectableUnderEasylist: true,
  },
  {
    id: 'gpt-waits-for-header-bidding',
    klass: 'late-stack',
    description: 'GPT with disableInitialLoad(): ads are requested by refresh() when header bidding times out (1.5 s)',
    html: (s) =>
      page(s, {
        ad: 'none',
        headEnd:
          gptScript(s) +
          gptCommands({ disableInitialLoad: true }) +
          script('setTimeout(function(){googletag.cmd.push(function(){googletag.pubads().refresh()})},1500);'),
        slot: gptBody(),
      }),
    detectableUnderEasylist: true,
    settleMs: 1500,
  },
  {
    id: 'ads-on-idle',
    klass: 'late-stack',
    description: 'AdSense injected from requestIdleCallback after load (timeout 4 s)',
    html: (s) =>
      page(s, {
        ad: 'none',
        slot: adsense(),
        bodyEnd: script(
          `addEventListener('load',function(){(window.requestIdleCallback||function(f){setTimeout(f,1)})(function(){${injectJs(adsenseUrl(s))}},{timeout:4000})});`,
        ),
      }),
    detectableUnderEasylist: true,
    settleMs: 1000,
  },
  {
    id: 'ads-after-3s',
    klass: 'late-stack',
    description: 'Ads delayed for Core Web Vitals: AdSense injected 3 s after load',
    html: (s) =>
      page(s, {
        ad: 'none',
        slot: adsense(),
        bodyEnd: script(`addEventListener('load',function(){setTimeout(function(){${injectJs(adsenseUrl(s))}},3000)});`),
      }),
    detectableUnderEasylist: true,
    settleMs: 3500,
  },
);

// ---------------------------------------------------------------------------------------------
// 3. failing-stack: ad scripts that fail for reasons other than a blocker.
// ---------------------------------------------------------------------------------------------
/** Goes offline from the page (exposed by `setup`), then injects an ad script. */
const offlineSetup = async (p: Page) => {
  await p.exposeFunction('__fpGoOffline', () => p.context().setOffline(true));
};
/** Drops the first request whose URL contains `part` with a network error; later ones go through. */
const dropOnce = (part: string, error: 'internetdisconnected' | 'timedout' | 'connectionreset') => async (p: Page) => {
  let dropped = false;
  await p.route(
    (url) => url.href.includes(part),
    (route) => {
      if (dropped) return route.fallback();
      dropped = true;
      return route.abort(error);
    },
  );
};
/**
 * A consent tool's auto-blocking: until the reader consents, `fetch()` to ad vendors' hosts is
 * refused, as several CMPs do with the page's own requests.
 */
const AUTO_BLOCKING =
  '(function(){var real=window.fetch,vendors=/googlesyndication|doubleclick|amazon-adsystem/;' +
  'window.fetch=function(input,init){var url=String(input&&input.url||input);' +
  'if(vendors.test(url)&&!window.__consented)return Promise.reject(new TypeError("blocked by the consent manager until consent"));' +
  'return real.apply(this,arguments)}})();';
/** A monitoring wrapper around `fetch()` that times every request and passes it on. */
const FETCH_WRAPPER =
  '(function(){var real=window.fetch;window.__timings=[];window.fetch=function(){var t=performance.now();' +
  'return real.apply(this,arguments).finally(function(){window.__timings.push(performance.now()-t)})}})();';
/** A page whose Content-Security-Policy forgot the ad hosts. */
const CSP_SCRIPT = "script-src 'self' 'unsafe-inline'";
const CSP_DEFAULT = "default-src 'self' 'unsafe-inline'; img-src 'self' data:";

add(
  ...(
    [
      ['adsense', 404],
      ['adsense', 500],
      ['gpt', 404],
      ['gpt', 500],
    ] as const
  ).map(([library, status]): FpPage => ({
    id: `${library}-${status}`,
    klass: 'failing-stack',
    description: `The ad server answers ${library === 'gpt' ? 'gpt.js' : 'adsbygoogle.js'} with HTTP ${status}`,
    html: (s) => page(s, { ad: { libraries: library, params: { status } } }),
    detectableUnderEasylist: true,
  })),
  {
    id: 'gpt-second-file-404',
    klass: 'failing-stack',
    description: 'gpt.js loads, its second file (pubads_impl.js) answers HTTP 404: googletag never becomes ready',
    html: (s) => page(s, { ad: { libraries: 'gpt', params: { pubadsStatus: 404 } } }),
    detectableUnderEasylist: true,
  },
  {
    id: 'gpt-second-file-reset',
    klass: 'failing-stack',
    description: 'gpt.js loads, the server resets the connection for its second file',
    html: (s) => page(s, { ad: { libraries: 'gpt', params: { pubadsReset: 1 } } }),
    detectableUnderEasylist: true,
  },
  {
    id: 'adsense-reset',
    klass: 'failing-stack',
    description: 'The ad server resets the connection for adsbygoogle.js (the other ad hosts answer normally)',
    html: (s) => page(s, { ad: { params: { reset: 1 } } }),
    detectableUnderEasylist: true,
  },
  {
    id: 'gpt-reset',
    klass: 'failing-stack',
    description: 'The ad server resets the connection for gpt.js (the other ad hosts answer normally)',
    html: (s) => page(s, { ad: { libraries: 'gpt', params: { reset: 1 } } }),
    detectableUnderEasylist: true,
  },
  {
    id: 'apstag-reset-others-fine',
    klass: 'failing-stack',
    description: 'AdSense and GPT load; Amazon’s apstag.js connection is reset',
    html: (s) => page(s, { ad: { libraries: ['adsense', 'gpt'] }, headEnd: apstagSnippet(s, { reset: 1 }) }),
    detectableUnderEasylist: true,
  },
  {
    id: 'adsense-fine-gpt-500',
    klass: 'failing-stack',
    description: 'AdSense loads; gpt.js answers HTTP 500',
    html: (s) => page(s, { ad: 'adsense', headEnd: gptScript(s, { status: 500 }) + gptCommands(), afterArticle: gptBody() }),
    detectableUnderEasylist: true,
  },
  {
    id: 'csp-header-script-src',
    klass: 'failing-stack',
    description: `The site’s CSP header forgot the ad hosts: ${CSP_SCRIPT} (AdSense + GPT refused)`,
    html: (s) => page(s, { ad: { libraries: ['adsense', 'gpt'] } }),
    headers: { 'content-security-policy': CSP_SCRIPT },
    detectableUnderEasylist: true,
  },
  {
    id: 'csp-header-default-src',
    klass: 'failing-stack',
    description: `The site’s CSP header: ${CSP_DEFAULT} (ad scripts, frames and requests to ad hosts refused)`,
    html: (s) => page(s, { ad: { libraries: ['adsense', 'gpt'] } }),
    headers: { 'content-security-policy': CSP_DEFAULT },
    detectableUnderEasylist: true,
  },
  {
    id: 'csp-meta-script-src',
    klass: 'failing-stack',
    description: `A CSP <meta> that forgot the ad hosts: ${CSP_SCRIPT}`,
    html: (s) => page(s, { head: `<meta http-equiv="Content-Security-Policy" content="${CSP_SCRIPT}">` }),
    detectableUnderEasylist: true,
  },
  {
    id: 'csp-meta-default-src',
    klass: 'failing-stack',
    description: `A CSP <meta>: ${CSP_DEFAULT}`,
    html: (s) => page(s, { ad: 'gpt', head: `<meta http-equiv="Content-Security-Policy" content="${CSP_DEFAULT}">` }),
    detectableUnderEasylist: true,
  },
  {
    id: 'consent-tool-refuses-ad-fetch',
    klass: 'failing-stack',
    description:
      'A new visitor, the consent banner unanswered: the CMP holds the AdSense tag back (text/plain) and its auto-blocking refuses fetch() to ad vendors’ hosts until consent; Politely has a probeUrl on an ad host, as the README suggests',
    html: (s) =>
      page(s, {
        ad: 'none',
        head: script(AUTO_BLOCKING) + script(ACTIVATE) + gated(adsenseScript(s)),
        slot: adsense(),
        politely: 'none',
        bodyEnd:
          CMP_BANNER +
          `<script src="${LOADER_SRC}" data-politely data-support-url="/support" data-probe-url="${s.origin(AD_HOST)}/pagead/show_ads.js"></script>`,
      }),
    detectableUnderEasylist: true,
  },
  {
    id: 'fetch-wrapper-adsense-404',
    klass: 'failing-stack',
    description:
      'A monitoring script wraps fetch() (as APM and error trackers do), and the ad server answers adsbygoogle.js with HTTP 404 once the page runs: the confirmation would go through page code',
    html: (s) => page(s, { head: script(FETCH_WRAPPER), ad: { params: { delay: 300, status: 404 } } }),
    detectableUnderEasylist: true,
  },
  {
    id: 'offline-before-adsense',
    klass: 'failing-stack',
    description: 'The reader goes offline after the page loaded, before the page injects AdSense',
    html: (s) =>
      page(s, {
        ad: 'none',
        slot: adsense(),
        bodyEnd: script(`addEventListener('load',function(){window.__fpGoOffline().then(function(){${injectJs(adsenseUrl(s))}})});`),
      }),
    setup: offlineSetup,
    detectableUnderEasylist: true,
    settleMs: 1000,
  },
  {
    id: 'offline-before-gpt',
    klass: 'failing-stack',
    description: 'The reader goes offline after the page loaded, before the page injects GPT',
    html: (s) =>
      page(s, {
        ad: 'none',
        head: gptCommands(),
        slot: gptBody(),
        bodyEnd: script(`addEventListener('load',function(){window.__fpGoOffline().then(function(){${injectJs(gptUrl(s))}})});`),
      }),
    setup: offlineSetup,
    detectableUnderEasylist: true,
    settleMs: 1000,
  },
  {
    id: 'network-drop-adsense',
    klass: 'failing-stack',
    description: 'The reader’s network drops for one request: adsbygoogle.js fails with ERR_INTERNET_DISCONNECTED',
    html: (s) => page(s),
    setup: dropOnce('/pagead/js/adsbygoogle.js', 'internetdisconnected'),
    detectableUnderEasylist: true,
  },
  {
    id: 'network-drop-gpt',
    klass: 'failing-stack',
    description: 'The reader’s network drops for one request: gpt.js times out (ERR_TIMED_OUT)',
    html: (s) => page(s, { ad: 'gpt' }),
    setup: dropOnce('/tag/js/gpt.js', 'timedout'),
    detectableUnderEasylist: true,
  },
);

// ---------------------------------------------------------------------------------------------
// 4. url-match: scripts whose URL merely looks like an ad library's.
// ---------------------------------------------------------------------------------------------
/** A Prebid.js build with a custom global (Prebid's build option `--globalVarName myPbjs`). */
const PREBID_CUSTOM =
  '/* prebid.js v9.31.0 - custom build, globalVarName: myPbjs */\n' +
  '(function(){var g=window.myPbjs=window.myPbjs||{};var q=g.que||[];g.version="v9.31.0";g.libLoaded=true;g.adUnits=[];' +
  'g.addAdUnits=function(u){g.adUnits=g.adUnits.concat(u)};g.setConfig=function(){};g.setTargetingForGPTAsync=function(){};' +
  'g.requestBids=function(o){setTimeout(function(){if(o&&o.bidsBackHandler)o.bidsBackHandler({})},30)};' +
  'g.que={push:function(f){f()}};for(var i=0;i<q.length;i++)q[i]()})();';

add(
  {
    id: 'prebid-custom-global',
    klass: 'url-match',
    description: 'Prebid self-hosted as /assets/js/prebid9.31.0.js with a custom global (window.myPbjs, no window.pbjs), then GPT',
    html: (s) =>
      page(s, {
        ad: 'gpt',
        head:
          script('window.myPbjs=window.myPbjs||{que:[]};') +
          `<script async src="${js(s, '/assets/js/prebid9.31.0.js', PREBID_CUSTOM)}"></script>` +
          script(
            `myPbjs.que.push(function(){myPbjs.addAdUnits([{code:'${GPT_DIV}',mediaTypes:{banner:{sizes:[[300,250]]}},bids:[]}]);` +
              'myPbjs.requestBids({timeout:1000,bidsBackHandler:function(){(window.googletag=window.googletag||{cmd:[]}).cmd.push(function(){myPbjs.setTargetingForGPTAsync()})}})});',
          ),
      }),
    detectableUnderEasylist: true,
  },
  {
    id: 'prebid-config-file',
    klass: 'url-match',
    description: 'A Prebid configuration file, /js/prebid-config.js (queues into pbjs.que); Prebid itself loads only on scroll',
    html: (s) =>
      page(s, {
        head: `<script src="${js(
          s,
          '/js/prebid-config.js',
          'var pbjs=window.pbjs=window.pbjs||{};pbjs.que=pbjs.que||[];' +
            "pbjs.que.push(function(){pbjs.setConfig({priceGranularity:'medium',consentManagement:{gdpr:{cmpApi:'iab',timeout:8000}}})});",
        )}"></script>`,
        bodyEnd: script(
          `addEventListener('scroll',function once(){removeEventListener('scroll',once);${injectJs('/assets/js/prebid.js', false)}},{passive:true});`,
        ),
      }),
    detectableUnderEasylist: true,
  },
  {
    id: 'chat-widget-gpt-js',
    klass: 'url-match',
    description: 'An AI chat widget served as /widgets/gpt.js (no googletag anywhere)',
    html: (s) =>
      page(s, {
        bodyEnd: `<script async src="${js(
          s,
          '/widgets/gpt.js',
          "(function(){var b=document.createElement('button');b.type='button';b.className='chat-launcher';b.textContent='Ask our archive';" +
            "b.style.cssText='position:fixed;right:16px;bottom:16px;padding:12px 16px;border-radius:24px;border:0;background:#0b57d0;color:#fff';document.body.appendChild(b);window.GazetteChat={open:function(){}}})();",
        )}"></script>`,
      }),
    detectableUnderEasylist: true,
  },
  {
    id: 'first-party-ads-js',
    klass: 'url-match',
    description: 'A first-party /js/ads.js (the site’s own ad helper) that loads fine',
    html: (s) =>
      page(s, {
        ad: 'gpt',
        head: `<script src="${js(s, '/js/ads.js', "window.canRunAds=true;document.documentElement.classList.add('ads-ok');")}"></script>`,
      }),
    detectableUnderEasylist: true,
  },
  {
    id: 'self-hosted-adsbygoogle',
    klass: 'url-match',
    description: 'AdSense’s library self-hosted as /assets/adsbygoogle.js (as some German publishers do), loading fine',
    html: (s) =>
      page(s, {
        ad: 'none',
        head: `<script async src="${js(s, '/assets/adsbygoogle.js', readFileSync(resolve(ROOT, 'tests/browser/fixtures/adsbygoogle.js'), 'utf8'))}"></script>`,
        slot: adsense(),
      }),
    detectableUnderEasylist: true,
  },
  {
    id: 'self-hosted-adsbygoogle-404',
    klass: 'url-match',
    description: 'A self-hosted /de/assets/adsbygoogle.js that answers 404 (left behind by a redesign)',
    html: (s) => page(s, { ad: 'none', head: '<script async src="/de/assets/adsbygoogle.js"></script>', slot: adsense() }),
    detectableUnderEasylist: true,
  },
  {
    id: 'self-hosted-adsbygoogle-proxy',
    klass: 'url-match',
    description: 'A first-party /assets/v2/adsbygoogle.js consent proxy that defines nothing until the reader consents (never, here)',
    html: (s) =>
      page(s, {
        ad: 'none',
        head: `<script async src="${js(s, '/assets/v2/adsbygoogle.js', 'window.__adsProxy={pending:true};')}"></script>`,
        slot: adsense(),
      }),
    detectableUnderEasylist: true,
  },
  {
    id: 'apstag-config-file',
    klass: 'url-match',
    description: 'A first-party /js/apstag-config.js (slot list for Amazon, which loads later on scroll)',
    html: (s) =>
      page(s, {
        ad: 'gpt',
        head: `<script src="${js(s, '/js/apstag-config.js', "window.gazetteApsSlots=[{slotID:'div-gpt-ad-1234-0',sizes:[[300,250]]}];")}"></script>`,
      }),
    detectableUnderEasylist: true,
  },
  {
    id: 'gallery-gpt-js',
    klass: 'url-match',
    description: 'A photo gallery plugin ("Gallery Photo Tool") at /static/vendor/gpt.js',
    html: (s) =>
      page(s, {
        bodyEnd: `<script defer src="${js(s, '/static/vendor/gpt.js', 'window.GPT={version:"2.4.1",init:function(){}};GPT.init();')}"></script>`,
      }),
    detectableUnderEasylist: true,
  },
  {
    id: 'prebid-analytics-404',
    klass: 'url-match',
    description: 'A first-party /js/prebid-analytics.js that answers 404',
    html: (s) => page(s, { ad: 'gpt', bodyEnd: '<script async src="/js/prebid-analytics.js"></script>' }),
    detectableUnderEasylist: true,
  },
  {
    id: 'ads-loader-first-party',
    klass: 'url-match',
    description: 'A first-party /ads/loader.js that injects AdSense itself',
    html: (s) =>
      page(s, {
        ad: 'none',
        head: `<script async src="${js(s, '/ads/loader.js', injectJs(adsenseUrl(s)))}"></script>`,
        slot: adsense(),
      }),
    detectableUnderEasylist: true,
  },
);

// ---------------------------------------------------------------------------------------------
// 5. other: pages that break assumptions.
// ---------------------------------------------------------------------------------------------
/** MooTools 1.2's Array.from: ignores a map function. */
const MOOTOOLS_ARRAY_FROM =
  'Array.from=function(item){if(item==null)return[];return Array.isArray(item)?item:(typeof item.length=="number"&&typeof item!="string"&&typeof item!="function")?Array.prototype.slice.call(item):[item]};';
/** Prototype-style array methods: enumerable, no third argument, no holes handling. */
const PROTOTYPE_ARRAYS =
  'Array.prototype.map=function(it,ctx){var r=[];for(var i=0,n=this.length;i<n;i++)r.push(it.call(ctx,this[i],i));return r};' +
  'Array.prototype.filter=function(it,ctx){var r=[];for(var i=0,n=this.length;i<n;i++)if(it.call(ctx,this[i],i))r.push(this[i]);return r};' +
  'Array.prototype.forEach=function(it,ctx){for(var i=0,n=this.length;i<n;i++)it.call(ctx,this[i],i)};';
/** MDN's Function.prototype.bind polyfill (its last version, as es5-era bundles carry it). */
const BIND_POLYFILL =
  'Function.prototype.bind=function(oThis){if(typeof this!=="function")throw new TypeError("bind: not callable");' +
  'var aArgs=Array.prototype.slice.call(arguments,1),fToBind=this,fNOP=function(){},fBound=function(){' +
  'return fToBind.apply(this instanceof fNOP&&oThis?this:oThis,aArgs.concat(Array.prototype.slice.call(arguments)))};' +
  'if(this.prototype)fNOP.prototype=this.prototype;fBound.prototype=new fNOP();return fBound};';
/** A jQuery-era plugin that extends Object.prototype and Array.prototype with enumerable methods. */
const PROTOTYPE_EXTENDED =
  'Object.prototype.extend=function(src){for(var k in src)if(src.hasOwnProperty(k))this[k]=src[k];return this};' +
  'Array.prototype.contains=function(x){return this.indexOf(x)>=0};Array.prototype.toJSON=function(){return this.slice()};';
/** A background tab, emulated: hidden, no animation frames, timers throttled to once a second. */
const BACKGROUND_TAB = script(
  "Object.defineProperty(document,'visibilityState',{get:function(){return 'hidden'}});Object.defineProperty(document,'hidden',{get:function(){return true}});" +
    'window.requestAnimationFrame=function(){return 0};' +
    '(function(){var st=window.setTimeout,si=window.setInterval;window.setTimeout=function(f,ms){var a=[].slice.call(arguments,2);return st.apply(window,[f,Math.max(ms||0,1000)].concat(a))};' +
    'window.setInterval=function(f,ms){var a=[].slice.call(arguments,2);return si.apply(window,[f,Math.max(ms||0,1000)].concat(a))}})();',
);
const STRICT_CSP = [
  "default-src 'self'",
  `script-src 'self' 'nonce-fp1' http://${AD_HOST} http://${GPT_HOST}`,
  `connect-src 'self' http://${AD_HOST} http://${GPT_HOST} http://googleads.g.doubleclick.net`,
  'frame-src http://googleads.g.doubleclick.net http://tpc.googlesyndication.com',
  "img-src 'self' data: http:",
  "style-src 'self' 'unsafe-inline'",
].join('; ');

add(
  {
    id: 'baseline-adsense',
    klass: 'other',
    description: 'The plain article with AdSense, Politely at the end of <body>',
    html: (s) => page(s),
    detectableUnderEasylist: true,
  },
  {
    id: 'baseline-gpt',
    klass: 'other',
    description: 'The plain article with GPT',
    html: (s) => page(s, { ad: 'gpt' }),
    detectableUnderEasylist: true,
  },
  {
    id: 'baseline-no-ads',
    klass: 'other',
    description: 'The plain article with no ad script',
    html: (s) => page(s, { ad: 'none' }),
    detectableUnderEasylist: true,
  },
  {
    id: 'politely-in-head',
    klass: 'other',
    description: 'Politely’s line in <head>, before the ad scripts and before <body> exists',
    html: (s) => page(s, { ad: { libraries: ['adsense', 'gpt'] }, politely: 'head' }),
    detectableUnderEasylist: true,
  },
  {
    id: 'several-ad-libraries',
    klass: 'other',
    description: 'AdSense, GPT and Amazon’s apstag.js on one page',
    html: (s) => page(s, { ad: { libraries: ['adsense', 'gpt', 'apstag'] } }),
    detectableUnderEasylist: true,
  },
  {
    id: 'hydration-replaces-body',
    klass: 'other',
    description: 'React-style hydration: a new <body> replaces the server-rendered one just after load',
    html: (s) =>
      page(s, {
        ad: { libraries: ['adsense', 'gpt'] },
        bodyEnd: script(
          "addEventListener('load',function(){setTimeout(function(){var b=document.createElement('body');b.innerHTML=document.body.innerHTML;b.setAttribute('data-hydrated','');document.documentElement.replaceChild(b,document.body)},0)});",
        ),
      }),
    detectableUnderEasylist: true,
    settleMs: 1000,
  },
  {
    id: 'rerender-body-early',
    klass: 'other',
    description: 'A client-side framework re-renders <body> (innerHTML) three times in the first second',
    html: (s) =>
      page(s, {
        bodyEnd: script(
          "document.addEventListener('DOMContentLoaded',function(){var n=0;(function again(){document.body.innerHTML=document.body.innerHTML;if(++n<3)setTimeout(again,300)})()});",
        ),
      }),
    detectableUnderEasylist: true,
    settleMs: 1000,
  },
  {
    id: 'pushstate-navigation',
    klass: 'other',
    description: 'A single-page app: history.pushState to the next story 300 ms after load, GPT slots refreshed',
    html: (s) =>
      page(s, {
        ad: 'gpt',
        bodyEnd: script(
          "addEventListener('load',function(){setTimeout(function(){history.pushState({story:2},'','/fp/pushstate-navigation/next-story');" +
            "document.querySelector('h1').textContent='Tram line extension opens a year early';document.title='Tram line extension — The Politely Gazette';" +
            'googletag.cmd.push(function(){googletag.pubads().refresh()})},300)});',
        ),
      }),
    detectableUnderEasylist: true,
    settleMs: 1000,
  },
  {
    id: 'legacy-array-from',
    klass: 'other',
    description: 'MooTools 1.2: Array.from replaced by one that ignores its map function',
    html: (s) => page(s, { ad: { libraries: ['adsense', 'gpt'] }, head: script(MOOTOOLS_ARRAY_FROM) }),
    detectableUnderEasylist: true,
  },
  {
    id: 'legacy-array-methods',
    klass: 'other',
    description: 'Prototype-style Array.prototype.map/filter/forEach (enumerable, two-argument callbacks)',
    html: (s) => page(s, { ad: { libraries: ['adsense', 'gpt'] }, head: script(PROTOTYPE_ARRAYS) }),
    detectableUnderEasylist: true,
  },
  {
    id: 'legacy-bind-polyfill',
    klass: 'other',
    description: 'MDN’s Function.prototype.bind polyfill replacing the native bind',
    html: (s) => page(s, { ad: 'gpt', head: script(BIND_POLYFILL) }),
    detectableUnderEasylist: true,
  },
  {
    id: 'legacy-all-polyfills',
    klass: 'other',
    description: 'MooTools Array.from, Prototype array methods and the bind polyfill together',
    html: (s) => page(s, { head: script(MOOTOOLS_ARRAY_FROM + PROTOTYPE_ARRAYS + BIND_POLYFILL) }),
    detectableUnderEasylist: true,
  },
  {
    id: 'object-prototype-extended',
    klass: 'other',
    description: 'A jQuery-era plugin: enumerable Object.prototype.extend, Array.prototype.contains and toJSON',
    html: (s) => page(s, { ad: { libraries: ['adsense', 'gpt'] }, head: script(PROTOTYPE_EXTENDED) }),
    detectableUnderEasylist: true,
  },
  {
    id: 'strict-csp-allowing-ads',
    klass: 'other',
    description: 'A strict CSP with nonces that allows the ad hosts (scripts, frames, connections)',
    html: (s) => page(s, { ad: { libraries: ['adsense', 'gpt'] } }).replace(/<script(?=[\s>])/g, '<script nonce="fp1"'),
    headers: { 'content-security-policy': STRICT_CSP },
    detectableUnderEasylist: true,
  },
  {
    id: 'trusted-types',
    klass: 'other',
    description: "Trusted Types enforced (require-trusted-types-for 'script'), AdSense + GPT",
    html: (s) => page(s, { ad: { libraries: ['adsense', 'gpt'] } }),
    headers: { 'content-security-policy': "require-trusted-types-for 'script'" },
    detectableUnderEasylist: true,
  },
  {
    id: 'hidden-iframe',
    klass: 'other',
    description: 'A hidden iframe (display:none) prefetching the next story, which has AdSense and Politely too',
    html: (s) => {
      s.page('/fp/hidden-iframe/next-story.html', page(s, { ad: { libraries: ['adsense', 'gpt'] } }));
      return page(s, {
        ad: 'none',
        bodyEnd: '<iframe src="/fp/hidden-iframe/next-story.html" style="display:none" title="Next story"></iframe>',
      });
    },
    detectableUnderEasylist: true,
    settleMs: 1000,
  },
  {
    id: 'background-tab',
    klass: 'other',
    description: 'Opened in a background tab (emulated: hidden, no animation frames, timers throttled to 1 s)',
    html: (s) => page(s, { ad: { libraries: ['adsense', 'gpt'] }, head: BACKGROUND_TAB }),
    detectableUnderEasylist: true,
    settleMs: 1000,
  },
  {
    id: 'document-write-gpt',
    klass: 'other',
    description: 'Legacy synchronous GPT written with document.write in <head>',
    html: (s) =>
      page(s, {
        ad: 'none',
        head: script(`document.write('<script src="${gptUrl(s)}"><\\/script>');`) + gptCommands(),
        slot: gptBody(),
      }),
    detectableUnderEasylist: true,
  },
  {
    id: 'sync-gpt-in-head',
    klass: 'other',
    description: 'gpt.js without async (parser-blocking) in <head>',
    html: (s) => page(s, { ad: { libraries: 'gpt', loading: 'sync' } }),
    detectableUnderEasylist: true,
  },
  {
    id: 'googletagservices-gpt',
    klass: 'other',
    description: 'GPT from its older host, www.googletagservices.com',
    html: (s) => page(s, { ad: { libraries: 'gpt', gptHost: 'www.googletagservices.com' } }),
    detectableUnderEasylist: true,
  },
  {
    id: 'phone-several-libraries',
    klass: 'other',
    description: 'A phone (375 px) with AdSense, GPT and Amazon',
    html: (s) => page(s, { ad: { libraries: ['adsense', 'gpt', 'apstag'] } }),
    setup: viewport(375, 740),
    detectableUnderEasylist: true,
  },
);
