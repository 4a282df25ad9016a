// One stylesheet for every placement. Class names are short and free of words EasyList hides
// ("ad", "banner", "promo"…); tests/unit/ui/easylist.test.ts checks them against the real list.
// Colours: #1c1c1e on #fff and #f1f3f4 on #202124 are far above AA; white on the default
// accent #0b57d0 is 6.6:1. The focus ring uses the text colour, so it contrasts in both themes.
const DARK = '--b:var(--politely-bg,#202124);--c:var(--politely-text,#f1f3f4)';

/** The prompt's CSS. */
export const CSS =
  // !important: for important rules the shadow root beats the page, so a hostile `div {
  // visibility: hidden !important }` or `* { all: unset }` cannot reach the host. `all` leaves
  // custom properties alone: `--politely-*` set by the page still theme the prompt.
  ':host{all:initial!important;display:block!important}' +
  '.pr{--a:var(--politely-accent,#0b57d0);--b:var(--politely-bg,#fff);--c:var(--politely-text,#1c1c1e);font:15px/1.5 var(--politely-font,system-ui,sans-serif);color:var(--c)}' +
  `.t-dark{${DARK}}@media(prefers-color-scheme:dark){.t-auto{${DARK}}}` +
  '.pc{box-sizing:border-box;background:var(--b);padding:16px 20px;border-radius:var(--politely-radius,12px);box-shadow:0 4px 24px #0005;max-height:calc(100vh - 32px);overflow:auto}' +
  // Fixed placements take no room in the article: no layout shift.
  '.m-b .pc,.m-c .pc,.po{position:fixed;z-index:2147483646;bottom:0;inset-inline:0}' +
  '.m-b .pc{border-radius:0;padding-inline:max(20px,50% - 440px)}' +
  '.m-c .pc{bottom:16px;inset-inline-start:auto;inset-inline-end:16px;width:min(380px,100% - 32px)}' +
  '.po{top:0;background:#0009;display:grid;place-items:center;padding:16px}.m-m .pc{max-width:480px}' +
  '.m-i .pc{box-shadow:none;border:1px solid}' +
  'h2{font-size:1.2em;margin:0 0 4px}p,ol{margin:0 0 12px}.ps:empty{display:none}' +
  '.px,.pt{display:flex;flex-wrap:wrap;gap:8px}' +
  '.pb{box-sizing:border-box;min-height:44px;padding:8px 14px;border:1px solid;border-radius:min(var(--politely-radius,12px),8px);background:0;color:inherit;font:inherit;text-decoration:none;cursor:pointer;display:inline-flex;align-items:center}' +
  '.pp{background:var(--a);border-color:var(--a);color:#fff}' +
  '.pt{margin:12px 0}.pt .pb{min-height:32px}[aria-pressed=true]{background:var(--c);color:var(--b)}' +
  ':focus-visible{outline:3px solid var(--c);outline-offset:2px}.pc:focus{outline:0}' +
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
