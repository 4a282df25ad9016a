// No id, class or attribute of ours may be hidden by EasyList's generic cosmetic rules: the
// prompt lives in a shadow root (out of reach of page-level rules), but the host element is in
// the page, and a future engine might pierce shadow roots. Every state of the prompt is rendered
// here into the light DOM and every generic `##` rule of the real list is tried against it.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { PolitelyOptions } from '../../../src/config/types';
import { CSS } from '../../../src/view/styles';
import { layout } from '../detect/layout';
import { openPrompt, verdict } from './open';

const easylist = (): string => {
  const files = execFileSync('dpkg', ['-L', 'webext-ublock-origin-chromium'], { encoding: 'utf8' });
  return readFileSync(
    files.split('\n').find((l) => l.endsWith('/easylist.txt'))!,
    'utf8',
  );
};

/** Every placement, with the steps open (and the network variant), in preview, with every extra the card can have. */
const states: [PolitelyOptions, Parameters<typeof openPrompt>[1], boolean][] = [
  [
    { mode: 'banner', logoUrl: 'https://news.example/logo.svg', signinUrl: '/login', texts: { note: 'From €1 a month.' } },
    { preview: true },
    true,
  ],
  [{ mode: 'modal' }, { seen: verdict({ adStack: 'blocked', network: 'blocked' }) }, true],
  [{ mode: 'corner' }, {}, false],
  [{ mode: 'inline', target: '#slot' }, { request: { _thanks: true } }, false],
];
describe('EasyList', () => {
  it('hides none of our elements, classes or ids, nor the host', async () => {
    const rules = easylist()
      .split('\n')
      .filter((l) => l.startsWith('##'))
      .map((l) => l.slice(2).trim());
    expect(rules.length).toBeGreaterThan(5000);
    document.body.innerHTML = '<main><p>article</p></main>';
    const ours: Element[] = [];
    document.body.insertAdjacentHTML('beforeend', '<div id="slot"></div>');
    layout();
    for (const [options, state, help] of states) {
      // Rendered into its shadow root, then copied into the light DOM, where the rules apply.
      const p = await openPrompt({ theme: 'dark', ...options }, state);
      if (help) p.control('How to allowlist').click();
      const light = document.body.appendChild(document.createElement('div'));
      light.setAttribute('data-politely-prompt', '');
      light.innerHTML = p.root().innerHTML;
      p.end();
      ours.push(light, ...light.querySelectorAll('*'));
    }
    // Every class the stylesheet names, too (some only appear in other states).
    const extra = document.body.appendChild(document.createElement('div'));
    extra.className = [...new Set(CSS.match(/\.[a-z][\w-]*/g)!.map((c) => c.slice(1)))].join(' ');
    ours.push(extra);
    // A canary the list does hide, so this test can fail.
    const canaryClass = rules.find((r) => /^\.[\w-]+$/.test(r))!.slice(1);
    const canary = document.body.appendChild(document.createElement('div'));
    canary.className = canaryClass;
    let canaryHidden = false;
    const hidden: string[] = [];
    for (const rule of rules) {
      let matched: Element[];
      try {
        matched = [...document.querySelectorAll(rule)];
      } catch {
        continue; // procedural or engine-specific syntax: not a plain CSS selector
      }
      if (matched.includes(canary)) canaryHidden = true;
      for (const el of matched) if (ours.includes(el)) hidden.push(`${rule} hides ${el.outerHTML.slice(0, 80)}`);
    }
    expect(canaryHidden).toBe(true);
    expect(hidden).toEqual([]);
    expect(ours.length).toBeGreaterThan(40);
  }, 60_000);
});
