// The fault matrix (detection side): pages and conditions that must never break the host page
// nor produce a false "blocked". Each case asserts no page error and the right outcome.
import { describe, expect, it } from 'vitest';
import {
  VERDICT_RECORDER,
  articleHtml,
  firstVerdict,
  launchChromium,
  useBrowser,
  openPage,
  type Condition,
  type RecordedVerdict,
} from './harness';

const POLITELY = '<script src="/dist/politely.js"></script>';
type PolitelyWindow = { Politely: { detect(o?: object): Promise<RecordedVerdict> } };

const suite = useBrowser(launchChromium);

async function open(condition: Condition, path: string, html: string) {
  const t = await openPage(suite.browser, condition);
  await t.page.goto(suite.server.page(path, html));
  return t;
}

describe('fault matrix: detection', () => {
  it('a page without any ad script: the ad-stack probe is off, the verdict follows the bait', async () => {
    for (const condition of ['none', 'cosmetic'] as const) {
      const t = await open(
        condition,
        '/no-ads.html',
        articleHtml(suite.server, { ad: 'none', head: VERDICT_RECORDER, bodyEnd: POLITELY + '<script>Politely.detect()</script>' }),
      );
      const v = await firstVerdict(t.page);
      expect(v.signals.adStack).toBe('off');
      expect(v.blocked, condition).toBe(condition === 'cosmetic');
      expect(t.errors).toEqual([]);
      await t.context.close();
    }
  });

  it('an async script that finishes after the load event', async () => {
    // The script tag is only inserted after `load`: Politely runs with readyState "complete".
    const late =
      "<script>addEventListener('load',function(){setTimeout(function(){var s=document.createElement('script');s.src='/dist/politely.js';s.async=true;s.onload=function(){Politely.detect()};document.head.appendChild(s)},300)})</script>";
    for (const condition of ['none', 'easylist', 'network'] as const) {
      const t = await open(condition, '/late.html', articleHtml(suite.server, { head: VERDICT_RECORDER + late }));
      const v = await firstVerdict(t.page);
      expect(v.blocked, `${condition}: ${JSON.stringify(v)}`).toBe(condition !== 'none');
      expect(t.errors).toEqual([]);
      await t.context.close();
    }
  });

  it('offline after load: a failing probe request is inconclusive, not blocked', async () => {
    const t = await open('none', '/offline.html', articleHtml(suite.server, { ad: 'none', bodyEnd: POLITELY }));
    await t.context.setOffline(true);
    const v = await t.page.evaluate(
      (url) => (window as unknown as PolitelyWindow).Politely.detect({ probeUrl: url }),
      `${suite.server.origin()}/dist/politely.js?probe`,
    );
    expect(v.blocked).toBe(false);
    expect(v.signals.probe).toBe('inconclusive');
    expect(t.errors).toEqual([]);
    await t.context.close();
  });

  it('the script included twice: no error, verdicts as usual', async () => {
    for (const condition of ['none', 'easylist'] as const) {
      const t = await open(
        condition,
        '/twice.html',
        articleHtml(suite.server, { head: VERDICT_RECORDER, bodyEnd: POLITELY + POLITELY + '<script>Politely.detect()</script>' }),
      );
      const v = await firstVerdict(t.page);
      expect(v.blocked).toBe(condition === 'easylist');
      expect(t.errors).toEqual([]);
      await t.context.close();
    }
  });

  it('a sandboxed iframe (opaque origin, no storage): detection runs and throws nothing', async () => {
    const inner = articleHtml(suite.server, {
      ad: 'none',
      bodyEnd: `<script src="${suite.server.origin()}/dist/politely.js"></script><script>Politely.detect().then(function(v){parent.postMessage(v,'*')})</script>`,
    });
    const outer = `<!doctype html><title>sandbox</title><script>window.__got=[];addEventListener('message',function(e){__got.push(e.data)})</script>
<iframe sandbox="allow-scripts" srcdoc="${inner.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" style="width:600px;height:400px"></iframe>`;
    for (const condition of ['none', 'cosmetic'] as const) {
      const t = await open(condition, '/sandbox.html', outer);
      await t.page.waitForFunction(() => (window as unknown as { __got: unknown[] }).__got.length > 0, null, { timeout: 10_000 });
      const v = await t.page.evaluate(() => (window as unknown as { __got: RecordedVerdict[] }).__got[0]);
      expect(v.reason).toBeUndefined();
      expect(['clear', 'blocked']).toContain(v.signals.bait);
      if (condition === 'none') expect(v.blocked).toBe(false);
      expect(t.errors).toEqual([]);
      await t.context.close();
    }
  });

  it('a single-page app navigating with history.pushState keeps the page’s one detection', async () => {
    const t = await open('easylist', '/spa.html', articleHtml(suite.server, { head: VERDICT_RECORDER, bodyEnd: POLITELY }));
    const result = await t.page.evaluate(async () => {
      const K = (window as unknown as PolitelyWindow).Politely;
      const first = await K.detect();
      history.pushState({}, '', '/spa/next-article');
      const second = await K.detect();
      const fresh = await K.detect({ recheck: true });
      return {
        same: first === second,
        blocked: [first.blocked, fresh.blocked],
        events: (window as unknown as { __verdicts: unknown[] }).__verdicts.length,
      };
    });
    expect(result).toEqual({ same: true, blocked: [true, true], events: 2 });
    expect(t.errors).toEqual([]);
    await t.context.close();
  });
});
