// One stylesheet for every placement. Class names are short and free of words EasyList hides
// ("ad", "banner", "promo"…); tests/unit/view/easylist.test.ts checks them against the real list.
//   pr the prompt (m-b banner, m-m modal, m-c corner, m-i inline; t-light/dark/auto; ph: steps open)
//   pc the card   po the overlay standing in for <dialog>   pa logo and badge   pg the logo   pv the badge
//   pt title row  pq "Not now"  pm the message  pn the note  ps the status  px the actions  pb a button  pp the main action
//   pi sign-in    pw the steps  pk the picker's label       pl "Reload page"   pe "check again"
//   pz the card's twin, which keeps the page clear of a fixed card
// Colours: #1c1c1e on #fff and #f1f3f4 on #202124 are far above AA; white on the default accent
// #0b57d0 is 6.4:1. The focus ring uses the text colour, so it contrasts in both themes.
const DARK = '--b:var(--politely-bg,#202124);--c:var(--politely-text,#f1f3f4)';

/** The prompt's CSS. */
export const CSS =
  // !important: for important rules the shadow root beats the page, so a hostile `div {
  // visibility: hidden !important }` or `* { all: unset }` cannot reach the host. `all` leaves
  // custom properties alone: `--politely-*` set by the page still theme the prompt.
  ':host{all:initial!important;display:block!important}' +
  '.pr{--a:var(--politely-accent,#0b57d0);--b:var(--politely-bg,#fff);--c:var(--politely-text,#1c1c1e);font:15px/1.45 var(--politely-font,system-ui,sans-serif);color:var(--c)}' +
  `.t-dark{${DARK}}@media(prefers-color-scheme:dark){.t-auto{${DARK}}}` +
  '.pc{box-sizing:border-box;background:var(--b);color:var(--c);padding:16px 20px;border:0;border-radius:var(--politely-radius,12px);box-shadow:0 4px 24px #0005;' +
  'max-height:calc(100vh - 32px);max-height:calc(100dvh - 32px);overflow:auto;overscroll-behavior:contain}' +
  // Fixed placements take no room in the article (no layout shift); they keep clear of a phone's
  // rounded corners and home indicator (safe-area insets).
  '.m-b .pc,.m-c .pc,.po{position:fixed;z-index:2147483646;bottom:0;inset-inline:0}' +
  '.m-b .pc{border-radius:0;padding-inline:max(20px,50% - 440px);padding-bottom:max(16px,env(safe-area-inset-bottom))}' +
  '.m-c .pc{bottom:max(16px,env(safe-area-inset-bottom));inset-inline-start:auto;inset-inline-end:16px;width:min(380px,100% - 32px)}' +
  'dialog.pc{width:min(480px,100% - 32px);margin:auto}dialog.pc::backdrop{background:#0009}' +
  '.po{top:0;background:#0009;display:grid;place-items:center;padding:16px}.po .pc{max-width:480px}' +
  '.m-i .pc{box-shadow:none;border:1px solid}' +
  // The twin: the card's copy in the page's flow, unseen, unheard, unclickable, for the room it takes.
  '.m-b .pz,.m-c .pz{position:relative;inset:auto;visibility:hidden;box-shadow:none;animation:none}' +
  '.pa{margin:0 0 8px}.pg{display:block;height:24px;width:auto;max-width:60%}' +
  '.pv{flex:none;align-self:center;font-size:12px;font-weight:600;letter-spacing:.04em;text-transform:uppercase;border:1px solid;border-radius:99px;padding:1px 8px}' +
  '.pt{display:flex;align-items:flex-start;gap:8px 12px}' +
  'h2{flex:1;font-size:1.15em;line-height:1.3;margin:0}p{margin:6px 0 0}.ps:empty{display:none}.ps{font-weight:600}' +
  '.pn{font-size:.9em;color:color-mix(in srgb,var(--c) 80%,var(--b))}' +
  '.px{display:flex;flex-wrap:wrap;gap:8px;margin-top:12px}' +
  '.pb{box-sizing:border-box;min-height:44px;padding:8px 14px;border:1px solid;border-radius:min(var(--politely-radius,12px),8px);background:0;color:inherit;font:inherit;text-decoration:none;cursor:pointer;display:inline-flex;align-items:center;justify-content:center}' +
  '.pp{background:var(--a);border-color:var(--a);color:#fff;font-weight:600}' +
  // The quiet way out: a text button, still a real button for keyboards and screen readers, with a
  // target of at least 24 × 24 px (WCAG 2.2, 2.5.8).
  '.pq{flex:none;min-height:32px;min-width:24px;margin:-4px -6px 0 0;padding:4px 6px;border:0;background:0;color:inherit;font:inherit;font-size:.9em;text-decoration:underline;cursor:pointer}' +
  '.pi{display:inline-block;margin-top:10px;font-size:.9em;color:inherit}' +
  '.pw{margin-top:14px;padding-top:12px;border-top:1px solid color-mix(in srgb,var(--c) 25%,var(--b))}' +
  '.pk{display:block;font-weight:600;margin-bottom:4px}' +
  'select{box-sizing:border-box;width:100%;min-height:44px;padding:8px;font:inherit;color:var(--c);background:var(--b);border:1px solid;border-radius:min(var(--politely-radius,12px),8px)}' +
  'ol{margin:10px 0 0;padding-inline-start:1.4em}li{margin-top:6px}.pw .pb{margin-top:2px}.pe{margin-top:12px}' +
  ':focus-visible{outline:3px solid var(--c);outline-offset:2px}.pc:focus{outline:0}' +
  // Phones: the banner and the corner card take at most a quarter of the screen until the reader
  // opens the steps: the title, the message (three lines at most) and the two actions; the logo,
  // the note and the sign-in link wait in the sheet that then rises, and scrolls.
  '@media(max-width:480px){.pr{font-size:14px}h2{font-size:15px}.m-c .pc{inset-inline:8px;bottom:max(8px,env(safe-area-inset-bottom));width:auto}' +
  '.m-b .pc,.m-c .pc{padding:10px 14px;max-height:25vh;max-height:25dvh}.ph .pc{max-height:85vh;max-height:85dvh}.px{margin-top:8px}' +
  '.pr:not(.ph):is(.m-b,.m-c) :is(.pa,.pn,.pi){display:none}' +
  '.pr:not(.ph):is(.m-b,.m-c) .pm{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:3;line-clamp:3;overflow:hidden}' +
  // The actions stay in view whatever is above them (a short screen, a long title, large text):
  // the card's text scrolls under them.
  '.m-b .px,.m-c .px{position:sticky;bottom:-10px;padding-bottom:10px;margin-bottom:-10px;background:var(--b)}}' +
  // Short phones (an iPhone SE is 568 px tall): two lines of the message, tighter spacing.
  '@media(max-width:480px) and (max-height:700px){.pr:not(.ph):is(.m-b,.m-c) .pm{-webkit-line-clamp:2;line-clamp:2;margin-top:2px}' +
  '.pr:not(.ph):is(.m-b,.m-c) .pc{padding-block:6px}.pr:not(.ph):is(.m-b,.m-c) .px{margin-top:4px;bottom:-6px;padding-bottom:6px;margin-bottom:-6px}}' +
  // Motion only for readers who have not asked for less.
  '@media(prefers-reduced-motion:no-preference){.pc{animation:p .3s}}@keyframes p{0%{opacity:0}}';

let shared: CSSStyleSheet | undefined;

/**
 * Styles a shadow root: a constructable stylesheet (shared by every prompt, immune to CSP
 * `style-src`) when the browser has them, else a `<style>` element carrying the CSP nonce.
 */
export function applyStyles(root: ShadowRoot, nonce?: string): void {
  try {
    if (!shared) (shared = new CSSStyleSheet()).replaceSync(CSS);
    root.adoptedStyleSheets = [shared];
    return;
  } catch {
    shared = undefined;
  }
  const style = document.createElement('style');
  if (nonce) style.nonce = nonce;
  style.textContent = CSS;
  root.prepend(style);
}
