// Hrvatski: isti ključevi kao en.js.

export default {
  "page.title": "Sovereign Chat",
  "page.skipLink": "Preskoči na polje za poruku",
  "page.newChat": "Novi razgovor",
  "page.language": "Jezik",
  "page.privacyLead": "Vaša privatnost:",
  "page.privacyText":
    "osobni podaci u vašim porukama (imena, podaci za kontakt, bankovni i identifikacijski brojevi) " +
    "zamjenjuju se zamjenskim oznakama prije nego što stignu do modela umjetne inteligencije; u odgovorima i " +
    "dalje vidite svoje podatke. Vaš se razgovor obrađuje i pohranjuje samo u regiji ove usluge.",
  "page.conversation": "Razgovor",
  "page.empty":
    "Postavite pitanje za početak. Razgovor ostaje u ovoj kartici preglednika dok je ne zatvorite ili ne " +
    "započnete novi razgovor.",
  "page.messages": "Poruke",
  "page.composerLabel": "Vaša poruka",
  "page.send": "Pošalji",
  "page.stop": "Zaustavi",
  "page.composerHint": "Enter šalje, Shift+Enter započinje novi redak, Escape zaustavlja odgovor.",

  "rights.download": "Preuzmi",
  "rights.downloadText": "Čitljiv tekst (.txt)",
  "rights.downloadJson": "Podaci (.json)",
  "rights.downloaded": "Razgovor je preuzet.",
  "rights.downloadFailed": "Razgovor nije bilo moguće preuzeti. Pokušajte ponovno za trenutak.",
  "rights.fileTitle": "Razgovor preuzet {date}",
  "rights.delete": "Izbriši ovaj razgovor",
  "rights.confirmTitle": "Izbrisati ovaj razgovor?",
  "rights.confirmText":
    "Njegove poruke i osobni podaci spremljeni uz njih odmah se brišu iz usluge. To se ne može poništiti; " +
    "razgovor možete najprije preuzeti.",
  "rights.confirmDelete": "Izbriši",
  "rights.cancel": "Odustani",
  "rights.deleted": "Razgovor je izbrisan iz usluge.",
  "rights.deleteFailed": "Razgovor nije bilo moguće izbrisati. Pokušajte ponovno za trenutak.",

  "role.user": "Vi",
  "role.assistant": "Asistent",
  "role.system": "Obavijest",
  "msg.typing": "Asistent piše",
  "msg.stopped": "Zaustavljeno",
  "msg.incomplete": "Nepotpun odgovor",
  "msg.emptyAnswer": "Asistent je dao prazan odgovor.",
  "msg.errorCode": "Kôd pogreške: {code}",
  "msg.retry": "Pokušaj ponovno",
  "msg.tokens": { one: "{count} token", few: "{count} tokena", other: "{count} tokena" },
  "msg.restoredFailed": "Ovaj odgovor nije dovršen. Pitanje možete poslati ponovno.",
  "msg.restoredUnanswered": "Vaša posljednja poruka nije dobila odgovor. Možete je poslati ponovno.",
  "tool.using": "Koristi se alat {tool}…",
  "tool.loan_calculator": "kalkulator kredita",
  "tool.other": "Koristi se alat ({name})…",
  "msg.toolsUsed": "Korišteni alati: {tools}",

  "status.sent": "Poruka je poslana. Asistent odgovara.",
  "status.complete": "Odgovor je dovršen.",
  "status.stopped": "Zaustavili ste odgovor.",
  "status.failed": "Odgovor nije uspio.",
  "status.loading": "Učitava se vaš razgovor.",
  "status.loaded": "Vaš je razgovor učitan.",
  "status.newChat": "Započet je novi razgovor.",

  "history.gone": "Vaš prethodni razgovor više nije dostupan. Sljedeća poruka započet će novi razgovor.",
  "history.failed": "Vaše prethodne poruke nije bilo moguće učitati.",
  "history.reload": "Učitaj ponovno",

  "error.geoBlocked":
    "Nažalost, ovaj razgovor nije dostupan u vašoj zemlji ili regiji. Pristup je ograničen na mjesta na " +
    "kojima se ova usluga nudi.",
  "error.refused": "Pristup usluzi razgovora je odbijen.",
  "error.tooLong": "Vaša je poruka predugačka. Skratite je i pošaljite ponovno.",
  "error.busy": "Usluga razgovora trenutačno je preopterećena. Pokušajte ponovno za nekoliko trenutaka.",
  "error.unavailable": "Usluga razgovora privremeno nije dostupna. Pokušajte ponovno za nekoliko trenutaka.",
  "error.unexpectedHttp": "Usluga razgovora odgovorila je neočekivanom pogreškom (HTTP {status}).",
  "error.network": "Nije moguće povezati se s uslugom razgovora. Provjerite vezu i pokušajte ponovno.",
  "error.interrupted": "Veza je prekinuta prije nego što je odgovor bio dovršen.",
  "error.unexpectedResponse": "Usluga razgovora poslala je neočekivan odgovor. Pokušajte ponovno.",
  "error.tryAgain": "Možete pokušati ponovno.",

  "http.method_not_allowed":
    "Stranica je poslala poruku na način koji usluga ne prihvaća. Ponovno učitajte stranicu i pokušajte opet.",
  "http.unsupported_media_type":
    "Stranica je poslala poruku u formatu koji usluga ne prihvaća. Ponovno učitajte stranicu i pokušajte " +
    "opet.",
  "http.missing_session_id":
    "Ovaj razgovor nije pronađen. Pokušajte ponovno kako biste poruku poslali u novom razgovoru.",
  "http.invalid_session_id":
    "Ovaj razgovor nije pronađen. Pokušajte ponovno kako biste poruku poslali u novom razgovoru.",
  "http.message_too_large": "Vaša je poruka predugačka. Skratite je i pošaljite ponovno.",
  "http.invalid_utf8":
    "Vaša poruka sadržava znakove koje nije bilo moguće pročitati. Provjerite je i pošaljite ponovno.",
  "http.invalid_json":
    "Stranica je poslala poruku u obliku koji usluga nije razumjela. Ponovno učitajte stranicu i pokušajte " +
    "opet.",
  "http.missing_message":
    "Stranica je poslala poruku u obliku koji usluga nije razumjela. Ponovno učitajte stranicu i pokušajte " +
    "opet.",
  "http.invalid_message":
    "Stranica je poslala poruku u obliku koji usluga nije razumjela. Ponovno učitajte stranicu i pokušajte " +
    "opet.",
  "http.empty_message": "Vaša je poruka prazna. Napišite nešto i pošaljite je ponovno.",
  "http.session_not_found":
    "Ovaj je razgovor istekao ili više ne postoji. Pokušajte ponovno kako biste poruku poslali u novom " +
    "razgovoru.",
  "http.storage_unavailable": "Razgovor trenutačno nije moguće pročitati. Pokušajte ponovno za nekoliko trenutaka.",
  "http.token_budget_exhausted":
    "Ovaj je razgovor dosegnuo ograničenje upotrebe. Za nastavak započnite novi razgovor.",
  "http.service_budget_exhausted":
    "Usluga razgovora dosegnula je današnje ograničenje upotrebe. Pokušajte ponovno sutra.",
  "http.session_busy":
    "Na vašu prethodnu poruku još se odgovara. Pričekajte trenutak, a zatim ponovno pošaljite ovu.",

  "stream.model_throttled":
    "Model umjetne inteligencije trenutačno prima previše zahtjeva pa je odgovor zaustavljen.",
  "stream.model_stream_error": "Odgovor modela umjetne inteligencije je prekinut.",
  "stream.model_unavailable": "Model umjetne inteligencije privremeno nije dostupan.",
  "stream.model_error": "Model umjetne inteligencije nije mogao odgovoriti na ovaj zahtjev.",
  "stream.pii_detection_unavailable":
    "Vaša poruka nije poslana modelu umjetne inteligencije jer provjera privatnosti koja štiti vaše osobne " +
    "podatke trenutačno nije dostupna.",
  "stream.storage_unavailable": "Razgovor nije bilo moguće spremiti pa je odgovor zaustavljen.",
  "stream.session_busy": "Na drugu poruku ovog razgovora još se odgovaralo.",
  "stream.token_budget_exhausted":
    "Ovaj je razgovor dosegnuo ograničenje upotrebe. Za nastavak započnite novi razgovor.",
  "stream.tool_result_detection_unavailable":
    "Provjera privatnosti koja štiti vaše osobne podatke postala je nedostupna tijekom provjere rezultata " +
    "alata, pa se odgovor tu zaustavio.",
  "stream.storage_limit_exceeded": "Vaša je poruka prevelika da bi se spremila. Skratite je i pošaljite ponovno.",
  "stream.service_budget_exhausted":
    "Usluga razgovora dosegnula je današnje ograničenje upotrebe, pa se odgovor zaustavio. Pokušajte ponovno " +
    "sutra.",
  "stream.configuration_unavailable": "Usluga razgovora privremeno nije dostupna.",
  "stream.tool_rounds_exhausted":
    "Odgovor je zahtijevao više poziva alata nego što ova usluga dopušta pa je zaustavljen.",
  "stream.internal_error": "Nešto je pošlo po zlu s naše strane i odgovor nije bilo moguće dovršiti.",
  "stream.unknown": "Nešto je pošlo po zlu i odgovor nije bilo moguće dovršiti.",

  "received.show": "Što je UI primila",
  "received.loading": "Učitava se ono što je UI primila…",
  "received.lead":
    "Model umjetne inteligencije primio je točno ovaj tekst. Svaka istaknuta zamjenska oznaka stoji umjesto " +
    "vaše vrijednosti koja je ostala u ovoj usluzi; UI je nikad nije vidjela.",
  "received.nothingReplaced":
    "Ništa u ovoj poruci nije prepoznato kao osobni podatak, pa ju je model umjetne inteligencije primio " +
    "točno onako kako ste je napisali.",
  "received.legend": "Vrste zamjenskih oznaka",
  "received.typed":
    "{typed} je tekst koji ste sami upisali, a ne zamjenska oznaka: UI ga je primila u zagradama pune " +
    "širine i ništa nije stavljeno na njegovo mjesto.",
  "received.missing":
    "Ova poruka nije u spremljenom razgovoru, pa nema što prikazati. Poruka koju je usluga odbila prije " +
    "pozivanja modela umjetne inteligencije (na primjer dok provjera privatnosti nije bila dostupna) nikad " +
    "nije stigla do njega i ne sprema se.",
  "received.failed":
    "Nije bilo moguće učitati ono što je UI primila. Zatvorite i ponovno otvorite kako biste pokušali " +
    "ponovno.",
  "received.toolsLead":
    "Za ovaj je odgovor model umjetne inteligencije koristio alate. Njihove je ulazne podatke napisao sa " +
    "zamjenskim oznakama (alati su vaše vrijednosti dobili unutar regije ove usluge) i njihove je rezultate " +
    "također primio sa zamjenskim oznakama.",
  "received.toolInput": "Alat ({tool}), ulazni podaci kako ih je UI napisala:",
  "received.toolResult": "Alat ({tool}), rezultat kako ga je UI primila:",
  "pii.NAME": "ime osobe",
  "pii.EMAIL": "adresa e-pošte",
  "pii.PHONE": "telefonski broj",
  "pii.IBAN": "broj bankovnog računa (IBAN)",
  "pii.CARD": "broj platne kartice",
  "pii.ADDRESS": "poštanska adresa",
  "pii.NATIONAL_ID": "osobni identifikacijski, porezni broj ili broj socijalnog osiguranja",
  "pii.BANK_ACCOUNT": "broj bankovnog računa ili oznaka banke",
  "pii.SWIFT_CODE": "SWIFT/BIC kôd banke",
  "pii.CARD_CVV": "sigurnosni kôd kartice",
  "pii.CARD_EXPIRY": "datum isteka kartice",
  "pii.PIN": "PIN",
  "pii.HEALTH_ID": "broj zdravstvenog osiguranja",
  "pii.PASSPORT": "broj putovnice",
  "pii.DRIVER_ID": "broj vozačke dozvole",
  "pii.DATE": "datum ili vrijeme",
  "pii.BIRTH_DATE": "datum rođenja",
  "pii.AGE": "dob",
  "pii.URL": "web-adresa",
  "pii.USERNAME": "korisničko ime",
  "pii.PASSWORD": "lozinka",
  "pii.SECRET": "pristupni ključ ili tajna",
  "pii.IP_ADDRESS": "IP adresa",
  "pii.MAC_ADDRESS": "MAC adresa uređaja",
  "pii.LICENSE_PLATE": "registarska oznaka vozila",
  "pii.VEHICLE_ID": "identifikacijski broj vozila (VIN)",
  "pii.nationalIdOf": "osobni identifikacijski, porezni broj ili broj socijalnog osiguranja ({country})",
  "pii.other": "ostali osobni podaci",
};
