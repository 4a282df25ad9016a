// English. The UI labels in the steps are the ones each product shows in this language, where it has
// one (docs/allowlist-steps.md has the sources).
import type { Locale } from './types';

const en: Locale = {
  dir: 'ltr',
  texts: {
    title: 'Ads keep our journalism free',
    message: "It looks like ads aren't loading. Ads pay for our reporting: please allowlist this site or support us directly.",
    messageAllowlist: "It looks like ads aren't loading. Ads pay for our reporting: please allowlist this site.",
    cta: 'Support us',
    signin: 'Already a subscriber? Sign in',
    help: 'How to allowlist',
    recheck: "I've allowlisted — check again",
    dismiss: 'Not now',
    checking: 'Checking…',
    thanks: 'Thank you!',
    still: 'Ads still seem blocked. Reloading the page may help.',
    reload: 'Reload page',
    previewLabel: 'Preview',
    blockerLabel: 'Your ad blocker',
  },
  names: {
    network: 'Network filter (DNS, VPN, router)',
    unknown: 'Other or not sure',
  },
  steps: {
    ublock: [
      'Click the uBlock Origin icon (a red shield) in the toolbar. On Chrome, it may be under the puzzle-piece icon.',
      'Click the big blue *power button*: it turns grey for {site}.',
      'In uBO Lite, drag the *filtering mode* slider to the left, to "no filtering".',
    ],
    adblockplus: [
      'Click the Adblock Plus icon (ABP on a red stop sign) in the toolbar. On Chrome, it may be under the puzzle-piece icon.',
      'Under "Block ads on", turn off the switch next to *This website*.',
    ],
    adblock: ['Click the AdBlock icon (a white hand on a red stop sign) in the toolbar.', 'Under "Pause on this site", click *Always*.'],
    adguard: [
      'Click the AdGuard icon (a green shield with a check mark) in the toolbar.',
      'Turn off the big switch under {site}: it then says *Protection is disabled*.',
      'Using the AdGuard app (phone, Windows, Mac)? Add {site} to its *Allowlist*.',
    ],
    ghostery: ['Click the Ghostery icon (a ghost) in the toolbar.', 'Click *Pause on this site*, and choose "Always" in its time menu.'],
    brave: [
      'Click or tap the Brave Shields icon (the orange lion) in the address bar.',
      'Turn off the switch next to *Shields are UP* for {site}. Brave reloads the page.',
    ],
    opera: ['Click the shield icon at the right end of the address bar.', 'Turn off the *ad blocker* switch for {site}.'],
    firefox: [
      'Click the shield icon at the left of the address bar. On a phone, tap the shield or lock icon.',
      'Turn off *Enhanced Tracking Protection* for this site. Firefox reloads the page.',
    ],
    edge: ['Click the lock icon at the left of the address bar.', 'Turn off *Tracking prevention for this site*.'],
    safari: [
      'On iPhone or iPad: tap *aA* in the address bar, then *Website Settings*, and turn off *Use Content Blockers*.',
      'On a Mac: choose Safari > *Settings for {site}*, and uncheck *Enable content blockers*.',
    ],
    network: [
      "A filter in your network or device blocks these ads (a DNS service such as Pi-hole or NextDNS, a VPN, Private DNS on Android, or your router). This page can't turn it off.",
      'If you manage that filter, allowlist {site} there. Otherwise, please support us directly.',
    ],
    unknown: [
      "Click your ad blocker's icon in the toolbar. On Chrome, it may be under the puzzle-piece icon.",
      'Turn it off for this site: look for a power button, a switch or *Pause on this site*.',
    ],
  },
};

export default en;
