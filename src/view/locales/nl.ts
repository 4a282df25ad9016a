// Dutch. The UI labels in the steps are the ones each product shows in this language, where it has
// one (docs/allowlist-steps.md has the sources).
import type { Locale } from './types';

const nl: Locale = {
  dir: 'ltr',
  texts: {
    title: 'Advertenties houden ons nieuws gratis',
    message:
      'Het lijkt erop dat advertenties niet laden. Advertenties betalen onze journalistiek: sta ze toe op deze site of steun ons rechtstreeks.',
    messageAllowlist: 'Het lijkt erop dat advertenties niet laden. Advertenties betalen onze journalistiek: sta ze toe op deze site.',
    cta: 'Steun ons',
    signin: 'Al abonnee? Log in',
    help: 'Zo sta je advertenties toe',
    recheck: 'Toegestaan – opnieuw controleren',
    dismiss: 'Nu niet',
    checking: 'Controleren…',
    thanks: 'Bedankt!',
    still: 'Advertenties lijken nog geblokkeerd. Herladen kan helpen.',
    reload: 'Pagina herladen',
    previewLabel: 'Voorbeeld',
    blockerLabel: 'Je adblocker',
  },
  names: {
    network: 'Netwerkfilter (DNS, VPN, router)',
    unknown: 'Andere of weet ik niet',
  },
  steps: {
    ublock: [
      'Klik op het pictogram van uBlock Origin (een rood schild) in de werkbalk. In Chrome zit het misschien onder het puzzelstukje.',
      'Klik op de grote blauwe *aan/uit-knop*: die wordt grijs voor {site}.',
      'Sleep in uBO Lite de schuifregelaar *filtermodus* naar links, naar ‘geen filtering’.',
    ],
    adblockplus: [
      'Klik op het pictogram van Adblock Plus (ABP op een rood stopbord) in de werkbalk. In Chrome zit het misschien onder het puzzelstukje.',
      'Zet onder ‘Advertenties blokkeren op’ de schakelaar naast *Deze website* uit.',
    ],
    adblock: [
      'Klik op het pictogram van AdBlock (een witte hand op een rood stopbord) in de werkbalk.',
      'Klik onder ‘Pauzeren op deze site’ op *Altijd*.',
    ],
    adguard: [
      'Klik op het pictogram van AdGuard (een groen schild met een vinkje) in de werkbalk.',
      'Zet de grote schakelaar onder {site} uit. Er staat dan *Bescherming is uitgeschakeld*.',
      'Gebruik je de AdGuard-app (telefoon, Windows, Mac)? Zet {site} daarin op de *Toelatingslijst*.',
    ],
    ghostery: [
      'Klik op het pictogram van Ghostery (een spookje) in de werkbalk.',
      'Klik op de pauzeknop *Pause on this site* en kies in het tijdmenu ernaast ‘Always’ (altijd).',
    ],
    brave: [
      'Klik of tik op het pictogram van Brave Shields (de oranje leeuw) in de adresbalk.',
      'Zet de *Shields*-schakelaar voor {site} uit. Brave laadt de pagina dan opnieuw.',
    ],
    opera: ['Klik op het schildpictogram helemaal rechts in de adresbalk.', 'Zet de schakelaar *Advertenties blokkeren* uit voor {site}.'],
    firefox: [
      'Klik op het schildpictogram links in de adresbalk. Op een telefoon tik je op het schild- of slotpictogram.',
      'Zet *Verbeterde bescherming tegen volgen* uit voor deze website. Firefox laadt de pagina dan opnieuw.',
    ],
    edge: ['Klik op het slotpictogram links in de adresbalk.', 'Zet *Preventie van tracking voor deze site* uit.'],
    safari: [
      'Op iPhone of iPad: tik in de adresbalk op *aA*, dan op *Website-instellingen*, en zet *Gebruik contentblokkers* uit.',
      'Op een Mac: kies Safari > *Instellingen voor {site}* en vink *Schakel contentblokkers in* uit.',
    ],
    network: [
      'Een filter in je netwerk of op je apparaat blokkeert deze advertenties (een DNS-dienst zoals Pi-hole of NextDNS, een VPN, Privé-DNS op Android of je router). Deze pagina kan dat niet uitzetten.',
      'Beheer je dat filter zelf? Sta {site} daar dan toe. Zo niet, steun ons dan rechtstreeks.',
    ],
    unknown: [
      'Klik op het pictogram van je adblocker in de werkbalk. In Chrome zit het misschien onder het puzzelstukje.',
      'Zet hem uit voor deze site: zoek naar een aan/uit-knop, een schakelaar of *Pauzeren op deze site*.',
    ],
  },
};

export default nl;
