// French. The UI labels in the steps are the ones each product shows in this language, where it has
// one (docs/allowlist-steps.md has the sources).
import type { Locale } from './types';

const fr: Locale = {
  dir: 'ltr',
  texts: {
    title: 'Grâce à la publicité, notre info reste gratuite',
    message:
      'Il semble que les publicités ne s’affichent pas. Elles financent notre rédaction : merci d’autoriser ce site dans votre bloqueur ou de nous soutenir directement.',
    messageAllowlist:
      'Il semble que les publicités ne s’affichent pas. Elles financent notre rédaction : merci d’autoriser ce site dans votre bloqueur.',
    cta: 'Nous soutenir',
    signin: 'Déjà abonné ? Se connecter',
    help: 'Comment autoriser ce site',
    recheck: 'C’est fait — vérifier à nouveau',
    dismiss: 'Pas maintenant',
    checking: 'Vérification…',
    thanks: 'Merci !',
    still: 'Les publicités semblent toujours bloquées. Essayez de recharger la page.',
    reload: 'Recharger la page',
    previewLabel: 'Aperçu',
    blockerLabel: 'Votre bloqueur de publicités',
  },
  names: {
    network: 'Filtre réseau (DNS, VPN, box ou routeur)',
    unknown: 'Autre ou je ne sais pas',
  },
  steps: {
    ublock: [
      'Cliquez sur l’icône d’uBlock Origin (un bouclier rouge) dans la barre d’outils. Sur Chrome, elle peut se trouver dans le menu Extensions (l’icône en forme de pièce de puzzle).',
      'Cliquez sur le grand *bouton marche/arrêt* bleu : il devient gris pour {site}.',
      'Dans uBO Lite, faites glisser le curseur *Mode de filtrage* vers la gauche, jusqu’à « Pas de filtrage ».',
    ],
    adblockplus: [
      'Cliquez sur l’icône d’Adblock Plus (ABP sur un panneau stop rouge) dans la barre d’outils. Sur Chrome, elle peut se trouver dans le menu Extensions (l’icône en forme de pièce de puzzle).',
      'Sous « Bloquer les publicités sur », désactivez l’interrupteur à côté de *Ce site web*.',
    ],
    adblock: [
      'Cliquez sur l’icône d’AdBlock (une main blanche sur un panneau stop rouge) dans la barre d’outils.',
      'Sous « Mettre en pause sur ce site », cliquez sur *Toujours*.',
    ],
    adguard: [
      'Cliquez sur l’icône d’AdGuard (un bouclier vert avec une coche) dans la barre d’outils.',
      'Désactivez le grand interrupteur sous {site} : il indique alors *La protection est désactivée*.',
      'Vous utilisez l’application AdGuard (mobile, Windows, Mac) ? Ajoutez {site} à sa *Liste blanche*.',
    ],
    ghostery: [
      'Cliquez sur l’icône de Ghostery (un fantôme) dans la barre d’outils.',
      'Cliquez sur *Pause sur ce site*, puis choisissez « Toujours » dans le menu de durée.',
    ],
    brave: [
      'Cliquez ou appuyez sur l’icône des Boucliers Brave (le lion orange) dans la barre d’adresse.',
      'Désactivez l’interrupteur à côté de *Boucliers ACTIFS* pour {site}. Brave recharge la page.',
    ],
    opera: [
      'Cliquez sur l’icône de bouclier, tout à droite de la barre d’adresse.',
      'Désactivez l’interrupteur du *bloqueur de publicités* pour {site}.',
    ],
    firefox: [
      'Cliquez sur l’icône de bouclier à gauche de la barre d’adresse. Sur mobile, appuyez sur l’icône de bouclier ou de cadenas.',
      'Désactivez la *Protection renforcée contre le pistage* pour ce site. Firefox recharge la page.',
    ],
    edge: ['Cliquez sur l’icône de cadenas à gauche de la barre d’adresse.', 'Désactivez l’option *Prévention du suivi* pour ce site.'],
    safari: [
      'Sur iPhone ou iPad : touchez *aA* dans la barre d’adresse, puis *Réglages du site web*, et désactivez *Utiliser les bloqueurs de contenu*.',
      'Sur Mac : choisissez Safari > *Réglages pour {site}*, puis décochez *Activer les bloqueurs de contenu*.',
    ],
    network: [
      'Un filtre de votre réseau ou de votre appareil bloque ces publicités (service DNS comme Pi-hole ou NextDNS, VPN, DNS privé d’Android, box ou routeur). Cette page ne peut pas le désactiver.',
      'Si vous gérez ce filtre, ajoutez {site} à sa liste d’autorisation. Sinon, vous pouvez nous soutenir directement.',
    ],
    unknown: [
      'Cliquez sur l’icône de votre bloqueur de publicités dans la barre d’outils. Sur Chrome, elle peut se trouver dans le menu Extensions (l’icône en forme de pièce de puzzle).',
      'Désactivez-le pour ce site : cherchez un bouton marche/arrêt, un interrupteur ou *Mettre en pause sur ce site*.',
    ],
  },
};

export default fr;
