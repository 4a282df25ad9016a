// German. The UI labels in the steps are the ones each product shows in this language, where it has
// one (docs/allowlist-steps.md has the sources).
import type { Locale } from './types';

const de: Locale = {
  dir: 'ltr',
  texts: {
    title: 'Kostenloser Journalismus dank Werbung',
    message:
      'Offenbar laden keine Anzeigen. Werbung finanziert unseren Journalismus: Bitte lassen Sie sie auf dieser Website zu oder unterstützen Sie uns direkt.',
    messageAllowlist: 'Offenbar laden keine Anzeigen. Werbung finanziert unseren Journalismus: Bitte lassen Sie sie auf dieser Website zu.',
    cta: 'Jetzt unterstützen',
    signin: 'Schon ein Abo? Anmelden',
    help: 'So lassen Sie Werbung zu',
    recheck: 'Werbung zugelassen – erneut prüfen',
    dismiss: 'Nicht jetzt',
    checking: 'Wird geprüft …',
    thanks: 'Vielen Dank!',
    still: 'Anzeigen scheinen weiter blockiert. Neu laden könnte helfen.',
    reload: 'Seite neu laden',
    previewLabel: 'Vorschau',
    blockerLabel: 'Ihr Werbeblocker',
  },
  names: {
    network: 'Netzwerkfilter (DNS, VPN, Router)',
    unknown: 'Anderer oder weiß nicht',
  },
  steps: {
    ublock: [
      'Klicken Sie in der Symbolleiste auf das Symbol von uBlock Origin (ein rotes Schild). In Chrome steckt es eventuell unter dem Puzzleteil-Symbol.',
      'Klicken Sie auf den großen blauen *Ein/Aus-Knopf*: Er wird für {site} grau.',
      'In uBO Lite schieben Sie den Regler *Filtermodus* nach links auf „nicht filtern“.',
    ],
    adblockplus: [
      'Klicken Sie in der Symbolleiste auf das Symbol von Adblock Plus (ABP auf rotem Stoppschild). In Chrome steckt es eventuell unter dem Puzzleteil-Symbol.',
      'Schalten Sie unter „Werbung blockieren auf“ den Schalter neben *Diese Webseite* aus.',
    ],
    adblock: [
      'Klicken Sie in der Symbolleiste auf das Symbol von AdBlock (weiße Hand auf rotem Stoppschild).',
      'Klicken Sie unter „Auf dieser Seite pausieren“ auf *Immer*.',
    ],
    adguard: [
      'Klicken Sie in der Symbolleiste auf das Symbol von AdGuard (grünes Schild mit Häkchen).',
      'Schalten Sie den großen Schalter unter {site} aus. Danach steht dort *Schutz ist deaktiviert*.',
      'Sie nutzen die AdGuard-App (Handy, Windows, Mac)? Fügen Sie {site} dort der *Positivliste* hinzu.',
    ],
    ghostery: [
      'Klicken Sie in der Symbolleiste auf das Symbol von Ghostery (ein Gespenst).',
      'Klicken Sie auf *Auf dieser Seite pausieren* und wählen Sie im Zeitmenü daneben „Immer“.',
    ],
    brave: [
      'Klicken oder tippen Sie in der Adressleiste auf das Symbol von Brave Shields (den orangefarbenen Löwen).',
      'Schalten Sie den *Shields*-Schalter für {site} aus. Brave lädt die Seite dann neu.',
    ],
    opera: ['Klicken Sie auf das Schild-Symbol ganz rechts in der Adressleiste.', 'Schalten Sie den *Werbeblocker* für {site} aus.'],
    firefox: [
      'Klicken Sie auf das Schild-Symbol links in der Adressleiste. Auf dem Handy tippen Sie auf das Schild- oder Schloss-Symbol.',
      'Schalten Sie *Verbesserter Tracking-Schutz* für diese Website aus. Firefox lädt die Seite dann neu.',
    ],
    edge: ['Klicken Sie auf das Schloss-Symbol links in der Adressleiste.', 'Schalten Sie *Tracking-Verhinderung für diese Website* aus.'],
    safari: [
      'iPhone oder iPad: Tippen Sie in der Adressleiste auf *aA*, dann auf *Website-Einstellungen*, und schalten Sie *Inhaltsblocker verwenden* aus.',
      'Mac: Wählen Sie Safari > *Einstellungen für {site}* und entfernen Sie das Häkchen bei *Inhaltsblocker aktivieren*.',
    ],
    network: [
      'Ein Filter in Ihrem Netzwerk oder auf Ihrem Gerät blockiert diese Werbung (ein DNS-Dienst wie Pi-hole oder NextDNS, ein VPN, „Privates DNS“ unter Android oder Ihr Router). Diese Seite kann ihn nicht abschalten.',
      'Wenn Sie diesen Filter verwalten, lassen Sie {site} dort zu. Andernfalls unterstützen Sie uns bitte direkt.',
    ],
    unknown: [
      'Klicken Sie in der Symbolleiste auf das Symbol Ihres Werbeblockers. In Chrome steckt es eventuell unter dem Puzzleteil-Symbol.',
      'Schalten Sie ihn für diese Website aus: Suchen Sie nach einem Ein/Aus-Knopf, einem Schalter oder *Auf dieser Seite pausieren*.',
    ],
  },
};

export default de;
