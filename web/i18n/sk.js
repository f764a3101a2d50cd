// Slovenčina: rovnaké kľúče ako en.js.

export default {
  "page.title": "Sovereign Chat",
  "page.skipLink": "Prejsť na pole správy",
  "page.newChat": "Nový chat",
  "page.language": "Jazyk",
  "page.privacyLead": "Vaše súkromie:",
  "page.privacyText":
    "osobné údaje vo vašich správach (mená, kontaktné údaje, čísla účtov a dokladov) sa pred odoslaním modelu" +
    " AI nahrádzajú zástupnými symbolmi; v odpovediach naďalej vidíte svoje vlastné údaje. Vaša konverzácia " +
    "sa spracúva a ukladá iba v regióne tejto služby.",
  "page.conversation": "Konverzácia",
  "page.empty":
    "Začnite otázkou. Konverzácia zostane v tejto karte prehliadača, kým ju nezatvoríte alebo nezačnete nový " +
    "chat.",
  "page.messages": "Správy",
  "page.composerLabel": "Vaša správa",
  "page.send": "Odoslať",
  "page.stop": "Zastaviť",
  "page.composerHint": "Enter odošle, Shift+Enter vloží nový riadok, Escape zastaví odpoveď.",

  "rights.download": "Stiahnuť",
  "rights.downloadText": "Čitateľný text (.txt)",
  "rights.downloadJson": "Údaje (.json)",
  "rights.downloaded": "Konverzácia bola stiahnutá.",
  "rights.downloadFailed": "Konverzáciu sa nepodarilo stiahnuť. Skúste to znova o chvíľu.",
  "rights.fileTitle": "Konverzácia stiahnutá {date}",
  "rights.delete": "Odstrániť túto konverzáciu",
  "rights.confirmTitle": "Odstrániť túto konverzáciu?",
  "rights.confirmText":
    "Jej správy a osobné údaje uložené s nimi sa zo služby okamžite vymažú. Tento krok sa nedá vrátiť späť; " +
    "konverzáciu si môžete najprv stiahnuť.",
  "rights.confirmDelete": "Odstrániť",
  "rights.cancel": "Zrušiť",
  "rights.deleted": "Konverzácia bola zo služby odstránená.",
  "rights.deleteFailed": "Konverzáciu sa nepodarilo odstrániť. Skúste to znova o chvíľu.",

  "role.user": "Vy",
  "role.assistant": "Asistent",
  "role.system": "Oznámenie",
  "msg.typing": "Asistent píše",
  "msg.stopped": "Zastavené",
  "msg.incomplete": "Neúplná odpoveď",
  "msg.emptyAnswer": "Asistent dal prázdnu odpoveď.",
  "msg.errorCode": "Kód chyby: {code}",
  "msg.retry": "Skúsiť znova",
  "msg.tokens": { one: "{count} token", few: "{count} tokeny", many: "{count} tokenu", other: "{count} tokenov" },
  "msg.restoredFailed": "Táto odpoveď nebola dokončená. Otázku môžete poslať znova.",
  "msg.restoredUnanswered": "Vaša posledná správa nedostala odpoveď. Môžete ju poslať znova.",
  "tool.using": "Používam nástroj {tool}…",
  "tool.loan_calculator": "úverová kalkulačka",
  "tool.other": "Používam nástroj ({name})…",
  "msg.toolsUsed": "Použité nástroje: {tools}",

  "status.sent": "Správa bola odoslaná. Asistent odpovedá.",
  "status.complete": "Odpoveď je hotová.",
  "status.stopped": "Odpoveď ste zastavili.",
  "status.failed": "Odpoveď zlyhala.",
  "status.loading": "Načítava sa konverzácia.",
  "status.loaded": "Konverzácia je načítaná.",
  "status.newChat": "Začal sa nový chat.",

  "history.gone": "Vaša predchádzajúca konverzácia už nie je k dispozícii. Ďalšou správou začne nový chat.",
  "history.failed": "Predchádzajúce správy sa nepodarilo načítať.",
  "history.reload": "Načítať znova",

  "error.geoBlocked":
    "Tento chat nie je, žiaľ, vo vašej krajine alebo regióne dostupný. Prístup je obmedzený na miesta, kde sa" +
    " táto služba ponúka.",
  "error.refused": "Prístup k službe chatu bol odmietnutý.",
  "error.tooLong": "Vaša správa je príliš dlhá. Skráťte ju a pošlite znova.",
  "error.busy": "Služba chatu je práve preťažená. Skúste to o chvíľu znova.",
  "error.unavailable": "Služba chatu je dočasne nedostupná. Skúste to o chvíľu znova.",
  "error.unexpectedHttp": "Služba chatu odpovedala neočakávanou chybou (HTTP {status}).",
  "error.network": "Službu chatu sa nepodarilo kontaktovať. Skontrolujte pripojenie a skúste to znova.",
  "error.interrupted": "Spojenie sa prerušilo skôr, ako bola odpoveď hotová.",
  "error.unexpectedResponse": "Služba chatu poslala neočakávanú odpoveď. Skúste to znova.",
  "error.tryAgain": "Môžete to skúsiť znova.",

  "http.method_not_allowed":
    "Stránka poslala správu spôsobom, ktorý služba neprijíma. Obnovte stránku a skúste to znova.",
  "http.unsupported_media_type":
    "Stránka poslala správu vo formáte, ktorý služba neprijíma. Obnovte stránku a skúste to znova.",
  "http.missing_session_id": "Túto konverzáciu sa nepodarilo nájsť. Skúste to znova a správa sa pošle v novom chate.",
  "http.invalid_session_id": "Túto konverzáciu sa nepodarilo nájsť. Skúste to znova a správa sa pošle v novom chate.",
  "http.message_too_large": "Vaša správa je príliš dlhá. Skráťte ju a pošlite znova.",
  "http.invalid_utf8": "Vaša správa obsahuje znaky, ktoré sa nedali prečítať. Skontrolujte ju a pošlite znova.",
  "http.invalid_json":
    "Stránka poslala správu v podobe, ktorej služba nerozumela. Obnovte stránku a skúste to znova.",
  "http.missing_message":
    "Stránka poslala správu v podobe, ktorej služba nerozumela. Obnovte stránku a skúste to znova.",
  "http.invalid_message":
    "Stránka poslala správu v podobe, ktorej služba nerozumela. Obnovte stránku a skúste to znova.",
  "http.empty_message": "Vaša správa je prázdna. Niečo napíšte a pošlite ju znova.",
  "http.session_not_found":
    "Platnosť tejto konverzácie vypršala alebo už neexistuje. Skúste to znova a správa sa pošle v novom " +
    "chate.",
  "http.storage_unavailable": "Konverzáciu sa teraz nedá načítať. Skúste to o chvíľu znova.",
  "http.token_budget_exhausted": "Táto konverzácia dosiahla limit používania. Pokračujte v novom chate.",
  "http.service_budget_exhausted": "Služba chatu dosiahla dnešný limit používania. Skúste to zajtra.",
  "http.session_busy":
    "Na vašu predchádzajúcu správu sa ešte odpovedá. Chvíľu počkajte a potom túto správu pošlite znova.",

  "stream.model_throttled": "Model AI teraz dostáva priveľa požiadaviek, preto sa odpoveď zastavila.",
  "stream.model_stream_error": "Odpoveď modelu AI bola prerušená.",
  "stream.model_unavailable": "Model AI je dočasne nedostupný.",
  "stream.model_error": "Model AI nedokázal na túto požiadavku odpovedať.",
  "stream.pii_detection_unavailable":
    "Vaša správa nebola odoslaná modelu AI, pretože kontrola súkromia, ktorá chráni vaše osobné údaje, je " +
    "momentálne nedostupná.",
  "stream.storage_unavailable": "Konverzáciu sa nepodarilo uložiť, preto sa odpoveď zastavila.",
  "stream.session_busy": "Na inú správu tejto konverzácie sa ešte odpovedalo.",
  "stream.token_budget_exhausted": "Táto konverzácia dosiahla limit používania. Pokračujte v novom chate.",
  "stream.tool_result_detection_unavailable":
    "Kontrola súkromia, ktorá chráni vaše osobné údaje, prestala byť dostupná pri kontrole výsledku nástroja, " +
    "preto sa odpoveď zastavila.",
  "stream.storage_limit_exceeded":
    "Vaša správa je príliš veľká na to, aby sa dala uložiť. Skráťte ju a pošlite znova.",
  "stream.service_budget_exhausted":
    "Služba chatu dosiahla dnešný limit používania, preto sa odpoveď zastavila. Skúste to zajtra.",
  "stream.configuration_unavailable": "Služba chatu je dočasne nedostupná.",
  "stream.tool_rounds_exhausted":
    "Odpoveď potrebovala viac volaní nástrojov, než táto služba povoľuje, preto sa zastavila.",
  "stream.internal_error": "Na našej strane sa niečo pokazilo a odpoveď sa nedala dokončiť.",
  "stream.unknown": "Niečo sa pokazilo a odpoveď sa nedala dokončiť.",

  "received.show": "Čo dostala AI",
  "received.loading": "Načítava sa, čo dostala AI…",
  "received.lead":
    "Model AI dostal presne tento text. Každý zvýraznený zástupný symbol zastupuje vašu hodnotu, ktorá " +
    "zostala v tejto službe; AI ju nikdy nevidela.",
  "received.nothingReplaced":
    "Nič v tejto správe nebolo rozpoznané ako osobný údaj, takže ju model AI dostal presne tak, ako ste ju " +
    "napísali.",
  "received.legend": "Typy zástupných symbolov",
  "received.typed":
    "{typed} je text, ktorý ste napísali sami, nie zástupný symbol: AI ho dostala v zátvorkách plnej " +
    "šírky a nič zaň nebolo dosadené.",
  "received.missing":
    "Táto správa nie je v uloženej konverzácii, takže nie je čo zobraziť. Správa, ktorú služba odmietla pred " +
    "volaním modelu AI (napríklad keď nebola dostupná kontrola súkromia), sa k nemu nikdy nedostala a " +
    "neukladá sa.",
  "received.failed": "To, čo dostala AI, sa nepodarilo načítať. Zatvorte tento panel a otvorte ho znova.",
  "received.toolsLead":
    "Pri tejto odpovedi použil model AI nástroje. Ich vstupy zapísal so zástupnými symbolmi (nástroje dostali" +
    " vaše hodnoty v regióne tejto služby) a so zástupnými symbolmi dostal aj ich výsledky.",
  "received.toolInput": "Nástroj ({tool}), vstup, ako ho zapísala AI:",
  "received.toolResult": "Nástroj ({tool}), výsledok, ako ho dostala AI:",
  "pii.NAME": "meno osoby",
  "pii.EMAIL": "e-mailová adresa",
  "pii.PHONE": "telefónne číslo",
  "pii.IBAN": "číslo bankového účtu (IBAN)",
  "pii.CARD": "číslo platobnej karty",
  "pii.ADDRESS": "poštová adresa",
  "pii.NATIONAL_ID": "rodné číslo, daňové číslo alebo číslo sociálneho poistenia",
  "pii.BANK_ACCOUNT": "číslo bankového účtu alebo kód banky",
  "pii.SWIFT_CODE": "kód SWIFT/BIC banky",
  "pii.CARD_CVV": "bezpečnostný kód karty",
  "pii.CARD_EXPIRY": "dátum platnosti karty",
  "pii.PIN": "PIN",
  "pii.HEALTH_ID": "číslo zdravotného poistenia",
  "pii.PASSPORT": "číslo cestovného pasu",
  "pii.DRIVER_ID": "číslo vodičského preukazu",
  "pii.DATE": "dátum alebo čas",
  "pii.BIRTH_DATE": "dátum narodenia",
  "pii.AGE": "vek",
  "pii.URL": "webová adresa",
  "pii.USERNAME": "používateľské meno",
  "pii.PASSWORD": "heslo",
  "pii.SECRET": "prístupový kľúč alebo tajný údaj",
  "pii.IP_ADDRESS": "IP adresa",
  "pii.MAC_ADDRESS": "MAC adresa zariadenia",
  "pii.LICENSE_PLATE": "evidenčné číslo vozidla",
  "pii.VEHICLE_ID": "identifikačné číslo vozidla (VIN)",
  "pii.nationalIdOf": "rodné číslo, daňové číslo alebo číslo sociálneho poistenia ({country})",
  "pii.other": "iné osobné údaje",
};
