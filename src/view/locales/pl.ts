// Polish. The UI labels in the steps are the ones each product shows in this language, where it has
// one (docs/allowlist-steps.md has the sources).
import type { Locale } from './types';

const pl: Locale = {
  dir: 'ltr',
  texts: {
    title: 'Bezpłatne dziennikarstwo dzięki reklamom',
    message:
      'Wygląda na to, że reklamy się nie wczytują. To z nich finansujemy naszą pracę. Prosimy, dodaj tę stronę do wyjątków lub wesprzyj nas bezpośrednio.',
    messageAllowlist:
      'Wygląda na to, że reklamy się nie wczytują. To z nich finansujemy naszą pracę. Prosimy, dodaj tę stronę do wyjątków.',
    cta: 'Wesprzyj nas',
    signin: 'Masz subskrypcję? Zaloguj się',
    help: 'Jak dodać stronę do wyjątków',
    recheck: 'Dodano do wyjątków – sprawdź ponownie',
    dismiss: 'Nie teraz',
    checking: 'Sprawdzanie…',
    thanks: 'Dziękujemy!',
    still: 'Reklamy wciąż wydają się zablokowane. Odświeżenie strony może pomóc.',
    reload: 'Odśwież stronę',
    previewLabel: 'Podgląd',
    blockerLabel: 'Twój bloker reklam',
  },
  names: {
    network: 'Filtr sieciowy (DNS, VPN, router)',
    unknown: 'Inny lub nie wiem',
  },
  steps: {
    ublock: [
      'Kliknij ikonę uBlock Origin (czerwona tarcza) na pasku narzędzi. W Chrome może być ukryta pod ikoną puzzla.',
      'Kliknij duży niebieski *przycisk zasilania* – dla {site} zmieni kolor na szary.',
      'W uBO Lite przesuń suwak *Tryb filtrowania* w lewo, do pozycji „bez filtrowania”.',
    ],
    adblockplus: [
      'Kliknij ikonę Adblock Plus (ABP na czerwonym znaku stop) na pasku narzędzi. W Chrome może być ukryta pod ikoną puzzla.',
      'W sekcji „Blokuj reklamy na” wyłącz przełącznik obok *Ta strona internetowa*.',
    ],
    adblock: [
      'Kliknij ikonę AdBlock (biała dłoń na czerwonym znaku stop) na pasku narzędzi.',
      'W sekcji „Wstrzymaj na tej stronie” kliknij *Zawsze*.',
    ],
    adguard: [
      'Kliknij ikonę AdGuard (zielona tarcza z ptaszkiem) na pasku narzędzi.',
      'Wyłącz duży przełącznik pod {site} – pojawi się napis *Ochrona jest wyłączona*.',
      'Korzystasz z aplikacji AdGuard (telefon, Windows, Mac)? Dodaj w niej {site} w sekcji *Lista dozwolonych*.',
    ],
    ghostery: [
      'Kliknij ikonę Ghostery (duszek) na pasku narzędzi.',
      'Kliknij *Wstrzymaj na tej stronie* i w menu czasu obok wybierz „Zawsze”.',
    ],
    brave: [
      'Kliknij lub stuknij ikonę Brave Shields (pomarańczowy lew) na pasku adresu.',
      'Wyłącz przełącznik *Shields* dla {site}. Brave sam odświeży stronę.',
    ],
    opera: ['Kliknij ikonę tarczy na prawym końcu paska adresu.', 'Wyłącz przełącznik *Blokowanie reklam* dla {site}.'],
    firefox: [
      'Kliknij ikonę tarczy po lewej stronie paska adresu. Na telefonie stuknij ikonę tarczy lub kłódki.',
      'Wyłącz przełącznik *Wzmocniona ochrona przed śledzeniem* dla tej witryny. Firefox sam odświeży stronę.',
    ],
    edge: ['Kliknij ikonę kłódki po lewej stronie paska adresu.', 'Wyłącz przełącznik *Zapobieganie śledzeniu dla tej witryny*.'],
    safari: [
      'Na iPhonie lub iPadzie: stuknij *aA* na pasku adresu, potem *Ustawienia witryny* i wyłącz *Używaj blokerów zawartości*.',
      'Na Macu: wybierz Safari > *Ustawienia dla {site}* i odznacz *Włącz blokery zawartości*.',
    ],
    network: [
      'Te reklamy blokuje filtr w sieci lub na urządzeniu (usługa DNS, np. Pi-hole lub NextDNS, VPN, Prywatny DNS w Androidzie albo router). Ta strona nie może go wyłączyć.',
      'Jeśli zarządzasz tym filtrem, dodaj tam {site} do wyjątków. Jeśli nie, wesprzyj nas bezpośrednio.',
    ],
    unknown: [
      'Kliknij ikonę swojego blokera reklam na pasku narzędzi. W Chrome może być ukryta pod ikoną puzzla.',
      'Wyłącz go dla tej strony: poszukaj przycisku zasilania, przełącznika lub opcji *Wstrzymaj na tej stronie*.',
    ],
  },
};

export default pl;
