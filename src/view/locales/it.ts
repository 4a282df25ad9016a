// Italian. The UI labels in the steps are the ones each product shows in this language, where it has
// one (docs/allowlist-steps.md has the sources).
import type { Locale } from './types';

const it: Locale = {
  dir: 'ltr',
  texts: {
    title: 'La pubblicità rende gratuito il nostro giornalismo',
    message:
      'Sembra che gli annunci non vengano caricati. La pubblicità finanzia il nostro giornalismo: ti chiediamo di consentire questo sito nel tuo ad blocker o di sostenerci direttamente.',
    messageAllowlist:
      'Sembra che gli annunci non vengano caricati. La pubblicità finanzia il nostro giornalismo: ti chiediamo di consentire questo sito nel tuo ad blocker.',
    cta: 'Sostienici',
    signin: 'Sei già abbonato? Accedi',
    help: 'Come consentire il sito',
    recheck: 'Fatto — verifica di nuovo',
    dismiss: 'Non ora',
    checking: 'Verifica in corso…',
    thanks: 'Grazie!',
    still: 'Sembra che gli annunci siano ancora bloccati. Prova a ricaricare la pagina.',
    reload: 'Ricarica la pagina',
    previewLabel: 'Anteprima',
    blockerLabel: 'Il tuo ad blocker',
  },
  names: {
    network: 'Filtro di rete (DNS, VPN, router)',
    unknown: 'Altro o non so',
  },
  steps: {
    ublock: [
      'Clicca sull’icona di uBlock Origin (uno scudo rosso) nella barra degli strumenti. Su Chrome potrebbe trovarsi nel menu Estensioni (l’icona a forma di puzzle).',
      'Clicca sul grande *pulsante di accensione* blu: diventa grigio per {site}.',
      'In uBO Lite, trascina il cursore *Modalità di filtraggio* verso sinistra, fino a «nessun filtraggio».',
    ],
    adblockplus: [
      'Clicca sull’icona di Adblock Plus (ABP su un segnale di stop rosso) nella barra degli strumenti. Su Chrome potrebbe trovarsi nel menu Estensioni (l’icona a forma di puzzle).',
      'Sotto «Blocca gli annunci su», disattiva l’interruttore accanto a *Questo sito web*.',
    ],
    adblock: [
      'Clicca sull’icona di AdBlock (una mano bianca su un segnale di stop rosso) nella barra degli strumenti.',
      'Sotto «Sospendi su questo sito», clicca su *Sempre*.',
    ],
    adguard: [
      'Clicca sull’icona di AdGuard (uno scudo verde con un segno di spunta) nella barra degli strumenti.',
      'Disattiva il grande interruttore sotto {site}: comparirà *La protezione è disattivata*.',
      'Usi l’app AdGuard (telefono, Windows, Mac)? Aggiungi {site} alla sua *Lista bianca*.',
    ],
    ghostery: [
      'Clicca sull’icona di Ghostery (un fantasma) nella barra degli strumenti.',
      'Clicca su *Pausa su questo sito* e scegli «Sempre» nel menu della durata.',
    ],
    brave: [
      'Clicca o tocca l’icona di Protezioni Brave (il leone arancione) nella barra degli indirizzi.',
      'Disattiva l’interruttore accanto a *Le Protezioni sono ATTIVE* per {site}. Brave ricarica la pagina.',
    ],
    opera: [
      'Clicca sull’icona a forma di scudo all’estremità destra della barra degli indirizzi.',
      'Disattiva l’interruttore del *blocco annunci* per {site}.',
    ],
    firefox: [
      'Clicca sull’icona a forma di scudo a sinistra della barra degli indirizzi. Sul telefono, tocca l’icona dello scudo o del lucchetto.',
      'Disattiva la *Protezione antitracciamento avanzata* per questo sito. Firefox ricarica la pagina.',
    ],
    edge: [
      'Clicca sull’icona del lucchetto a sinistra della barra degli indirizzi.',
      'Disattiva *Prevenzione del rilevamento* per questo sito.',
    ],
    safari: [
      'Su iPhone o iPad: tocca *aA* nella barra degli indirizzi, poi *Impostazioni sito web*, e disattiva *Usa blocco contenuti*.',
      'Su Mac: scegli Safari > *Impostazioni per {site}*, poi deseleziona *Abilita blocco contenuti*.',
    ],
    network: [
      'Un filtro nella tua rete o nel tuo dispositivo blocca questi annunci (un servizio DNS come Pi-hole o NextDNS, una VPN, il DNS privato di Android o il tuo router). Questa pagina non può disattivarlo.',
      'Se gestisci tu quel filtro, aggiungi {site} ai siti consentiti. Altrimenti, puoi sostenerci direttamente.',
    ],
    unknown: [
      'Clicca sull’icona del tuo ad blocker nella barra degli strumenti. Su Chrome potrebbe trovarsi nel menu Estensioni (l’icona a forma di puzzle).',
      'Disattivalo per questo sito: cerca un pulsante di accensione, un interruttore o *Pausa su questo sito*.',
    ],
  },
};

export default it;
