// An ES module in a CommonJS package: one program holds dist/politely.d.ts (import) and
// dist/politely.d.cts (require), so their global declarations must merge without conflict
// (tsconfig.dual.json).
/* eslint-disable @typescript-eslint/no-require-imports -- `import x = require()` is what a CommonJS consumer writes */
import { detect, init, type Verdict } from 'politely';
import politelyCjs = require('politely');

const verdict: Verdict = await detect();
const asCjs: politelyCjs.Verdict = verdict;
const fromCjs: Verdict = await politelyCjs.detect();
init({ supportUrl: '/support', onVerdict: (v: politelyCjs.Verdict) => console.log(v.blocked) });
politelyCjs.init({ supportUrl: '/support', onVerdict: (v: Verdict) => console.log(v.blocked) });
document.addEventListener('politely:action', (e) => console.log(e.detail.action));
document.addEventListener('politely:verdict', (e) => console.log(e.detail.blocked));
window.Politely?.init({ mode: 'corner' });

export { asCjs, fromCjs };
