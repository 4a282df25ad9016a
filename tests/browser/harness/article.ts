// The realistic news article every browser test loads: a header, a story, an AdSense slot and
// the AdSense-style library from pagead2.googlesyndication.com, as publishers install it.
import { AD_HOST, type TestServer } from './server';

/** What to put on the article page. */
export interface ArticleOptions {
  /** HTML placed in <head> before anything else (e.g. a Politely script tag). */
  head?: string;
  /** HTML placed at the end of <body>. */
  bodyEnd?: string;
  /** The ad library: loaded normally, slowly (ms), or absent. Default: loaded. */
  ad?: 'adsense' | 'none' | { delayMs: number };
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** Extra CSS for the page (hostile global styles, dark pages…). */
  css?: string;
}

/** Records every politely:verdict, with its arrival time, before Politely loads. */
export const VERDICT_RECORDER =
  "<script>window.__verdicts=[];document.addEventListener('politely:verdict',function(e){" +
  'var d=e.detail;d.at=performance.now();window.__verdicts.push(d)});</script>';

/** The article's HTML. */
export function articleHtml(server: TestServer, options: ArticleOptions = {}): string {
  const ad = options.ad ?? 'adsense';
  const delay = typeof ad === 'object' ? `?delay=${ad.delayMs}` : '';
  const adLibrary =
    ad === 'none' ? '' : `<script async src="${server.origin(AD_HOST)}/pagead/js/adsbygoogle.js${delay}" crossorigin="anonymous"></script>`;
  const slot =
    ad === 'none'
      ? ''
      : '<aside class="slot-wrap"><ins class="adsbygoogle" style="display:block;min-height:90px" data-ad-client="ca-pub-0000000000000000" data-ad-slot="1234567890"></ins>' +
        '<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></aside>';
  return `<!doctype html>
<html lang="${options.lang ?? 'en'}" dir="${options.dir ?? 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>City council approves new cycle lanes — The Politely Gazette</title>
${options.head ?? ''}
${adLibrary}
<style>
body{margin:0;font:18px/1.6 Georgia,serif;color:#1a1a1a;background:#fff}
header{padding:12px 20px;border-bottom:3px solid #1a1a1a;font:700 28px/1.2 system-ui,sans-serif}
main{max-width:680px;margin:0 auto;padding:20px}
h1{font:700 34px/1.2 system-ui,sans-serif}
.byline{color:#555;font:14px system-ui,sans-serif}
.slot-wrap{margin:24px 0}
${options.css ?? ''}
</style>
</head>
<body>
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
</main>
${options.bodyEnd ?? ''}
</body>
</html>`;
}
