// Eesti: samad võtmed nagu en.js.

export default {
  "page.title": "Sovereign Chat",
  "page.skipLink": "Mine sõnumiväljale",
  "page.newChat": "Uus vestlus",
  "page.language": "Keel",
  "page.privacyLead": "Sinu privaatsus:",
  "page.privacyText":
    "sinu sõnumites olevad isikuandmed (nimed, kontaktandmed, panga- ja isikukoodid) asendatakse " +
    "kohatäidetega enne, kui need tehisintellekti mudelini jõuavad; vastustes näed endiselt oma andmeid. Sinu" +
    " vestlust töödeldakse ja hoitakse ainult selle teenuse piirkonnas.",
  "page.conversation": "Vestlus",
  "page.empty":
    "Alustamiseks esita küsimus. Vestlus jääb sellesse brauseri vahekaarti, kuni selle sulged või alustad uut" +
    " vestlust.",
  "page.messages": "Sõnumid",
  "page.composerLabel": "Sinu sõnum",
  "page.send": "Saada",
  "page.stop": "Peata",
  "page.composerHint": "Enter saadab, Shift+Enter alustab uut rida, Escape peatab vastuse.",

  "rights.download": "Laadi alla",
  "rights.downloadText": "Loetav tekst (.txt)",
  "rights.downloadJson": "Andmed (.json)",
  "rights.downloaded": "Vestlus laaditi alla.",
  "rights.downloadFailed": "Vestlust ei õnnestunud alla laadida. Proovi mõne hetke pärast uuesti.",
  "rights.fileTitle": "Vestlus, alla laaditud {date}",
  "rights.delete": "Kustuta see vestlus",
  "rights.confirmTitle": "Kas kustutada see vestlus?",
  "rights.confirmText":
    "Selle sõnumid ja nendega koos hoitud isikuandmed kustutatakse teenusest kohe. Seda ei saa tagasi võtta; " +
    "võid vestluse enne alla laadida.",
  "rights.confirmDelete": "Kustuta",
  "rights.cancel": "Tühista",
  "rights.deleted": "Vestlus kustutati teenusest.",
  "rights.deleteFailed": "Vestlust ei õnnestunud kustutada. Proovi mõne hetke pärast uuesti.",

  "role.user": "Sina",
  "role.assistant": "Assistent",
  "role.system": "Teade",
  "msg.typing": "Assistent kirjutab",
  "msg.stopped": "Peatatud",
  "msg.incomplete": "Pooleli jäänud vastus",
  "msg.emptyAnswer": "Assistent andis tühja vastuse.",
  "msg.errorCode": "Veakood: {code}",
  "msg.retry": "Proovi uuesti",
  "msg.tokens": { one: "{count} sõne", other: "{count} sõnet" },
  "msg.restoredFailed": "See vastus jäi pooleli. Võid küsimuse uuesti saata.",
  "msg.restoredUnanswered": "Sinu viimane sõnum jäi vastuseta. Võid selle uuesti saata.",
  "tool.using": "Kasutan tööriista: {tool}…",
  "tool.loan_calculator": "laenukalkulaator",
  "tool.other": "Kasutan tööriista ({name})…",
  "msg.toolsUsed": "Kasutatud tööriistad: {tools}",

  "status.sent": "Sõnum on saadetud. Assistent vastab.",
  "status.complete": "Vastus on valmis.",
  "status.stopped": "Sa peatasid vastuse.",
  "status.failed": "Vastus ebaõnnestus.",
  "status.loading": "Sinu vestlust laaditakse.",
  "status.loaded": "Sinu vestlus on laaditud.",
  "status.newChat": "Alustati uut vestlust.",

  "history.gone": "Sinu eelmine vestlus pole enam saadaval. Järgmine sõnum alustab uut vestlust.",
  "history.failed": "Sinu varasemaid sõnumeid ei õnnestunud laadida.",
  "history.reload": "Laadi uuesti",

  "error.geoBlocked":
    "Kahjuks pole see vestlus sinu riigis ega piirkonnas saadaval. Juurdepääs on piiratud kohtadega, kus seda" +
    " teenust pakutakse.",
  "error.refused": "Juurdepääs vestlusteenusele keelati.",
  "error.tooLong": "Sinu sõnum on liiga pikk. Lühenda seda ja saada uuesti.",
  "error.busy": "Vestlusteenus on praegu ülekoormatud. Proovi mõne hetke pärast uuesti.",
  "error.unavailable": "Vestlusteenus pole ajutiselt saadaval. Proovi mõne hetke pärast uuesti.",
  "error.unexpectedHttp": "Vestlusteenus vastas ootamatu veaga (HTTP {status}).",
  "error.network": "Vestlusteenusega ei õnnestunud ühendust saada. Kontrolli ühendust ja proovi uuesti.",
  "error.interrupted": "Ühendus katkes enne, kui vastus valmis sai.",
  "error.unexpectedResponse": "Vestlusteenus saatis ootamatu vastuse. Proovi uuesti.",
  "error.tryAgain": "Võid uuesti proovida.",

  "http.method_not_allowed":
    "Leht saatis sõnumi viisil, mida teenus ei aktsepteeri. Laadi leht uuesti ja proovi siis veel kord.",
  "http.unsupported_media_type":
    "Leht saatis sõnumi vormingus, mida teenus ei aktsepteeri. Laadi leht uuesti ja proovi siis veel kord.",
  "http.missing_session_id": "Seda vestlust ei leitud. Proovi uuesti, et saata sõnum uues vestluses.",
  "http.invalid_session_id": "Seda vestlust ei leitud. Proovi uuesti, et saata sõnum uues vestluses.",
  "http.message_too_large": "Sinu sõnum on liiga pikk. Lühenda seda ja saada uuesti.",
  "http.invalid_utf8": "Sinu sõnumis on märke, mida ei õnnestunud lugeda. Kontrolli seda ja saada uuesti.",
  "http.invalid_json":
    "Leht saatis sõnumi kujul, millest teenus aru ei saanud. Laadi leht uuesti ja proovi siis veel kord.",
  "http.missing_message":
    "Leht saatis sõnumi kujul, millest teenus aru ei saanud. Laadi leht uuesti ja proovi siis veel kord.",
  "http.invalid_message":
    "Leht saatis sõnumi kujul, millest teenus aru ei saanud. Laadi leht uuesti ja proovi siis veel kord.",
  "http.empty_message": "Sinu sõnum on tühi. Kirjuta midagi ja saada uuesti.",
  "http.session_not_found":
    "See vestlus on aegunud või seda pole enam. Proovi uuesti, et saata sõnum uues vestluses.",
  "http.storage_unavailable": "Vestlust ei saa praegu lugeda. Proovi mõne hetke pärast uuesti.",
  "http.token_budget_exhausted": "See vestlus on jõudnud oma kasutuspiirini. Jätkamiseks alusta uut vestlust.",
  "http.service_budget_exhausted": "Vestlusteenus on jõudnud tänase kasutuspiirini. Proovi homme uuesti.",
  "http.session_busy": "Sinu eelmisele sõnumile alles vastatakse. Oota hetk ja saada see sõnum siis uuesti.",

  "stream.model_throttled": "Tehisintellekti mudel saab praegu liiga palju päringuid, seetõttu vastus katkes.",
  "stream.model_stream_error": "Tehisintellekti mudeli vastus katkes.",
  "stream.model_unavailable": "Tehisintellekti mudel pole ajutiselt saadaval.",
  "stream.model_error": "Tehisintellekti mudel ei suutnud sellele päringule vastata.",
  "stream.pii_detection_unavailable":
    "Sinu sõnumit ei saadetud tehisintellekti mudelile, sest sinu isikuandmeid kaitsev privaatsuskontroll " +
    "pole praegu saadaval.",
  "stream.storage_unavailable": "Vestlust ei õnnestunud salvestada, seetõttu vastus katkes.",
  "stream.session_busy": "Selle vestluse teisele sõnumile alles vastati.",
  "stream.token_budget_exhausted": "See vestlus on jõudnud oma kasutuspiirini. Jätkamiseks alusta uut vestlust.",
  "stream.tool_result_detection_unavailable":
    "Sinu isikuandmeid kaitsev privaatsuskontroll muutus tööriista tulemuse kontrollimise ajal kättesaamatuks, " +
    "seetõttu vastus katkes.",
  "stream.storage_limit_exceeded": "Sinu sõnum on salvestamiseks liiga suur. Lühenda seda ja saada uuesti.",
  "stream.service_budget_exhausted":
    "Vestlusteenus on jõudnud tänase kasutuspiirini, seetõttu vastus katkes. Proovi homme uuesti.",
  "stream.configuration_unavailable": "Vestlusteenus pole ajutiselt saadaval.",
  "stream.tool_rounds_exhausted": "Vastus vajas rohkem tööriistakutseid, kui teenus lubab, seetõttu see katkes.",
  "stream.internal_error": "Meie poolel läks midagi valesti ja vastust ei õnnestunud lõpetada.",
  "stream.unknown": "Midagi läks valesti ja vastust ei õnnestunud lõpetada.",

  "received.show": "Mida tehisintellekt sai",
  "received.loading": "Laadin, mida tehisintellekt sai…",
  "received.lead":
    "Tehisintellekti mudel sai täpselt selle teksti. Iga esiletõstetud kohatäide tähistab sinu väärtust, mis " +
    "jäi sellesse teenusesse; tehisintellekt ei näinud seda kunagi.",
  "received.nothingReplaced":
    "Selles sõnumis ei tuvastatud isikuandmeid, seega sai tehisintellekti mudel selle täpselt nii, nagu sa " +
    "selle kirjutasid.",
  "received.legend": "Kohatäidete tüübid",
  "received.typed":
    "{typed} on tekst, mille kirjutasid ise, mitte kohatäide: tehisintellekt sai selle täislaiusega " +
    "sulgudes ja selle asemele ei pandud midagi.",
  "received.missing":
    "Seda sõnumit pole salvestatud vestluses, seega pole midagi näidata. Sõnum, mille teenus enne " +
    "tehisintellekti mudeli poole pöördumist tagasi lükkas (näiteks siis, kui privaatsuskontroll polnud " +
    "saadaval), ei jõudnudki mudelini ja seda ei salvestata.",
  "received.failed":
    "Seda, mida tehisintellekt sai, ei õnnestunud laadida. Sulge see ja ava uuesti, et uuesti proovida.",
  "received.toolsLead":
    "Selle vastuse jaoks kasutas tehisintellekti mudel tööriistu. See kirjutas nende sisendid kohatäidetega " +
    "(tööriistad said sinu väärtused selle teenuse piirkonnas) ja sai ka nende tulemused kohatäidetega.",
  "received.toolInput": "Tööriist ({tool}), sisend nii, nagu tehisintellekt selle kirjutas:",
  "received.toolResult": "Tööriist ({tool}), tulemus nii, nagu tehisintellekt selle sai:",
  "pii.NAME": "isiku nimi",
  "pii.EMAIL": "e-posti aadress",
  "pii.PHONE": "telefoninumber",
  "pii.IBAN": "pangakonto number (IBAN)",
  "pii.CARD": "maksekaardi number",
  "pii.ADDRESS": "postiaadress",
  "pii.NATIONAL_ID": "isikukood, maksukohustuslase number või sotsiaalkindlustuse number",
  "pii.BANK_ACCOUNT": "pangakonto number või panga kood",
  "pii.SWIFT_CODE": "panga SWIFT/BIC-kood",
  "pii.CARD_CVV": "kaardi turvakood",
  "pii.CARD_EXPIRY": "kaardi kehtivusaeg",
  "pii.PIN": "PIN-kood",
  "pii.HEALTH_ID": "ravikindlustuse number",
  "pii.PASSPORT": "passi number",
  "pii.DRIVER_ID": "juhiloa number",
  "pii.DATE": "kuupäev või kellaaeg",
  "pii.BIRTH_DATE": "sünniaeg",
  "pii.AGE": "vanus",
  "pii.URL": "veebiaadress",
  "pii.USERNAME": "kasutajanimi",
  "pii.PASSWORD": "parool",
  "pii.SECRET": "juurdepääsuvõti või saladus",
  "pii.IP_ADDRESS": "IP-aadress",
  "pii.MAC_ADDRESS": "seadme MAC-aadress",
  "pii.LICENSE_PLATE": "sõiduki registreerimisnumber",
  "pii.VEHICLE_ID": "sõiduki identifitseerimisnumber (VIN)",
  "pii.nationalIdOf": "isikukood, maksukohustuslase number või sotsiaalkindlustuse number ({country})",
  "pii.other": "muud isikuandmed",
};
