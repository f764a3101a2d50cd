// Română: aceleași chei ca en.js.

export default {
  "page.title": "Sovereign Chat",
  "page.skipLink": "Salt la caseta de mesaj",
  "page.newChat": "Conversație nouă",
  "page.language": "Limbă",
  "page.privacyLead": "Confidențialitatea dumneavoastră:",
  "page.privacyText":
    "datele personale din mesajele dumneavoastră (nume, date de contact, numere bancare și de identificare) " +
    "sunt înlocuite cu substituenți înainte de a ajunge la modelul de IA; în răspunsuri vedeți în continuare " +
    "propriile date. Conversația dumneavoastră este prelucrată și stocată numai în regiunea acestui serviciu.",
  "page.conversation": "Conversație",
  "page.empty":
    "Puneți o întrebare pentru a începe. Conversația rămâne în această filă a browserului până când o " +
    "închideți sau începeți o conversație nouă.",
  "page.messages": "Mesaje",
  "page.composerLabel": "Mesajul dumneavoastră",
  "page.send": "Trimiteți",
  "page.stop": "Opriți",
  "page.composerHint": "Enter trimite, Shift+Enter adaugă un rând nou, Escape oprește un răspuns.",

  "rights.download": "Descărcați",
  "rights.downloadText": "Text lizibil (.txt)",
  "rights.downloadJson": "Date (.json)",
  "rights.downloaded": "Conversația a fost descărcată.",
  "rights.downloadFailed": "Conversația nu a putut fi descărcată. Încercați din nou peste câteva momente.",
  "rights.fileTitle": "Conversație descărcată pe {date}",
  "rights.delete": "Ștergeți această conversație",
  "rights.confirmTitle": "Ștergeți această conversație?",
  "rights.confirmText":
    "Mesajele ei și datele personale păstrate împreună cu ele sunt șterse imediat din serviciu. Acțiunea nu " +
    "poate fi anulată; puteți descărca mai întâi conversația.",
  "rights.confirmDelete": "Ștergeți",
  "rights.cancel": "Anulați",
  "rights.deleted": "Conversația a fost ștearsă din serviciu.",
  "rights.deleteFailed": "Conversația nu a putut fi ștearsă. Încercați din nou peste câteva momente.",

  "role.user": "Dumneavoastră",
  "role.assistant": "Asistent",
  "role.system": "Notificare",
  "msg.typing": "Asistentul scrie",
  "msg.stopped": "Oprit",
  "msg.incomplete": "Răspuns incomplet",
  "msg.emptyAnswer": "Asistentul a dat un răspuns gol.",
  "msg.errorCode": "Cod de eroare: {code}",
  "msg.retry": "Reîncercați",
  "msg.tokens": { one: "{count} token", few: "{count} tokenuri", other: "{count} de tokenuri" },
  "msg.restoredFailed": "Acest răspuns nu s-a încheiat. Puteți trimite din nou întrebarea.",
  "msg.restoredUnanswered": "Ultimul dumneavoastră mesaj nu a primit răspuns. Îl puteți trimite din nou.",
  "tool.using": "Se folosește instrumentul {tool}…",
  "tool.loan_calculator": "calculatorul de credit",
  "tool.other": "Se folosește un instrument ({name})…",
  "msg.toolsUsed": "Instrumente folosite: {tools}",

  "status.sent": "Mesaj trimis. Asistentul răspunde.",
  "status.complete": "Răspunsul este complet.",
  "status.stopped": "Ați oprit răspunsul.",
  "status.failed": "Răspunsul a eșuat.",
  "status.loading": "Se încarcă conversația.",
  "status.loaded": "Conversația a fost încărcată.",
  "status.newChat": "A început o conversație nouă.",

  "history.gone": "Conversația anterioară nu mai este disponibilă. Următorul mesaj va începe o conversație nouă.",
  "history.failed": "Mesajele anterioare nu au putut fi încărcate.",
  "history.reload": "Încărcați-le din nou",

  "error.geoBlocked":
    "Ne pare rău, acest chat nu este disponibil în țara sau regiunea dumneavoastră. Accesul este limitat la " +
    "locurile în care este oferit acest serviciu.",
  "error.refused": "Accesul la serviciul de chat a fost refuzat.",
  "error.tooLong": "Mesajul este prea lung. Scurtați-l și trimiteți-l din nou.",
  "error.busy": "Serviciul de chat este suprasolicitat în acest moment. Încercați din nou în câteva momente.",
  "error.unavailable": "Serviciul de chat este temporar indisponibil. Încercați din nou în câteva momente.",
  "error.unexpectedHttp": "Serviciul de chat a răspuns cu o eroare neașteptată (HTTP {status}).",
  "error.network": "Serviciul de chat nu a putut fi contactat. Verificați conexiunea și încercați din nou.",
  "error.interrupted": "Conexiunea s-a întrerupt înainte ca răspunsul să fie complet.",
  "error.unexpectedResponse": "Serviciul de chat a trimis un răspuns neașteptat. Încercați din nou.",
  "error.tryAgain": "Puteți încerca din nou.",

  "http.method_not_allowed":
    "Pagina a trimis mesajul într-un mod pe care serviciul nu îl acceptă. Reîncărcați pagina și încercați din" +
    " nou.",
  "http.unsupported_media_type":
    "Pagina a trimis mesajul într-un format pe care serviciul nu îl acceptă. Reîncărcați pagina și încercați " +
    "din nou.",
  "http.missing_session_id":
    "Această conversație nu a fost găsită. Reîncercați pentru a trimite mesajul într-o conversație nouă.",
  "http.invalid_session_id":
    "Această conversație nu a fost găsită. Reîncercați pentru a trimite mesajul într-o conversație nouă.",
  "http.message_too_large": "Mesajul este prea lung. Scurtați-l și trimiteți-l din nou.",
  "http.invalid_utf8": "Mesajul conține caractere care nu au putut fi citite. Verificați-l și trimiteți-l din nou.",
  "http.invalid_json":
    "Pagina a trimis mesajul într-o formă pe care serviciul nu a înțeles-o. Reîncărcați pagina și încercați " +
    "din nou.",
  "http.missing_message":
    "Pagina a trimis mesajul într-o formă pe care serviciul nu a înțeles-o. Reîncărcați pagina și încercați " +
    "din nou.",
  "http.invalid_message":
    "Pagina a trimis mesajul într-o formă pe care serviciul nu a înțeles-o. Reîncărcați pagina și încercați " +
    "din nou.",
  "http.empty_message": "Mesajul este gol. Scrieți ceva și trimiteți-l din nou.",
  "http.session_not_found":
    "Această conversație a expirat sau nu mai există. Reîncercați pentru a trimite mesajul într-o conversație" +
    " nouă.",
  "http.storage_unavailable": "Conversația nu a putut fi citită acum. Încercați din nou în câteva momente.",
  "http.token_budget_exhausted":
    "Această conversație a atins limita de utilizare. Începeți o conversație nouă pentru a continua.",
  "http.service_budget_exhausted":
    "Serviciul de chat a atins limita de utilizare pentru astăzi. Încercați din nou mâine.",
  "http.session_busy":
    "Mesajul dumneavoastră anterior încă primește răspuns. Așteptați puțin, apoi trimiteți-l din nou pe acesta.",

  "stream.model_throttled": "Modelul de IA primește prea multe cereri în acest moment, așa că răspunsul s-a oprit.",
  "stream.model_stream_error": "Răspunsul modelului de IA a fost întrerupt.",
  "stream.model_unavailable": "Modelul de IA este temporar indisponibil.",
  "stream.model_error": "Modelul de IA nu a putut răspunde la această cerere.",
  "stream.pii_detection_unavailable":
    "Mesajul dumneavoastră nu a fost trimis modelului de IA, deoarece verificarea de confidențialitate care " +
    "vă protejează datele personale nu este disponibilă în acest moment.",
  "stream.storage_unavailable": "Conversația nu a putut fi salvată, așa că răspunsul s-a oprit.",
  "stream.session_busy": "Un alt mesaj din această conversație încă primea răspuns.",
  "stream.token_budget_exhausted":
    "Această conversație a atins limita de utilizare. Începeți o conversație nouă pentru a continua.",
  "stream.tool_result_detection_unavailable":
    "Verificarea de confidențialitate care vă protejează datele personale a devenit indisponibilă în timpul " +
    "verificării rezultatului unui instrument, așa că răspunsul s-a oprit acolo.",
  "stream.storage_limit_exceeded": "Mesajul este prea mare pentru a fi salvat. Scurtați-l și trimiteți-l din nou.",
  "stream.service_budget_exhausted":
    "Serviciul de chat a atins limita de utilizare pentru astăzi, așa că răspunsul s-a oprit. Încercați din nou " +
    "mâine.",
  "stream.configuration_unavailable": "Serviciul de chat este temporar indisponibil.",
  "stream.tool_rounds_exhausted":
    "Răspunsul a necesitat mai multe apeluri de instrumente decât permite acest serviciu, așa că s-a oprit.",
  "stream.internal_error": "Ceva nu a funcționat de partea noastră, iar răspunsul nu a putut fi finalizat.",
  "stream.unknown": "Ceva nu a funcționat, iar răspunsul nu a putut fi finalizat.",

  "received.show": "Ce a primit IA",
  "received.loading": "Se încarcă ce a primit IA…",
  "received.lead":
    "Modelul de IA a primit exact acest text. Fiecare substituent evidențiat ține locul unei valori a " +
    "dumneavoastră care a rămas în acest serviciu; IA nu a văzut-o niciodată.",
  "received.nothingReplaced":
    "Nimic din acest mesaj nu a fost recunoscut ca date personale, așa că modelul de IA l-a primit exact așa " +
    "cum l-ați scris.",
  "received.legend": "Tipuri de substituenți",
  "received.typed":
    "{typed} este text introdus chiar de dumneavoastră, nu un substituent: IA l-a primit între paranteze " +
    "drepte de lățime completă și nimic nu a fost pus în locul lui.",
  "received.missing":
    "Acest mesaj nu se află în conversația salvată, deci nu există nimic de afișat. Un mesaj pe care " +
    "serviciul l-a refuzat înainte de a apela modelul de IA (de exemplu, când verificarea de " +
    "confidențialitate nu era disponibilă) nu a ajuns niciodată la acesta și nu este salvat.",
  "received.failed": "Nu s-a putut încărca ce a primit IA. Închideți și deschideți din nou pentru a reîncerca.",
  "received.toolsLead":
    "Pentru acest răspuns, modelul de IA a folosit instrumente. A scris datele lor de intrare cu substituenți" +
    " (instrumentele au primit valorile dumneavoastră în regiunea acestui serviciu) și a primit și " +
    "rezultatele lor cu substituenți.",
  "received.toolInput": "Instrument ({tool}), date de intrare așa cum le-a scris IA:",
  "received.toolResult": "Instrument ({tool}), rezultat așa cum l-a primit IA:",
  "pii.NAME": "numele unei persoane",
  "pii.EMAIL": "o adresă de e-mail",
  "pii.PHONE": "un număr de telefon",
  "pii.IBAN": "un număr de cont bancar (IBAN)",
  "pii.CARD": "un număr de card de plată",
  "pii.ADDRESS": "o adresă poștală",
  "pii.NATIONAL_ID": "un cod numeric personal, un cod fiscal sau un număr de asigurări sociale",
  "pii.BANK_ACCOUNT": "un număr de cont bancar sau un cod de bancă",
  "pii.SWIFT_CODE": "codul SWIFT/BIC al unei bănci",
  "pii.CARD_CVV": "codul de securitate al unui card",
  "pii.CARD_EXPIRY": "data de expirare a unui card",
  "pii.PIN": "un cod PIN",
  "pii.HEALTH_ID": "un număr de asigurare de sănătate",
  "pii.PASSPORT": "un număr de pașaport",
  "pii.DRIVER_ID": "un număr de permis de conducere",
  "pii.DATE": "o dată sau o oră",
  "pii.BIRTH_DATE": "o dată de naștere",
  "pii.AGE": "o vârstă",
  "pii.URL": "o adresă web",
  "pii.USERNAME": "un nume de utilizator",
  "pii.PASSWORD": "o parolă",
  "pii.SECRET": "o cheie de acces sau un secret",
  "pii.IP_ADDRESS": "o adresă IP",
  "pii.MAC_ADDRESS": "adresa MAC a unui dispozitiv",
  "pii.LICENSE_PLATE": "un număr de înmatriculare",
  "pii.VEHICLE_ID": "un număr de identificare a vehiculului (VIN)",
  "pii.nationalIdOf": "un cod numeric personal, un cod fiscal sau un număr de asigurări sociale ({country})",
  "pii.other": "alte date personale",
};
