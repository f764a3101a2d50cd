// Magyar: ugyanazok a kulcsok, mint az en.js-ben.

export default {
  "page.title": "Sovereign Chat",
  "page.skipLink": "Ugrás az üzenetmezőre",
  "page.newChat": "Új beszélgetés",
  "page.language": "Nyelv",
  "page.privacyLead": "Adatvédelem:",
  "page.privacyText":
    "az üzeneteidben szereplő személyes adatokat (neveket, elérhetőségeket, bank- és azonosítószámokat) " +
    "helyőrzők váltják fel, mielőtt eljutnának az MI-modellhez; a válaszokban továbbra is a saját adataidat " +
    "látod. A beszélgetésed feldolgozása és tárolása kizárólag a szolgáltatás régiójában történik.",
  "page.conversation": "Beszélgetés",
  "page.empty":
    "Kezdésként tegyél fel egy kérdést. A beszélgetés ebben a böngészőlapon marad, amíg be nem zárod, vagy új" +
    " beszélgetést nem kezdesz.",
  "page.messages": "Üzenetek",
  "page.composerLabel": "Üzeneted",
  "page.send": "Küldés",
  "page.stop": "Leállítás",
  "page.composerHint": "Az Enter elküldi, a Shift+Enter új sort kezd, az Escape leállítja a választ.",

  "rights.download": "Letöltés",
  "rights.downloadText": "Olvasható szöveg (.txt)",
  "rights.downloadJson": "Adatok (.json)",
  "rights.downloaded": "A beszélgetés letöltődött.",
  "rights.downloadFailed": "A beszélgetést nem sikerült letölteni. Próbáld újra egy kis idő múlva.",
  "rights.fileTitle": "Beszélgetés, letöltve: {date}",
  "rights.delete": "A beszélgetés törlése",
  "rights.confirmTitle": "Törlöd ezt a beszélgetést?",
  "rights.confirmText":
    "Az üzenetei és a velük együtt tárolt személyes adatok azonnal törlődnek a szolgáltatásból. Ez nem " +
    "vonható vissza; előbb letöltheted a beszélgetést.",
  "rights.confirmDelete": "Törlés",
  "rights.cancel": "Mégse",
  "rights.deleted": "A beszélgetés törlődött a szolgáltatásból.",
  "rights.deleteFailed": "A beszélgetést nem sikerült törölni. Próbáld újra egy kis idő múlva.",

  "role.user": "Te",
  "role.assistant": "Asszisztens",
  "role.system": "Értesítés",
  "msg.typing": "Az asszisztens éppen ír",
  "msg.stopped": "Leállítva",
  "msg.incomplete": "Hiányos válasz",
  "msg.emptyAnswer": "Az asszisztens üres választ adott.",
  "msg.errorCode": "Hibakód: {code}",
  "msg.retry": "Újra",
  "msg.tokens": { one: "{count} token", other: "{count} token" },
  "msg.restoredFailed": "Ez a válasz nem készült el. A kérdést újra elküldheted.",
  "msg.restoredUnanswered": "Az utolsó üzenetedre nem érkezett válasz. Újra elküldheted.",
  "tool.using": "Eszköz használata: {tool}…",
  "tool.loan_calculator": "hitelkalkulátor",
  "tool.other": "Eszköz használata ({name})…",
  "msg.toolsUsed": "Használt eszközök: {tools}",

  "status.sent": "Üzenet elküldve. Az asszisztens válaszol.",
  "status.complete": "A válasz elkészült.",
  "status.stopped": "Leállítottad a választ.",
  "status.failed": "A válasz nem sikerült.",
  "status.loading": "A beszélgetés betöltése.",
  "status.loaded": "A beszélgetés betöltődött.",
  "status.newChat": "Új beszélgetés indult.",

  "history.gone": "Az előző beszélgetésed már nem érhető el. A következő üzeneted új beszélgetést indít.",
  "history.failed": "A korábbi üzeneteidet nem sikerült betölteni.",
  "history.reload": "Újratöltés",

  "error.geoBlocked":
    "Sajnáljuk, ez a csevegés nem érhető el az országodban vagy régiódban. A hozzáférés azokra a helyekre " +
    "korlátozódik, ahol a szolgáltatás elérhető.",
  "error.refused": "A csevegőszolgáltatás megtagadta a hozzáférést.",
  "error.tooLong": "Az üzeneted túl hosszú. Rövidítsd le, és küldd el újra.",
  "error.busy": "A csevegőszolgáltatás most túlterhelt. Próbáld újra egy kis idő múlva.",
  "error.unavailable": "A csevegőszolgáltatás átmenetileg nem érhető el. Próbáld újra egy kis idő múlva.",
  "error.unexpectedHttp": "A csevegőszolgáltatás váratlan hibával válaszolt (HTTP {status}).",
  "error.network": "A csevegőszolgáltatás nem érhető el. Ellenőrizd a kapcsolatot, és próbáld újra.",
  "error.interrupted": "A kapcsolat megszakadt, mielőtt a válasz elkészült volna.",
  "error.unexpectedResponse": "A csevegőszolgáltatás váratlan választ küldött. Próbáld újra.",
  "error.tryAgain": "Újra megpróbálhatod.",

  "http.method_not_allowed":
    "Az oldal olyan módon küldte el az üzenetet, amelyet a szolgáltatás nem fogad el. Töltsd újra az oldalt, " +
    "és próbáld meg ismét.",
  "http.unsupported_media_type":
    "Az oldal olyan formátumban küldte el az üzenetet, amelyet a szolgáltatás nem fogad el. Töltsd újra az " +
    "oldalt, és próbáld meg ismét.",
  "http.missing_session_id":
    "Ez a beszélgetés nem található. Próbáld újra, és az üzeneted egy új beszélgetésben megy el.",
  "http.invalid_session_id":
    "Ez a beszélgetés nem található. Próbáld újra, és az üzeneted egy új beszélgetésben megy el.",
  "http.message_too_large": "Az üzeneted túl hosszú. Rövidítsd le, és küldd el újra.",
  "http.invalid_utf8":
    "Az üzeneted olyan karaktereket tartalmaz, amelyeket nem sikerült beolvasni. Ellenőrizd, és küldd el " +
    "újra.",
  "http.invalid_json":
    "Az oldal olyan formában küldte el az üzenetet, amelyet a szolgáltatás nem értett. Töltsd újra az oldalt," +
    " és próbáld meg ismét.",
  "http.missing_message":
    "Az oldal olyan formában küldte el az üzenetet, amelyet a szolgáltatás nem értett. Töltsd újra az oldalt," +
    " és próbáld meg ismét.",
  "http.invalid_message":
    "Az oldal olyan formában küldte el az üzenetet, amelyet a szolgáltatás nem értett. Töltsd újra az oldalt," +
    " és próbáld meg ismét.",
  "http.empty_message": "Az üzeneted üres. Írj valamit, és küldd el újra.",
  "http.session_not_found":
    "Ez a beszélgetés lejárt, vagy már nem létezik. Próbáld újra, és az üzeneted egy új beszélgetésben megy " +
    "el.",
  "http.storage_unavailable": "A beszélgetést most nem sikerült beolvasni. Próbáld újra egy kis idő múlva.",
  "http.token_budget_exhausted":
    "Ez a beszélgetés elérte a használati korlátját. A folytatáshoz kezdj új beszélgetést.",
  "http.service_budget_exhausted": "A csevegőszolgáltatás elérte a mai használati korlátját. Próbáld újra holnap.",
  "http.session_busy":
    "Az előző üzenetedre még készül a válasz. Várj egy kicsit, majd küldd el újra ezt az üzenetet.",

  "stream.model_throttled": "Az MI-modell most túl sok kérést kap, ezért a válasz leállt.",
  "stream.model_stream_error": "Az MI-modell válasza megszakadt.",
  "stream.model_unavailable": "Az MI-modell átmenetileg nem érhető el.",
  "stream.model_error": "Az MI-modell nem tudott válaszolni erre a kérésre.",
  "stream.pii_detection_unavailable":
    "Az üzeneted nem jutott el az MI-modellhez, mert a személyes adataidat védő adatvédelmi ellenőrzés " +
    "jelenleg nem érhető el.",
  "stream.storage_unavailable": "A beszélgetést nem sikerült menteni, ezért a válasz leállt.",
  "stream.session_busy": "A beszélgetés egy másik üzenetére még készült a válasz.",
  "stream.token_budget_exhausted":
    "Ez a beszélgetés elérte a használati korlátját. A folytatáshoz kezdj új beszélgetést.",
  "stream.tool_result_detection_unavailable":
    "A személyes adataidat védő adatvédelmi ellenőrzés elérhetetlenné vált egy eszköz eredményének ellenőrzése " +
    "közben, ezért a válasz itt leállt.",
  "stream.storage_limit_exceeded":
    "Az üzeneted túl nagy ahhoz, hogy menteni lehessen. Rövidítsd le, és küldd el újra.",
  "stream.service_budget_exhausted":
    "A csevegőszolgáltatás elérte a mai használati korlátját, ezért a válasz leállt. Próbáld újra holnap.",
  "stream.configuration_unavailable": "A csevegőszolgáltatás átmenetileg nem érhető el.",
  "stream.tool_rounds_exhausted":
    "A válaszhoz több eszközhívás kellett volna, mint amennyit a szolgáltatás engedélyez, ezért leállt.",
  "stream.internal_error": "Nálunk valami hiba történt, és a választ nem sikerült befejezni.",
  "stream.unknown": "Valami hiba történt, és a választ nem sikerült befejezni.",

  "received.show": "Mit kapott az MI",
  "received.loading": "Annak betöltése, amit az MI kapott…",
  "received.lead":
    "Az MI-modell pontosan ezt a szöveget kapta. Minden kiemelt helyőrző egy saját értékedet jelöli, amely " +
    "ennél a szolgáltatásnál maradt; az MI soha nem látta.",
  "received.nothingReplaced":
    "Ebben az üzenetben semmit sem ismertünk fel személyes adatként, így az MI-modell pontosan úgy kapta meg," +
    " ahogy megírtad.",
  "received.legend": "Helyőrzőtípusok",
  "received.typed":
    "A(z) {typed} a saját magad által beírt szöveg, nem helyőrző: az MI teljes szélességű zárójelek " +
    "között kapta meg, és semmi nem került a helyére.",
  "received.missing":
    "Ez az üzenet nincs benne a mentett beszélgetésben, így nincs mit megjeleníteni. Ha a szolgáltatás egy " +
    "üzenetet még az MI-modell meghívása előtt elutasított (például mert az adatvédelmi ellenőrzés nem volt " +
    "elérhető), az soha nem jutott el a modellhez, és nem kerül mentésre.",
  "received.failed": "Nem sikerült betölteni, amit az MI kapott. Zárd be, majd nyisd meg újra az újrapróbáláshoz.",
  "received.toolsLead":
    "Ehhez a válaszhoz az MI-modell eszközöket használt. Az eszközök bemeneteit helyőrzőkkel írta meg (az " +
    "eszközök a szolgáltatás régióján belül kapták meg az értékeidet), és az eredményeiket is helyőrzőkkel " +
    "kapta vissza.",
  "received.toolInput": "Eszköz ({tool}), a bemenet úgy, ahogy az MI megírta:",
  "received.toolResult": "Eszköz ({tool}), az eredmény úgy, ahogy az MI megkapta:",
  "pii.NAME": "egy személy neve",
  "pii.EMAIL": "e-mail-cím",
  "pii.PHONE": "telefonszám",
  "pii.IBAN": "bankszámlaszám (IBAN)",
  "pii.CARD": "bankkártyaszám",
  "pii.ADDRESS": "postai cím",
  "pii.NATIONAL_ID": "személyazonosító, adóazonosító vagy társadalombiztosítási szám",
  "pii.BANK_ACCOUNT": "bankszámlaszám vagy bankazonosító",
  "pii.SWIFT_CODE": "egy bank SWIFT/BIC-kódja",
  "pii.CARD_CVV": "egy kártya biztonsági kódja",
  "pii.CARD_EXPIRY": "egy kártya lejárati dátuma",
  "pii.PIN": "PIN-kód",
  "pii.HEALTH_ID": "egészségbiztosítási szám",
  "pii.PASSPORT": "útlevélszám",
  "pii.DRIVER_ID": "vezetői engedély száma",
  "pii.DATE": "dátum vagy időpont",
  "pii.BIRTH_DATE": "születési dátum",
  "pii.AGE": "életkor",
  "pii.URL": "webcím",
  "pii.USERNAME": "felhasználónév",
  "pii.PASSWORD": "jelszó",
  "pii.SECRET": "hozzáférési kulcs vagy titok",
  "pii.IP_ADDRESS": "IP-cím",
  "pii.MAC_ADDRESS": "egy eszköz MAC-címe",
  "pii.LICENSE_PLATE": "gépjármű rendszáma",
  "pii.VEHICLE_ID": "jármű-azonosító szám (VIN)",
  "pii.nationalIdOf": "személyazonosító, adóazonosító vagy társadalombiztosítási szám ({country})",
  "pii.other": "egyéb személyes adat",
};
