// The consent gate against a real TCF v2.2 API (IAB Tech Lab's CmpApi, real TC strings) in real
// Chromium. The gate is bundled alone from src/ here, to test it apart from the prompt, and added
// to a page whose <head> carries the test CMP from tests/browser/fixtures/tcf.
import { describe, expect, it } from 'vitest';
import { rollup } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import { launchChromium, openPage, useBrowser } from './harness';
import { tcfHead, type TcfInitial } from './fixtures/tcf/index';

let gateJs: string;

const suite = useBrowser(launchChromium, async () => {
  const bundle = await rollup({
    input: 'src/consent/index.ts',
    plugins: [typescript({ tsconfig: './tsconfig.json', declaration: false, declarationDir: undefined, outDir: 'dist' })],
  });
  gateJs = (await bundle.generate({ format: 'iife', name: 'PolitelyConsent' })).output[0].code;
  await bundle.close();
});

type Page = Awaited<ReturnType<typeof openPage>>['page'];

/** Opens a page with the test CMP and a live gate; `window.seen` records every change. */
async function open(initial: TcfInitial = 'none') {
  const url = suite.server.page(
    `/consent-${initial}-${Math.random()}`,
    `<!doctype html><html><head>${tcfHead({ initial })}</head><body><p>Article</p></body></html>`,
  );
  const { page, errors } = await openPage(suite.browser, 'none');
  await page.goto(url);
  await page.addScriptTag({ content: gateJs });
  await page.evaluate(async () => {
    const w = window as any;
    await w.__politelyTestCmpReady;
    // Purpose 1, no DOM event, no explicit signal: the TCF API alone. (Bundled from the source,
    // so the internal names are unmangled here.)
    const noExplicitSignal = { _last: () => undefined, _subscribe: () => () => {} };
    w.gate = w.PolitelyConsent.createConsentGate({ consentPurpose: 1 }, noExplicitSignal);
    w.seen = [];
    w.gate._onChange((g: boolean) => w.seen.push(g));
  });
  return { page, errors };
}
const state = (page: Page) => page.evaluate(() => ({ granted: (window as any).gate._granted(), seen: (window as any).seen }));
const cmp = (page: Page, action: string) => page.evaluate((a) => (window as any).__politelyTestCmp[a](), action);

describe('consent gate with a real TCF API in Chromium', () => {
  it('granted on load', async () => {
    const { page, errors } = await open('grant');
    expect(await state(page)).toEqual({ granted: true, seen: [] });
    expect(errors).toEqual([]);
  });

  it('refused: stays closed; granted later: opens', async () => {
    const { page, errors } = await open('refuse');
    expect((await state(page)).granted).toBe(false);
    await cmp(page, 'grant');
    expect(await state(page)).toEqual({ granted: true, seen: [true] });
    expect(errors).toEqual([]);
  });

  it('withdrawn: closes again', async () => {
    const { page } = await open('grant');
    await cmp(page, 'withdraw');
    expect(await state(page)).toEqual({ granted: false, seen: [false] });
  });

  it('no decision yet (CMP UI showing), then GDPR does not apply', async () => {
    const { page } = await open('showUi');
    expect((await state(page)).granted).toBe(false);
    await cmp(page, 'noGdpr');
    expect((await state(page)).granted).toBe(true);
  });

  it('destroy removes the TCF listener', async () => {
    const { page } = await open('refuse');
    expect(await cmp(page, 'listeners')).toBe(1);
    await page.evaluate(() => (window as any).gate._destroy());
    expect(await cmp(page, 'listeners')).toBe(0);
  });
});
