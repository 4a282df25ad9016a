// An experiment, not part of `npm run bench`: where could detection put its bait so that
// inserting and removing it restyles only the bait, while EasyList's generic hiding rules
// (`##[class^="div-gpt-ad"]`, `##[data-ad-manager-id]`, `##DFP-AD`, which reach the light DOM
// only) still hide it? On the heavy article, a stand-in for detection's bait (the same four
// elements as src/detect/bait.ts — a control and the three baits, same inline style — inserted at
// DOMContentLoaded, read with checkVisibility() on three polls, then read, removed, and the page's
// ad slot's container read, 300 ms after load, as detection's last look does) is placed each way
// below, with no blocker and under EasyList. Each style recalculation of the main frame is read
// from a trace with Blink's invalidation tracking; the ones the stand-in's code (its own script
// URL) made dirty are its recalculations.
//
//   ip netns exec <ns> npx tsx bench/bait-placement.ts [--loads 2]
import { AD_HOST, launchChromium, openPage, startServer, type Condition } from '../tests/browser/harness/index';
import { HEAVY_STYLESHEET, heavyArticleHtml } from '../tests/browser/pages/heavy';
import { INVALIDATION_CATEGORY, TRACE_CATEGORIES, analyseLoad, invalidatedBy, traceEvents, whereIs } from './trace';

const i = process.argv.indexOf('--loads');
const LOADS = i > 0 ? Number(process.argv[i + 1]) || 2 : 2;
/** `--only a,b`: those placements alone. */
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1].split(',') : undefined;

/** Where the bait goes: code that creates `parent` (the element the bait is appended to), and how it leaves. */
const PLACEMENTS: Record<string, { setup: string; teardown?: string; note: string }> = {
  'body-end': { setup: 'var parent = document.body;', note: "today's: appended to <body>" },
  'body-start': {
    setup: 'var parent = document.body; var before = document.body.firstChild;',
    note: 'inserted before <body>’s first child',
  },
  'html-after-body': { setup: 'var parent = document.documentElement;', note: 'appended to <html>, after <body>' },
  'host-in-body': {
    setup: "var parent = document.createElement('politely-probe'); document.body.appendChild(parent);",
    teardown: 'parent.remove();',
    note: 'inside a host element appended to <body>; the host removed at the end',
  },
  'host-in-body-kept': {
    setup: "var parent = document.createElement('politely-probe'); document.body.appendChild(parent);",
    note: 'inside a host element appended to <body>; the host stays (only the bait removed)',
  },
  'contain-strict-in-body': {
    setup:
      "var parent = document.createElement('div'); parent.style.cssText = 'contain:strict;position:absolute;width:0;height:0;overflow:hidden'; document.body.appendChild(parent);",
    teardown: 'parent.remove();',
    note: 'inside a `contain: strict` box appended to <body>; the box removed at the end',
  },
  'contain-strict-in-body-kept': {
    setup:
      "var parent = document.createElement('div'); parent.style.cssText = 'contain:strict;position:absolute;width:0;height:0;overflow:hidden'; document.body.appendChild(parent);",
    note: 'inside a `contain: strict` box appended to <body>; the box stays',
  },
  'body-end-reverse': {
    setup: 'var parent = document.body; var reverse = true;',
    note: "today's place, the bait removed last element first (no element after each one removed)",
  },
  'host-in-body-then-sibling': {
    setup:
      "var parent = document.createElement('politely-probe'); document.body.appendChild(parent); setTimeout(function () { document.body.appendChild(document.createElement('div')); }, 100);",
    teardown: 'parent.remove();',
    note: 'inside a host element appended to <body>, then the page appends an element after the host; the host removed at the end',
  },
  'body-end-no-framework-css': {
    setup: 'var parent = document.body;',
    note: "today's place on the same page without Bootstrap's stylesheet",
  },
  'host-after-body': {
    setup: "var parent = document.createElement('politely-probe'); document.documentElement.appendChild(parent);",
    teardown: 'parent.remove();',
    note: 'inside a host element appended to <html> after <body>; the host removed at the end',
  },
};

/** The stand-in for detection's bait, as a file of its own (its stacks name its URL). */
const standIn = (p: (typeof PLACEMENTS)[string]) => `(function () {
  var seen = [];
  function look(els) { return els.map(function (el) { return el.checkVisibility(); }); }
  document.addEventListener('DOMContentLoaded', function () {
    ${p.setup}
    var els = [['div'], ['div', 'class', 'div-gpt-ad-top'], ['div', 'data-ad-manager-id', '1'], ['dfp-ad']].map(function (b) {
      var el = document.createElement(b[0]);
      if (b[1]) el.setAttribute(b[1], b[2]);
      el.setAttribute('aria-hidden', 'true');
      el.style.cssText = 'display:block;position:absolute;left:-9999px';
      el.textContent = '\\u00a0';
      return typeof before != 'undefined' ? parent.insertBefore(el, before) : parent.appendChild(el);
    });
    seen.push(look(els));
    var polls = 0;
    var timer = setInterval(function () { seen.push(look(els)); if (++polls == 3) clearInterval(timer); }, 50);
    addEventListener('load', function () {
      setTimeout(function () {
        seen.push(look(els));
        (typeof reverse != 'undefined' ? els.slice().reverse() : els).forEach(function (el) { el.remove(); });
        ${p.teardown ?? ''}
        var slot = document.querySelector('ins.adsbygoogle');
        if (slot) slot.parentElement.checkVisibility();
        window.__seen = seen;
      }, 300);
    });
  });
})();`;

async function main() {
  const [browser, server] = await Promise.all([launchChromium(), startServer()]);
  const rows: string[] = [];
  try {
    for (const [name, p] of Object.entries(PLACEMENTS)) {
      if (only && !only.includes(name)) continue;
      const file = `/exp/bait-${name}.js`;
      server.page(file, standIn(p), { 'content-type': 'text/javascript; charset=utf-8' });
      let html = heavyArticleHtml(server, { politely: `<script src="${file}"></script>` });
      if (name.endsWith('no-framework-css')) html = html.replace(`<link rel="stylesheet" href="${HEAVY_STYLESHEET}">`, '');
      const url = server.page(`/exp/${name}.html`, html);
      for (const condition of ['none', 'easylist'] as Condition[]) {
        for (let load = 0; load < LOADS; load++) {
          const t = await openPage(browser, condition);
          await browser.startTracing(t.page, { categories: [...TRACE_CATEGORIES, INVALIDATION_CATEGORY] });
          await t.page.goto(url, { waitUntil: 'load' });
          await t.page.waitForFunction(() => (window as unknown as { __seen?: unknown }).__seen, null, { timeout: 10_000 });
          const [elements, seen] = await t.page.evaluate(() => [
            document.querySelectorAll('*').length,
            (window as unknown as { __seen: boolean[][] }).__seen,
          ]);
          const cost = analyseLoad(traceEvents(await browser.stopTracing()), { pageUrl: url, files: [file], windowMs: 0 });
          await t.context.close();
          const mine = cost.recalcs.filter((r) => invalidatedBy(r, [file]));
          const last = (seen as boolean[][]).at(-1)!;
          // Hidden as a blocker hides: the control laid out, all three baits without a box.
          const verdict =
            last[0] && !last[1] && !last[2] && !last[3]
              ? 'all 3 hidden'
              : last[0]
                ? `${last.slice(1).filter((v) => !v).length}/3 hidden`
                : 'control hidden';
          const recalcs = mine
            .map(
              (r) =>
                `${r.elements} at ${Math.round(r.at)} ms (${r.invalidations
                  .filter((v) => v.stack?.length)
                  .map((v) => whereIs(v.stack![0]).replace(/:\d+$/, ''))
                  .filter((w, k, all) => all.indexOf(w) == k)
                  .join(', ')})`,
            )
            .join('; ');
          rows.push(
            `| ${name} | ${condition} | ${load + 1} | ${elements} | ${mine.length} | ${Math.max(0, ...mine.map((r) => r.elements))} | ${verdict} | ${recalcs} |`,
          );
          process.stderr.write(`${rows.at(-1)}\n`);
        }
      }
    }
  } finally {
    await server.close();
    await browser.close();
  }
  console.log(
    [
      `Heavy article, ${LOADS} load(s) per placement and condition; the ad host ${AD_HOST} as the page loads it.`,
      '',
      '| placement | condition | load | document elements | recalculations the bait made dirty | largest (elements) | EasyList hides | each (elements, when, what invalidated) |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
      ...Object.entries(PLACEMENTS).map(([name, p]) => `- ${name}: ${p.note}`),
    ].join('\n'),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
