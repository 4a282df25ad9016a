// Built-in strings, one `|`-separated line per language in TEXT_KEYS order: the compact form
// keeps all ten languages within the bundle's size budget (keys are not repeated ten times).
// To add a language: append a line with the same 15 fields, keyed by its primary subtag; add the
// subtag to RTL if it is written right to left.

/** Built-in strings by primary language subtag. */
export const STRINGS: Record<string, string> = {
  en: "Ads keep our journalism free|It looks like ads aren't loading. Please support us or allowlist this site.|Support us|How to allowlist|I've allowlisted — check again|Not now|Checking…|Thank you!|Still blocked. A reload may help.|Reload page|Click the {b} icon.|Open your ad blocker.|Turn it off for this site.|Other|Preview",
  de: 'Werbung finanziert unseren Journalismus|Anzeigen laden offenbar nicht. Bitte unterstützen Sie uns oder lassen Sie diese Seite zu.|Unterstützen|So lassen Sie uns zu|Erledigt – erneut prüfen|Jetzt nicht|Prüfe…|Danke!|Noch blockiert. Neuladen kann helfen.|Seite neu laden|Klicken Sie auf das {b}-Symbol.|Öffnen Sie Ihren Werbeblocker.|Schalten Sie ihn hier aus.|Andere|Vorschau',
  fr: "La pub finance notre journalisme|Les publicités ne se chargent pas. Soutenez-nous ou autorisez ce site.|Nous soutenir|Comment autoriser|C'est fait, vérifier|Plus tard|Vérification…|Merci !|Toujours bloqué. Rechargez la page.|Recharger la page|Cliquez sur l'icône {b}.|Ouvrez votre bloqueur.|Désactivez-le sur ce site.|Autre|Aperçu",
  es: 'La publicidad financia nuestro periodismo|Parece que los anuncios no cargan. Apóyanos o permite este sitio.|Apóyanos|Cómo permitirlo|Hecho: comprobar|Ahora no|Comprobando…|¡Gracias!|Sigue bloqueado. Prueba a recargar.|Recargar página|Haz clic en el icono de {b}.|Abre tu bloqueador.|Desactívalo en este sitio.|Otro|Vista previa',
  it: "La pubblicità finanzia il nostro giornalismo|Sembra che gli annunci non si carichino. Sostienici o consenti questo sito.|Sostienici|Come consentire|Fatto, ricontrolla|Non ora|Controllo…|Grazie!|Ancora bloccato. Prova a ricaricare.|Ricarica la pagina|Fai clic sull'icona di {b}.|Apri il tuo blocco annunci.|Disattivalo su questo sito.|Altro|Anteprima",
  pt: 'A publicidade financia o nosso jornalismo|Parece que os anúncios não carregam. Apoie-nos ou permita este site.|Apoie-nos|Como permitir|Feito, verificar|Agora não|Verificando…|Obrigado!|Ainda bloqueado. Tente recarregar.|Recarregar página|Clique no ícone do {b}.|Abra o seu bloqueador.|Desative-o neste site.|Outro|Pré-visualização',
  nl: 'Advertenties betalen onze journalistiek|Advertenties lijken niet te laden. Steun ons of sta deze site toe.|Steun ons|Zo sta je ons toe|Klaar, opnieuw controleren|Niet nu|Controleren…|Bedankt!|Nog geblokkeerd. Herladen kan helpen.|Pagina herladen|Klik op het {b}-pictogram.|Open je adblocker.|Zet hem uit voor deze site.|Andere|Voorbeeld',
  pl: 'Reklamy finansują nasze dziennikarstwo|Reklamy chyba się nie wczytują. Wesprzyj nas lub dodaj tę stronę do wyjątków.|Wesprzyj nas|Jak dodać wyjątek|Gotowe, sprawdź ponownie|Nie teraz|Sprawdzanie…|Dziękujemy!|Nadal zablokowane. Odśwież stronę.|Odśwież stronę|Kliknij ikonę {b}.|Otwórz bloker reklam.|Wyłącz go dla tej strony.|Inny|Podgląd',
  tr: 'Reklamlar gazeteciliğimizi destekliyor|Reklamlar yüklenmiyor gibi. Bizi destekleyin veya bu siteye izin verin.|Destek olun|Nasıl izin verilir|Tamam, tekrar kontrol et|Şimdi değil|Kontrol ediliyor…|Teşekkürler!|Hâlâ engelli. Sayfayı yenileyin.|Sayfayı yenile|{b} simgesine tıklayın.|Reklam engelleyicinizi açın.|Bu site için kapatın.|Diğer|Önizleme',
  ar: 'الإعلانات تموّل صحافتنا|يبدو أن الإعلانات لا تُحمَّل. ادعمنا أو اسمح بهذا الموقع.|ادعمنا|طريقة السماح|تمّ، تحقّق مجددًا|ليس الآن|جارٍ التحقق…|شكرًا!|ما زال محظورًا. أعد تحميل الصفحة.|إعادة التحميل|انقر على أيقونة {b}.|افتح مانع الإعلانات.|أوقفه لهذا الموقع.|غير ذلك|معاينة',
};

/** Primary subtags of languages written right to left. */
export const RTL = ['ar', 'he', 'fa', 'ur'];
