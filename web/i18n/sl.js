// Slovenščina: isti ključi kot en.js.

export default {
  "page.title": "Sovereign Chat",
  "page.skipLink": "Skoči na polje za sporočilo",
  "page.newChat": "Nov klepet",
  "page.language": "Jezik",
  "page.privacyLead": "Vaša zasebnost:",
  "page.privacyText":
    "osebni podatki v vaših sporočilih (imena, kontaktni podatki, bančne in identifikacijske številke) se " +
    "zamenjajo z nadomestnimi oznakami, preden dosežejo model umetne inteligence; v odgovorih še vedno vidite" +
    " svoje podatke. Vaš pogovor se obdeluje in shranjuje samo v regiji te storitve.",
  "page.conversation": "Pogovor",
  "page.empty":
    "Za začetek postavite vprašanje. Pogovor ostane v tem zavihku brskalnika, dokler ga ne zaprete ali " +
    "začnete novega klepeta.",
  "page.messages": "Sporočila",
  "page.composerLabel": "Vaše sporočilo",
  "page.send": "Pošlji",
  "page.stop": "Ustavi",
  "page.composerHint": "Enter pošlje, Shift+Enter začne novo vrstico, Escape ustavi odgovor.",

  "rights.download": "Prenesi",
  "rights.downloadText": "Berljivo besedilo (.txt)",
  "rights.downloadJson": "Podatki (.json)",
  "rights.downloaded": "Pogovor je bil prenesen.",
  "rights.downloadFailed": "Pogovora ni bilo mogoče prenesti. Poskusite znova čez trenutek.",
  "rights.fileTitle": "Pogovor, prenesen {date}",
  "rights.delete": "Izbriši ta pogovor",
  "rights.confirmTitle": "Želite izbrisati ta pogovor?",
  "rights.confirmText":
    "Njegova sporočila in osebni podatki, shranjeni z njimi, bodo takoj izbrisani iz storitve. Tega ni " +
    "mogoče razveljaviti; pogovor lahko najprej prenesete.",
  "rights.confirmDelete": "Izbriši",
  "rights.cancel": "Prekliči",
  "rights.deleted": "Pogovor je bil izbrisan iz storitve.",
  "rights.deleteFailed": "Pogovora ni bilo mogoče izbrisati. Poskusite znova čez trenutek.",

  "role.user": "Vi",
  "role.assistant": "Pomočnik",
  "role.system": "Obvestilo",
  "msg.typing": "Pomočnik piše",
  "msg.stopped": "Ustavljeno",
  "msg.incomplete": "Nepopoln odgovor",
  "msg.emptyAnswer": "Pomočnik je dal prazen odgovor.",
  "msg.errorCode": "Koda napake: {code}",
  "msg.retry": "Poskusi znova",
  "msg.tokens": { one: "{count} žeton", two: "{count} žetona", few: "{count} žetoni", other: "{count} žetonov" },
  "msg.restoredFailed": "Ta odgovor ni bil dokončan. Vprašanje lahko pošljete znova.",
  "msg.restoredUnanswered": "Vaše zadnje sporočilo ni dobilo odgovora. Lahko ga pošljete znova.",
  "tool.using": "Uporabljam orodje {tool}…",
  "tool.loan_calculator": "kreditni kalkulator",
  "tool.other": "Uporabljam orodje ({name})…",
  "msg.toolsUsed": "Uporabljena orodja: {tools}",

  "status.sent": "Sporočilo je poslano. Pomočnik odgovarja.",
  "status.complete": "Odgovor je dokončan.",
  "status.stopped": "Odgovor ste ustavili.",
  "status.failed": "Odgovor ni uspel.",
  "status.loading": "Nalaganje pogovora.",
  "status.loaded": "Pogovor je naložen.",
  "status.newChat": "Začel se je nov klepet.",

  "history.gone": "Vaš prejšnji pogovor ni več na voljo. Z naslednjim sporočilom se začne nov klepet.",
  "history.failed": "Prejšnjih sporočil ni bilo mogoče naložiti.",
  "history.reload": "Naloži znova",

  "error.geoBlocked":
    "Žal ta klepet ni na voljo v vaši državi ali regiji. Dostop je omejen na kraje, kjer se ta storitev " +
    "ponuja.",
  "error.refused": "Dostop do storitve klepeta je bil zavrnjen.",
  "error.tooLong": "Vaše sporočilo je predolgo. Skrajšajte ga in ga pošljite znova.",
  "error.busy": "Storitev klepeta je trenutno preobremenjena. Poskusite znova čez trenutek.",
  "error.unavailable": "Storitev klepeta začasno ni na voljo. Poskusite znova čez trenutek.",
  "error.unexpectedHttp": "Storitev klepeta je odgovorila z nepričakovano napako (HTTP {status}).",
  "error.network": "Storitve klepeta ni bilo mogoče doseči. Preverite povezavo in poskusite znova.",
  "error.interrupted": "Povezava se je prekinila, preden je bil odgovor dokončan.",
  "error.unexpectedResponse": "Storitev klepeta je poslala nepričakovan odgovor. Poskusite znova.",
  "error.tryAgain": "Lahko poskusite znova.",

  "http.method_not_allowed":
    "Stran je sporočilo poslala na način, ki ga storitev ne sprejema. Znova naložite stran in poskusite " +
    "ponovno.",
  "http.unsupported_media_type":
    "Stran je sporočilo poslala v obliki zapisa, ki je storitev ne sprejema. Znova naložite stran in " +
    "poskusite ponovno.",
  "http.missing_session_id":
    "Tega pogovora ni bilo mogoče najti. Poskusite znova, da sporočilo pošljete v novem klepetu.",
  "http.invalid_session_id":
    "Tega pogovora ni bilo mogoče najti. Poskusite znova, da sporočilo pošljete v novem klepetu.",
  "http.message_too_large": "Vaše sporočilo je predolgo. Skrajšajte ga in ga pošljite znova.",
  "http.invalid_utf8":
    "Vaše sporočilo vsebuje znake, ki jih ni bilo mogoče prebrati. Preverite ga in ga pošljite znova.",
  "http.invalid_json":
    "Stran je sporočilo poslala v obliki, ki je storitev ni razumela. Znova naložite stran in poskusite " +
    "ponovno.",
  "http.missing_message":
    "Stran je sporočilo poslala v obliki, ki je storitev ni razumela. Znova naložite stran in poskusite " +
    "ponovno.",
  "http.invalid_message":
    "Stran je sporočilo poslala v obliki, ki je storitev ni razumela. Znova naložite stran in poskusite " +
    "ponovno.",
  "http.empty_message": "Vaše sporočilo je prazno. Napišite nekaj in ga pošljite znova.",
  "http.session_not_found":
    "Ta pogovor je potekel ali ne obstaja več. Poskusite znova, da sporočilo pošljete v novem klepetu.",
  "http.storage_unavailable": "Pogovora trenutno ni mogoče prebrati. Poskusite znova čez trenutek.",
  "http.token_budget_exhausted": "Ta pogovor je dosegel omejitev uporabe. Za nadaljevanje začnite nov klepet.",
  "http.service_budget_exhausted": "Storitev klepeta je dosegla današnjo omejitev uporabe. Poskusite znova jutri.",
  "http.session_busy":
    "Na vaše prejšnje sporočilo se še odgovarja. Počakajte trenutek in nato znova pošljite to sporočilo.",

  "stream.model_throttled": "Model umetne inteligence trenutno prejema preveč zahtev, zato se je odgovor ustavil.",
  "stream.model_stream_error": "Odgovor modela umetne inteligence je bil prekinjen.",
  "stream.model_unavailable": "Model umetne inteligence začasno ni na voljo.",
  "stream.model_error": "Model umetne inteligence na to zahtevo ni mogel odgovoriti.",
  "stream.pii_detection_unavailable":
    "Vaše sporočilo ni bilo poslano modelu umetne inteligence, ker preverjanje zasebnosti, ki ščiti vaše " +
    "osebne podatke, trenutno ni na voljo.",
  "stream.storage_unavailable": "Pogovora ni bilo mogoče shraniti, zato se je odgovor ustavil.",
  "stream.session_busy": "Na drugo sporočilo tega pogovora se je še odgovarjalo.",
  "stream.token_budget_exhausted": "Ta pogovor je dosegel omejitev uporabe. Za nadaljevanje začnite nov klepet.",
  "stream.tool_result_detection_unavailable":
    "Preverjanje zasebnosti, ki ščiti vaše osebne podatke, med preverjanjem rezultata orodja ni bilo več na " +
    "voljo, zato se je odgovor tam ustavil.",
  "stream.storage_limit_exceeded":
    "Vaše sporočilo je preveliko, da bi ga bilo mogoče shraniti. Skrajšajte ga in ga pošljite znova.",
  "stream.service_budget_exhausted":
    "Storitev klepeta je dosegla današnjo omejitev uporabe, zato se je odgovor ustavil. Poskusite znova jutri.",
  "stream.configuration_unavailable": "Storitev klepeta začasno ni na voljo.",
  "stream.tool_rounds_exhausted":
    "Odgovor je potreboval več klicev orodij, kot jih ta storitev dovoljuje, zato se je ustavil.",
  "stream.internal_error": "Na naši strani je šlo nekaj narobe in odgovora ni bilo mogoče dokončati.",
  "stream.unknown": "Nekaj je šlo narobe in odgovora ni bilo mogoče dokončati.",

  "received.show": "Kaj je prejela UI",
  "received.loading": "Nalaganje tega, kar je prejela UI…",
  "received.lead":
    "Model umetne inteligence je prejel natanko to besedilo. Vsaka označena nadomestna oznaka stoji namesto " +
    "vaše vrednosti, ki je ostala v tej storitvi; UI je ni nikoli videla.",
  "received.nothingReplaced":
    "Nič v tem sporočilu ni bilo prepoznano kot osebni podatek, zato ga je model umetne inteligence prejel " +
    "natanko tako, kot ste ga napisali.",
  "received.legend": "Vrste nadomestnih oznak",
  "received.typed":
    "{typed} je besedilo, ki ste ga vnesli sami, in ne nadomestna oznaka: UI ga je prejela v oglatih " +
    "oklepajih polne širine in namesto njega ni bilo vstavljeno nič.",
  "received.missing":
    "Tega sporočila ni v shranjenem pogovoru, zato ni ničesar za prikaz. Sporočilo, ki ga je storitev " +
    "zavrnila pred klicem modela umetne inteligence (na primer, ko preverjanje zasebnosti ni bilo na voljo), " +
    "ga ni nikoli doseglo in se ne shrani.",
  "received.failed":
    "Tega, kar je prejela UI, ni bilo mogoče naložiti. Zaprite in znova odprite, da poskusite ponovno.",
  "received.toolsLead":
    "Za ta odgovor je model umetne inteligence uporabil orodja. Njihove vhodne podatke je zapisal z " +
    "nadomestnimi oznakami (orodja so vaše vrednosti prejela znotraj regije te storitve) in tudi njihove " +
    "rezultate prejel z nadomestnimi oznakami.",
  "received.toolInput": "Orodje ({tool}), vhodni podatki, kot jih je zapisala UI:",
  "received.toolResult": "Orodje ({tool}), rezultat, kot ga je prejela UI:",
  "pii.NAME": "ime osebe",
  "pii.EMAIL": "e-poštni naslov",
  "pii.PHONE": "telefonska številka",
  "pii.IBAN": "številka bančnega računa (IBAN)",
  "pii.CARD": "številka plačilne kartice",
  "pii.ADDRESS": "poštni naslov",
  "pii.NATIONAL_ID": "enotna matična, davčna ali zavarovalna številka",
  "pii.BANK_ACCOUNT": "številka bančnega računa ali koda banke",
  "pii.SWIFT_CODE": "koda SWIFT/BIC banke",
  "pii.CARD_CVV": "varnostna koda kartice",
  "pii.CARD_EXPIRY": "datum poteka veljavnosti kartice",
  "pii.PIN": "koda PIN",
  "pii.HEALTH_ID": "številka zdravstvenega zavarovanja",
  "pii.PASSPORT": "številka potnega lista",
  "pii.DRIVER_ID": "številka vozniškega dovoljenja",
  "pii.DATE": "datum ali čas",
  "pii.BIRTH_DATE": "datum rojstva",
  "pii.AGE": "starost",
  "pii.URL": "spletni naslov",
  "pii.USERNAME": "uporabniško ime",
  "pii.PASSWORD": "geslo",
  "pii.SECRET": "dostopni ključ ali skrivnost",
  "pii.IP_ADDRESS": "naslov IP",
  "pii.MAC_ADDRESS": "naslov MAC naprave",
  "pii.LICENSE_PLATE": "registrska tablica vozila",
  "pii.VEHICLE_ID": "identifikacijska številka vozila (VIN)",
  "pii.nationalIdOf": "enotna matična, davčna ali zavarovalna številka ({country})",
  "pii.other": "drugi osebni podatki",
};
