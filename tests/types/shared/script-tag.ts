/// <reference types="politely" />
// A script-tag user's file: it imports nothing; the reference above brings in the globals
// (tsconfig.script-tag.json compiles this file alone).

window.Politely?.init({ supportUrl: '/support', mode: 'modal', onShow: (detail) => console.log(detail.mode) });
window.Politely?.detect({ timeout: 800 }).then((verdict) => console.log(verdict.blocked, verdict.signals.bait));
window.Politely?.consent(true);
const scriptVersion: string | undefined = window.Politely?.version;
console.log(scriptVersion);
// @ts-expect-error -- not a mode
window.Politely?.init({ mode: 'sidebar' });

window.politelyQueue = window.politelyQueue || [];
window.politelyQueue.push((Politely) => {
  const controller = Politely.init({ supportUrl: '/support', onAction: (detail) => console.log(detail.action) });
  controller.ready.then(() => controller.show());
});
window.politelyQueue.push(
  // @ts-expect-error -- a queued function receives the API, not a string
  (name: string) => console.log(name),
);

document.addEventListener('politely:action', (e) => {
  console.log(e.detail.action);
  // @ts-expect-error -- an action has no reason
  void e.detail.reason;
});
document.addEventListener('politely:verdict', (e) => console.log(e.detail.blocked));
