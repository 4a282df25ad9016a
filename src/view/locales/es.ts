// Spanish. The UI labels in the steps are the ones each product shows in this language, where it has
// one (docs/allowlist-steps.md has the sources).
import type { Locale } from './types';

const es: Locale = {
  dir: 'ltr',
  texts: {
    title: 'Gracias a la publicidad, nuestro periodismo es gratis',
    message:
      'Parece que los anuncios no se cargan. Con ellos financiamos nuestro periodismo: te pedimos que permitas este sitio en tu bloqueador o que nos apoyes directamente.',
    messageAllowlist:
      'Parece que los anuncios no se cargan. Con ellos financiamos nuestro periodismo: te pedimos que permitas este sitio en tu bloqueador.',
    cta: 'Apóyanos',
    signin: '¿Ya tienes una suscripción? Inicia sesión',
    help: 'Cómo permitir este sitio',
    recheck: 'Ya está — comprobar de nuevo',
    dismiss: 'Ahora no',
    checking: 'Comprobando…',
    thanks: '¡Gracias!',
    still: 'Parece que los anuncios siguen bloqueados. Recargar la página puede ayudar.',
    reload: 'Recargar la página',
    previewLabel: 'Vista previa',
    blockerLabel: 'Tu bloqueador de anuncios',
  },
  names: {
    network: 'Filtro de red (DNS, VPN, router)',
    unknown: 'Otro o no lo sé',
  },
  steps: {
    ublock: [
      'Haz clic en el icono de uBlock Origin (un escudo rojo) en la barra de herramientas. En Chrome, puede estar en el menú Extensiones (el icono de la pieza de puzle).',
      'Haz clic en el gran *botón de encendido* azul: se volverá gris para {site}.',
      'En uBO Lite, desliza el control *modo de filtrado* hacia la izquierda, hasta «sin filtrado».',
    ],
    adblockplus: [
      'Haz clic en el icono de Adblock Plus (ABP sobre una señal de stop roja) en la barra de herramientas. En Chrome, puede estar en el menú Extensiones (el icono de la pieza de puzle).',
      'En «Bloquear los anuncios en», desactiva el interruptor junto a *Este sitio web*.',
    ],
    adblock: [
      'Haz clic en el icono de AdBlock (una mano blanca sobre una señal de stop roja) en la barra de herramientas.',
      'En «Pausar en este sitio web», haz clic en *Siempre*.',
    ],
    adguard: [
      'Haz clic en el icono de AdGuard (un escudo verde con una marca de verificación) en la barra de herramientas.',
      'Desactiva el interruptor grande que hay bajo {site}: aparecerá *Protección deshabilitada*.',
      '¿Usas la app de AdGuard (móvil, Windows, Mac)? Añade {site} a su *Lista de permitidos*.',
    ],
    ghostery: [
      'Haz clic en el icono de Ghostery (un fantasma) en la barra de herramientas.',
      'Haz clic en *Pausar en este sitio* y elige «Siempre» en el menú de duración.',
    ],
    brave: [
      'Haz clic o toca el icono de Protecciones de Brave (el león naranja) en la barra de direcciones.',
      'Desactiva el interruptor junto a *Las protecciones están ACTIVADAS* para {site}. Brave recargará la página.',
    ],
    opera: [
      'Haz clic en el icono del escudo, en el extremo derecho de la barra de direcciones.',
      'Desactiva el interruptor del *bloqueador de anuncios* para {site}.',
    ],
    firefox: [
      'Haz clic en el icono del escudo, a la izquierda de la barra de direcciones. En el móvil, toca el icono del escudo o del candado.',
      'Desactiva la *Protección mejorada contra el rastreo* para este sitio. Firefox recargará la página.',
    ],
    edge: [
      'Haz clic en el icono del candado, a la izquierda de la barra de direcciones.',
      'Desactiva *Prevención de seguimiento* para este sitio.',
    ],
    safari: [
      'En iPhone o iPad: toca *aA* en la barra de direcciones, luego *Ajustes del sitio web* y desactiva *Usar bloqueadores de contenido*.',
      'En Mac: elige Safari > *Ajustes para {site}* y desmarca *Activar bloqueadores de contenido*.',
    ],
    network: [
      'Un filtro de tu red o de tu dispositivo bloquea estos anuncios (un servicio DNS como Pi-hole o NextDNS, una VPN, el DNS privado de Android o tu router). Esta página no puede desactivarlo.',
      'Si gestionas ese filtro, añade {site} a su lista de permitidos. Si no, puedes apoyarnos directamente.',
    ],
    unknown: [
      'Haz clic en el icono de tu bloqueador de anuncios en la barra de herramientas. En Chrome, puede estar en el menú Extensiones (el icono de la pieza de puzle).',
      'Desactívalo para este sitio: busca un botón de encendido, un interruptor o *Pausar en este sitio*.',
    ],
  },
};

export default es;
