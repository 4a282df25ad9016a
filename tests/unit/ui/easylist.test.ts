// No id, class or attribute of ours may be hidden by EasyList's generic cosmetic rules: the
// prompt lives in a shadow root (out of reach of page-level rules), but the host element is in
// the page, and a future engine might pierce shadow roots. Every state of the prompt is rendered
// here into the light DOM and every generic `##` rule of the real list is tried against it.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { h, render } from 'preact';
import { resolveOptions } from '../../../src/config/resolve';
import type { Mode } from '../../../src/config/types';
import { pickLocale } from '../../../src/locales/select';
import { Prompt, type UiState } from '../../../src/ui/prompt';
import { CSS } from '../../../src/ui/styles';

const easylist = (): string => {
  const files = execFileSync('dpkg', ['-L', 'webext-ublock-origin-chromium'], { encoding: 'utf8' });
  return readFileSync(
    files.split('\n').find((l) => l.endsWith('/easylist.txt'))!,
    'utf8',
  );
};

const states: [Mode, UiState, boolean][] = [
  ['banner', { phase: 'ask', blocker: 0, help: true }, true],
  ['modal', { phase: 'still', blocker: 5, help: true }, false],
  ['corner', { phase: 'checking', blocker: 1 }, false],
  ['inline', { phase: 'thanks', blocker: 0 }, false],
];

describe('EasyList', () => {
  it('hides none of our elements, classes or ids, nor the host', () => {
    const rules = easylist()
      .split('\n')
      .filter((l) => l.startsWith('##'))
      .map((l) => l.slice(2).trim());
    expect(rules.length).toBeGreaterThan(5000);
    document.body.innerHTML = '<main><p>article</p></main>';
    const ours: Element[] = [];
    for (const [mode, state, preview] of states) {
      const host = document.body.appendChild(document.createElement('div'));
      host.setAttribute('data-politely-prompt', '');
      const o = resolveOptions({ supportUrl: 'https://news.example/support', theme: 'dark' });
      render(h(Prompt, { o, mode, locale: pickLocale('en'), state, preview, on: () => {}, onKey: () => {} }), host);
      ours.push(host, ...host.querySelectorAll('*'));
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
