// A script-tag user's file that neither imports nor references anything: the tsconfig's
// "types": ["politely"] brings in the globals (tsconfig.types-option.json compiles this file alone).

window.Politely?.init({ supportUrl: '/support', theme: 'dark' });
// @ts-expect-error -- not a mode
window.Politely?.init({ mode: 'sidebar' });
(window.politelyQueue ||= []).push((Politely) => Politely.consent(true));
document.addEventListener('politely:action', (e) => console.log(e.detail.action));
document.addEventListener('politely:show', (e) => {
  // @ts-expect-error -- a show has no action
  console.log(e.detail.action);
});
