// Portuguese (Brazil and Portugal). The UI labels in the steps are the ones each product shows in this language, where it has
// one (docs/allowlist-steps.md has the sources).
import type { Locale } from './types';

const pt: Locale = {
  dir: 'ltr',
  texts: {
    title: 'Anúncios mantêm nosso jornalismo gratuito',
    message: 'Parece que os anúncios não carregaram. Eles pagam nossas reportagens: por favor, permita este site ou apoie-nos diretamente.',
    messageAllowlist:
      'Parece que os anúncios não carregaram. Eles pagam nossas reportagens: por favor, permita este site no seu bloqueador.',
    cta: 'Apoie-nos',
    signin: 'Já é assinante? Faça login',
    help: 'Como permitir este site',
    recheck: 'Já permiti — verificar de novo',
    dismiss: 'Agora não',
    checking: 'Verificando…',
    thanks: 'Obrigado!',
    still: 'Os anúncios ainda parecem bloqueados. Recarregar a página pode ajudar.',
    reload: 'Recarregar página',
    previewLabel: 'Prévia',
    blockerLabel: 'Seu bloqueador de anúncios',
  },
  names: {
    network: 'Filtro de rede (DNS, VPN, roteador)',
    unknown: 'Outro ou não sei',
  },
  steps: {
    ublock: [
      'Clique no ícone do uBlock Origin (um escudo vermelho) na barra de ferramentas. No Chrome, ele pode estar no menu Extensões (ícone de quebra-cabeça).',
      'Clique no grande *botão liga/desliga* azul: ele fica cinza para {site}.',
      'No uBO Lite, arraste o controle *modo de filtragem* para a esquerda, até “sem filtragem”.',
    ],
    adblockplus: [
      'Clique no ícone do Adblock Plus (ABP sobre um octógono vermelho) na barra de ferramentas. No Chrome, ele pode estar no menu Extensões (ícone de quebra-cabeça).',
      'Em “Bloquear anúncios”, desligue a chave ao lado de *Este site*.',
    ],
    adblock: [
      'Clique no ícone do AdBlock (uma mão branca sobre um octógono vermelho) na barra de ferramentas.',
      'Em “Pausar neste site”, clique em *Sempre*.',
    ],
    adguard: [
      'Clique no ícone do AdGuard (um escudo verde com um ✓) na barra de ferramentas.',
      'Desligue a chave grande abaixo de {site}: aparecerá *A proteção está desativada*.',
      'Usa o app do AdGuard (celular, Windows, Mac)? Adicione {site} à *Lista de permissões* dele.',
    ],
    ghostery: [
      'Clique no ícone do Ghostery (um fantasma) na barra de ferramentas.',
      'Clique em *Pausar neste site* e escolha “Sempre” no menu de duração.',
    ],
    brave: [
      'Clique ou toque no ícone das Proteções do Brave (o leão laranja) na barra de endereços.',
      'Desligue a chave ao lado de *Proteções ATIVADAS* para {site}. O Brave recarrega a página.',
    ],
    opera: [
      'Clique no ícone de escudo na ponta direita da barra de endereços.',
      'Desligue a chave do *bloqueador de anúncios* para {site}.',
    ],
    firefox: [
      'Clique no ícone de escudo à esquerda da barra de endereços. No celular, toque no escudo ou no cadeado.',
      'Desative a *Proteção aprimorada contra rastreamento* para este site. O Firefox recarrega a página.',
    ],
    edge: ['Clique no ícone de cadeado à esquerda da barra de endereços.', 'Desative a opção *Prevenção de rastreamento para este site*.'],
    safari: [
      'No iPhone ou iPad: toque em *aA* na barra de endereços, depois em *Ajustes do Site*, e desative *Usar Bloqueadores de Conteúdo*.',
      'No Mac: escolha Safari > *Ajustes para {site}* e desmarque *Ativar bloqueadores de conteúdo*.',
    ],
    network: [
      'Um filtro na sua rede ou no seu aparelho bloqueia esses anúncios (DNS como Pi-hole ou NextDNS, VPN, DNS particular do Android ou roteador). Esta página não consegue desativá-lo.',
      'Se você administra esse filtro, adicione {site} à lista de permissões dele. Se não, por favor, apoie-nos diretamente.',
    ],
    unknown: [
      'Clique no ícone do seu bloqueador de anúncios na barra de ferramentas. No Chrome, ele pode estar no menu Extensões (ícone de quebra-cabeça).',
      'Desative-o só neste site: procure um botão liga/desliga, uma chave ou *Pausar neste site*.',
    ],
  },
};

export default pt;
