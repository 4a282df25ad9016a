// Turkish. The UI labels in the steps are the ones each product shows in this language, where it has
// one (docs/allowlist-steps.md has the sources).
import type { Locale } from './types';

const tr: Locale = {
  dir: 'ltr',
  texts: {
    title: 'Haberlerimiz reklamlarla ücretsiz',
    message:
      'Görünüşe göre reklamlar yüklenmiyor. Haberlerimizi reklamlar finanse ediyor: lütfen bu siteye izin verin veya bizi doğrudan destekleyin.',
    messageAllowlist:
      'Görünüşe göre reklamlar yüklenmiyor. Haberlerimizi reklamlar finanse ediyor: lütfen reklam engelleyicinizde bu siteye izin verin.',
    cta: 'Bizi destekleyin',
    signin: 'Zaten abone misiniz? Giriş yapın',
    help: 'Nasıl izin verilir?',
    recheck: 'İzin verdim — tekrar kontrol et',
    dismiss: 'Şimdi değil',
    checking: 'Kontrol ediliyor…',
    thanks: 'Teşekkürler!',
    still: 'Reklamlar hâlâ engelleniyor gibi görünüyor. Sayfayı yenilemek işe yarayabilir.',
    reload: 'Sayfayı yenile',
    previewLabel: 'Önizleme',
    blockerLabel: 'Reklam engelleyiciniz',
  },
  names: {
    network: 'Ağ filtresi (DNS, VPN, modem)',
    unknown: 'Diğer veya emin değilim',
  },
  steps: {
    ublock: [
      "Araç çubuğundaki uBlock Origin simgesine (kırmızı kalkan) tıklayın. Chrome'da simge, yapboz parçası şeklindeki Uzantılar menüsünde olabilir.",
      'Büyük mavi *açma/kapatma düğmesine* tıklayın: {site} için gri olur.',
      "uBO Lite'ta *Filtreleme modu* kaydırıcısını sola, “filtreleme yok” konumuna sürükleyin.",
    ],
    adblockplus: [
      "Araç çubuğundaki Adblock Plus simgesine (kırmızı dur levhası üzerinde ABP) tıklayın. Chrome'da simge, yapboz parçası şeklindeki Uzantılar menüsünde olabilir.",
      '“Şurada reklamları engelle” başlığının altında *Bu web sitesi* anahtarını kapatın.',
    ],
    adblock: [
      'Araç çubuğundaki AdBlock simgesine (kırmızı dur levhası üzerinde beyaz el) tıklayın.',
      '“Bu sitede duraklat” başlığının altında *Her Zaman* düğmesine tıklayın.',
    ],
    adguard: [
      'Araç çubuğundaki AdGuard simgesine (onay işaretli yeşil kalkan) tıklayın.',
      '{site} adının altındaki büyük anahtarı kapatın: ekranda *Koruma devre dışı* yazar.',
      'AdGuard uygulamasını mı kullanıyorsunuz (telefon, Windows, Mac)? {site} adresini uygulamanın *İzin listesi* bölümüne ekleyin.',
    ],
    ghostery: [
      'Araç çubuğundaki Ghostery simgesine (hayalet) tıklayın.',
      'Duraklatma düğmesine (*Pause on this site*) tıklayın ve süre menüsünden “Always” (her zaman) seçeneğini seçin.',
    ],
    brave: [
      'Adres çubuğundaki Brave Kalkanları simgesine (turuncu aslan) tıklayın veya dokunun.',
      '{site} için *Kalkanlar AÇIK* anahtarını kapatın. Brave sayfayı yeniden yükler.',
    ],
    opera: ['Adres çubuğunun sağ ucundaki kalkan simgesine tıklayın.', '{site} için *Reklam engelleyici* anahtarını kapatın.'],
    firefox: [
      'Adres çubuğunun solundaki kalkan simgesine tıklayın. Telefonda kalkan veya kilit simgesine dokunun.',
      'Bu site için *Gelişmiş izlenme koruması* anahtarını kapatın. Firefox sayfayı yeniden yükler.',
    ],
    edge: ['Adres çubuğunun solundaki kilit simgesine tıklayın.', '*Bu site için izleme önleme* seçeneğini kapatın.'],
    safari: [
      "iPhone veya iPad'de: adres çubuğundaki *aA* simgesine, ardından *Web Sitesi Ayarları* seçeneğine dokunun ve *İçerik Engelleyicileri Kullan* anahtarını kapatın.",
      "Mac'te: Safari > *{site} için Ayarlar* menüsünü seçin ve *İçerik engelleyicileri etkinleştir* kutusunun işaretini kaldırın.",
    ],
    network: [
      "Bu reklamları ağınızdaki veya cihazınızdaki bir filtre engelliyor (Pi-hole ya da NextDNS gibi bir DNS hizmeti, VPN, Android'de Özel DNS veya modeminiz). Bu sayfa onu kapatamaz.",
      'Bu filtreyi siz yönetiyorsanız {site} adresini izin listesine ekleyin. Yönetmiyorsanız lütfen bizi doğrudan destekleyin.',
    ],
    unknown: [
      "Araç çubuğundaki reklam engelleyici simgesine tıklayın. Chrome'da simge, yapboz parçası şeklindeki Uzantılar menüsünde olabilir.",
      'Yalnızca bu site için kapatın: bir açma/kapatma düğmesi, bir anahtar veya *Bu sitede duraklat* seçeneği arayın.',
    ],
  },
};

export default tr;
