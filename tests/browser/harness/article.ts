// The realistic news article every browser test loads: a header, a story, an ad slot and the ad
// library, as publishers install them — AdSense (adsbygoogle.js from pagead2.googlesyndication.com)
// by default, or Google Publisher Tag (gpt.js from securepubads.g.doubleclick.net), or both, plus
// Amazon's apstag.js when asked. Ad URLs are written as real ones are: port 80, no port in the URL.
import { AD_HOST, GPT_HOST, type TestServer } from './server';

/** The ad libraries a page can load. */
export type AdLibrary = 'adsense' | 'gpt' | 'apstag';

/** Query parameters on an ad script's URL: the server's failure modes and the fixtures' switches. */
export type AdParams = Record<string, string | number>;

/** How the article loads its ads. */
export interface AdSetup {
  /** The libraries, each with its standard markup. Default: AdSense. */
  libraries?: AdLibrary | AdLibrary[];
  /** Query parameters on every ad script's URL: `delay`, `status`, `reset`, `pubadsDelay`… */
  params?: AdParams;
  /** Shorthand for `params: { delay }`: a slow ad network. */
  delayMs?: number;
  /** GPT's host. Default: securepubads.g.doubleclick.net. */
  gptHost?: string;
  /** Attribute of the ad script tags. Default: `async`. */
  loading?: 'async' | 'defer' | 'sync';
}

/** What to put on the article page. */
export interface ArticleOptions {
  /** HTML placed in <head> before anything else (e.g. a Politely script tag). */
  head?: string;
  /** HTML placed at the end of <head>, after the ad library and the page's CSS. */
  headEnd?: string;
  /** HTML placed at the end of <body>. */
  bodyEnd?: string;
  /** HTML placed at the start of <body>. */
  bodyStart?: string;
  /** HTML placed after the article, inside <main> (below-the-fold content, more slots…). */
  afterArticle?: string;
  /**
   * The ad library: AdSense loaded normally, GPT, slowly (`{ delayMs }`), a setup, or absent.
   * Default: AdSense.
   */
  ad?: 'adsense' | 'gpt' | 'none' | AdSetup;
  /** Replaces the ad slot in the middle of the story ('' for none). Default: each library's slot. */
  slot?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** Extra attributes of <html> and <body> (`class="subscriber"`…). */
  htmlAttrs?: string;
  bodyAttrs?: string;
  /** Extra CSS for the page (hostile global styles, dark pages…). */
  css?: string;
}

/** Records every politely:verdict, with its arrival time, before Politely loads. */
export const VERDICT_RECORDER =
  "<script>window.__verdicts=[];document.addEventListener('politely:verdict',function(e){" +
  'var d=e.detail;d.at=performance.now();window.__verdicts.push(d)});</script>';

/** The AdSense publisher id the article uses. */
export const ADSENSE_CLIENT = 'ca-pub-0000000000000000';
/** The GPT ad unit and div the article uses. */
export const GPT_AD_UNIT = '/1234/gazette/article';
export const GPT_DIV = 'div-gpt-ad-1234-0';

const query = (params: AdParams = {}) =>
  Object.entries(params)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
const withQuery = (url: string, params?: AdParams) => {
  const q = query(params);
  return q ? `${url}${url.includes('?') ? '&' : '?'}${q}` : url;
};
const tagAttr = (loading: AdSetup['loading'] = 'async') => (loading === 'sync' ? '' : `${loading} `);

/** adsbygoogle.js's URL, as AdSense's snippet writes it (`?client=ca-pub-…`), plus parameters. */
export const adsenseUrl = (server: TestServer, params?: AdParams): string =>
  withQuery(`${server.origin(AD_HOST)}/pagead/js/adsbygoogle.js?client=${ADSENSE_CLIENT}`, params);

/** AdSense's library tag, as its snippet has it. */
export const adsenseScript = (server: TestServer, params?: AdParams, loading?: AdSetup['loading']): string =>
  `<script ${tagAttr(loading)}src="${adsenseUrl(server, params)}" crossorigin="anonymous"></script>`;

/** An AdSense slot and its push, as AdSense's snippet has them. */
export const adsenseSlot = (slot = '1234567890', style = 'display:block;min-height:90px'): string =>
  `<ins class="adsbygoogle" style="${style}" data-ad-client="${ADSENSE_CLIENT}" data-ad-slot="${slot}"></ins>` +
  '<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>';

/** gpt.js's URL (securepubads by default), plus parameters (`pubadsDelay`…). */
export const gptUrl = (server: TestServer, params?: AdParams, host = GPT_HOST): string =>
  withQuery(`${server.origin(host)}/tag/js/gpt.js`, params);

/** GPT's library tag, as Google's snippet has it. */
export const gptScript = (server: TestServer, params?: AdParams, loading?: AdSetup['loading'], host?: string): string =>
  `<script ${tagAttr(loading)}src="${gptUrl(server, params, host)}" crossorigin="anonymous"></script>`;

/** GPT's head commands: the queue, slot definitions, services. */
export function gptCommands(
  options: { slots?: { unit?: string; size?: string; div: string }[]; lazy?: string; extra?: string; disableInitialLoad?: boolean } = {},
): string {
  const slots = options.slots ?? [{ div: GPT_DIV }];
  const defs = slots
    .map(
      (s) =>
        `googletag.defineSlot('${s.unit ?? GPT_AD_UNIT}', ${s.size ?? '[[300, 250], [336, 280]]'}, '${s.div}').addService(googletag.pubads());`,
    )
    .join('\n    ');
  return `<script>
  window.googletag = window.googletag || {cmd: []};
  googletag.cmd.push(function() {
    ${defs}
    googletag.pubads().enableSingleRequest();${options.lazy !== undefined ? `\n    googletag.pubads().enableLazyLoad(${options.lazy});` : ''}${options.disableInitialLoad ? '\n    googletag.pubads().disableInitialLoad();' : ''}${options.extra ? `\n    ${options.extra}` : ''}
    googletag.enableServices();
  });
</script>`;
}

/** A GPT slot's div and its display call, as Google's snippet has them. */
export const gptSlot = (div = GPT_DIV, style = 'min-width:300px;min-height:250px'): string =>
  `<div id="${div}" style="${style}"><script>googletag.cmd.push(function() { googletag.display('${div}'); });</script></div>`;

/** Amazon's apstag loader stub, init and a bid request for the GPT slot, as Amazon documents it. */
export const apstagSnippet = (server: TestServer, params?: AdParams): string =>
  `<script>
  !function(a9,a,p,s,t,A,g){if(a[a9])return;function q(c,r){a[a9]._Q.push([c,r])}a[a9]={init:function(){q("i",arguments)},fetchBids:function(){q("f",arguments)},setDisplayBids:function(){},targetingKeys:function(){return[]},_Q:[]};A=p.createElement(s);A.async=!0;A.src=t;g=p.getElementsByTagName(s)[0];g.parentNode.insertBefore(A,g)}("apstag",window,document,"script","${withQuery(`${server.origin('c.amazon-adsystem.com')}/aax2/apstag.js`, params)}");
  apstag.init({ pubID: '1234-5678', adServer: 'googletag' });
  apstag.fetchBids({ slots: [{ slotID: '${GPT_DIV}', slotName: '${GPT_AD_UNIT}', sizes: [[300, 250]] }], timeout: 2000 }, function () {
    window.googletag = window.googletag || { cmd: [] };
    googletag.cmd.push(function () { apstag.setDisplayBids(); });
  });
</script>`;

function adParts(server: TestServer, ad: ArticleOptions['ad']): { head: string; slot: string } {
  if (ad === 'none') return { head: '', slot: '' };
  const setup: AdSetup = ad === 'adsense' || ad === undefined ? {} : ad === 'gpt' ? { libraries: 'gpt' } : ad;
  const libraries = ([] as AdLibrary[]).concat(setup.libraries ?? 'adsense');
  const params = { ...(setup.delayMs ? { delay: setup.delayMs } : {}), ...setup.params };
  let head = '';
  let slot = '';
  if (libraries.includes('adsense')) {
    head += adsenseScript(server, params, setup.loading);
    slot += adsenseSlot();
  }
  if (libraries.includes('gpt')) {
    head += gptScript(server, params, setup.loading, setup.gptHost) + gptCommands();
    slot += gptSlot();
  }
  if (libraries.includes('apstag')) head += apstagSnippet(server, params);
  return { head, slot: slot && `<aside class="slot-wrap">${slot}</aside>` };
}

/** The article's HTML. */
export function articleHtml(server: TestServer, options: ArticleOptions = {}): string {
  const ad = adParts(server, options.ad);
  const slot = options.slot ?? ad.slot;
  return `<!doctype html>
<html lang="${options.lang ?? 'en'}" dir="${options.dir ?? 'ltr'}"${options.htmlAttrs ? ' ' + options.htmlAttrs : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>City council approves new cycle lanes — The Politely Gazette</title>
${options.head ?? ''}
${ad.head}
<style>
body{margin:0;font:18px/1.6 Georgia,serif;color:#1a1a1a;background:#fff}
header{padding:12px 20px;border-bottom:3px solid #1a1a1a;font:700 28px/1.2 system-ui,sans-serif}
main{max-width:680px;margin:0 auto;padding:20px}
h1{font:700 34px/1.2 system-ui,sans-serif}
.byline{color:#555;font:14px system-ui,sans-serif}
.slot-wrap{margin:24px 0}
${options.css ?? ''}
</style>
${options.headEnd ?? ''}
</head>
<body${options.bodyAttrs ? ' ' + options.bodyAttrs : ''}>
${options.bodyStart ?? ''}
<header>The Politely Gazette</header>
<main>
<article>
<h1>City council approves new cycle lanes after a year of debate</h1>
<p class="byline">By Ana Ruiz · 25 November 2026</p>
<p>The city council voted on Tuesday night to build twelve kilometres of protected cycle lanes, ending a year of public meetings, petitions and late-night amendments.</p>
<p>Supporters packed the gallery. "This is the safest our streets will have been in decades," said one parent who cycles her children to school.</p>
${slot}
<p>Shop owners on the high street had asked for delivery bays, which the final plan includes at every junction. Work begins in March and should finish before the end of next year.</p>
<p>The council will publish the detailed route maps next week, and residents can comment on them until the end of January.</p>
<p id="last-paragraph">Reporting for this story was paid for by our readers.</p>
</article>
${options.afterArticle ?? ''}
</main>
${options.bodyEnd ?? ''}
</body>
</html>`;
}
