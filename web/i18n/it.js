// Italiano: le stesse chiavi di en.js.

export default {
  "page.title": "Sovereign Chat",
  "page.skipLink": "Vai alla casella del messaggio",
  "page.newChat": "Nuova chat",
  "page.language": "Lingua",
  "page.privacyLead": "La tua privacy:",
  "page.privacyText":
    "i dati personali dei tuoi messaggi (nomi, recapiti, numeri bancari e di identità) vengono sostituiti con" +
    " segnaposto prima di raggiungere il modello di IA; nelle risposte continui a vedere i tuoi dati. La tua " +
    "conversazione viene elaborata e conservata solo nella regione di questo servizio.",
  "page.conversation": "Conversazione",
  "page.empty":
    "Fai una domanda per iniziare. La conversazione resta in questa scheda del browser finché non la chiudi o" +
    " non inizi una nuova chat.",
  "page.messages": "Messaggi",
  "page.composerLabel": "Il tuo messaggio",
  "page.send": "Invia",
  "page.stop": "Ferma",
  "page.composerHint": "Invio invia, Maiusc+Invio va a capo, Esc ferma una risposta.",

  "rights.download": "Scarica",
  "rights.downloadText": "Testo leggibile (.txt)",
  "rights.downloadJson": "Dati (.json)",
  "rights.downloaded": "La conversazione è stata scaricata.",
  "rights.downloadFailed": "Non è stato possibile scaricare la conversazione. Riprova tra poco.",
  "rights.fileTitle": "Conversazione scaricata il {date}",
  "rights.delete": "Elimina questa conversazione",
  "rights.confirmTitle": "Eliminare questa conversazione?",
  "rights.confirmText":
    "I messaggi e i dati personali conservati con essi vengono cancellati subito dal servizio. L'operazione " +
    "non si può annullare; puoi prima scaricare la conversazione.",
  "rights.confirmDelete": "Elimina",
  "rights.cancel": "Annulla",
  "rights.deleted": "La conversazione è stata eliminata dal servizio.",
  "rights.deleteFailed": "Non è stato possibile eliminare la conversazione. Riprova tra poco.",

  "role.user": "Tu",
  "role.assistant": "Assistente",
  "role.system": "Avviso",
  "msg.typing": "L'assistente sta scrivendo",
  "msg.stopped": "Fermata",
  "msg.incomplete": "Risposta incompleta",
  "msg.emptyAnswer": "L'assistente ha dato una risposta vuota.",
  "msg.errorCode": "Codice di errore: {code}",
  "msg.retry": "Riprova",
  "msg.tokens": { one: "{count} token", many: "{count} di token", other: "{count} token" },
  "msg.restoredFailed": "Questa risposta non è stata completata. Puoi inviare di nuovo la domanda.",
  "msg.restoredUnanswered": "Il tuo ultimo messaggio non ha ricevuto risposta. Puoi inviarlo di nuovo.",
  "tool.using": "Sto usando {tool}…",
  "tool.loan_calculator": "il calcolatore di prestiti",
  "tool.other": "Sto usando uno strumento ({name})…",
  "msg.toolsUsed": "Strumenti usati: {tools}",

  "status.sent": "Messaggio inviato. L'assistente sta rispondendo.",
  "status.complete": "La risposta è completa.",
  "status.stopped": "Hai fermato la risposta.",
  "status.failed": "La risposta non è riuscita.",
  "status.loading": "Caricamento della conversazione.",
  "status.loaded": "La conversazione è stata caricata.",
  "status.newChat": "Nuova chat iniziata.",

  "history.gone": "La conversazione precedente non è più disponibile. Il prossimo messaggio inizia una nuova chat.",
  "history.failed": "Non è stato possibile caricare i messaggi precedenti.",
  "history.reload": "Caricali di nuovo",

  "error.geoBlocked":
    "Spiacenti, questa chat non è disponibile nel tuo paese o nella tua regione. L'accesso è limitato ai " +
    "luoghi in cui il servizio è offerto.",
  "error.refused": "L'accesso al servizio di chat è stato rifiutato.",
  "error.tooLong": "Il messaggio è troppo lungo. Accorcialo e invialo di nuovo.",
  "error.busy": "Il servizio di chat è molto occupato in questo momento. Riprova tra poco.",
  "error.unavailable": "Il servizio di chat è temporaneamente non disponibile. Riprova tra poco.",
  "error.unexpectedHttp": "Il servizio di chat ha risposto con un errore inatteso (HTTP {status}).",
  "error.network": "Impossibile raggiungere il servizio di chat. Controlla la connessione e riprova.",
  "error.interrupted": "La connessione si è interrotta prima che la risposta fosse completa.",
  "error.unexpectedResponse": "Il servizio di chat ha inviato una risposta inattesa. Riprova.",
  "error.tryAgain": "Puoi riprovare.",

  "http.method_not_allowed":
    "La pagina ha inviato il messaggio in un modo che il servizio non accetta. Ricarica la pagina e riprova.",
  "http.unsupported_media_type":
    "La pagina ha inviato il messaggio in un formato che il servizio non accetta. Ricarica la pagina e " +
    "riprova.",
  "http.missing_session_id":
    "Questa conversazione non è stata trovata. Riprova per inviare il messaggio in una nuova chat.",
  "http.invalid_session_id":
    "Questa conversazione non è stata trovata. Riprova per inviare il messaggio in una nuova chat.",
  "http.message_too_large": "Il messaggio è troppo lungo. Accorcialo e invialo di nuovo.",
  "http.invalid_utf8":
    "Il messaggio contiene caratteri che non è stato possibile leggere. Controllalo e invialo di nuovo.",
  "http.invalid_json":
    "La pagina ha inviato il messaggio in una forma che il servizio non ha compreso. Ricarica la pagina e " +
    "riprova.",
  "http.missing_message":
    "La pagina ha inviato il messaggio in una forma che il servizio non ha compreso. Ricarica la pagina e " +
    "riprova.",
  "http.invalid_message":
    "La pagina ha inviato il messaggio in una forma che il servizio non ha compreso. Ricarica la pagina e " +
    "riprova.",
  "http.empty_message": "Il messaggio è vuoto. Scrivi qualcosa e invialo di nuovo.",
  "http.session_not_found":
    "Questa conversazione è scaduta o non esiste più. Riprova per inviare il messaggio in una nuova chat.",
  "http.storage_unavailable": "Non è stato possibile leggere la conversazione in questo momento. Riprova tra poco.",
  "http.token_budget_exhausted":
    "Questa conversazione ha raggiunto il suo limite di utilizzo. Inizia una nuova chat per continuare.",
  "http.service_budget_exhausted": "Il servizio di chat ha raggiunto il limite di utilizzo di oggi. Riprova domani.",
  "http.session_busy":
    "Si sta ancora rispondendo al tuo messaggio precedente. Attendi un momento, poi invia di nuovo questo.",

  "stream.model_throttled":
    "Il modello di IA sta ricevendo troppe richieste in questo momento, quindi la risposta si è interrotta.",
  "stream.model_stream_error": "La risposta del modello di IA è stata interrotta.",
  "stream.model_unavailable": "Il modello di IA è temporaneamente non disponibile.",
  "stream.model_error": "Il modello di IA non è riuscito a rispondere a questa richiesta.",
  "stream.pii_detection_unavailable":
    "Il messaggio non è stato inviato al modello di IA perché il controllo della privacy che protegge i tuoi " +
    "dati personali non è disponibile in questo momento.",
  "stream.storage_unavailable": "Non è stato possibile salvare la conversazione, quindi la risposta si è interrotta.",
  "stream.session_busy": "Un altro messaggio di questa conversazione era ancora in attesa di risposta.",
  "stream.token_budget_exhausted":
    "Questa conversazione ha raggiunto il limite di utilizzo. Inizia una nuova chat per continuare.",
  "stream.tool_result_detection_unavailable":
    "Il controllo della privacy che protegge i tuoi dati personali è diventato non disponibile durante la " +
    "verifica del risultato di uno strumento, quindi la risposta si è fermata lì.",
  "stream.storage_limit_exceeded":
    "Il messaggio è troppo grande per essere salvato. Accorcialo e invialo di nuovo.",
  "stream.service_budget_exhausted":
    "Il servizio di chat ha raggiunto il limite di utilizzo di oggi, quindi la risposta si è fermata. Riprova " +
    "domani.",
  "stream.configuration_unavailable": "Il servizio di chat è temporaneamente non disponibile.",
  "stream.tool_rounds_exhausted":
    "La risposta richiedeva più chiamate a strumenti di quante ne consenta questo servizio, quindi si è " +
    "interrotta.",
  "stream.internal_error": "Qualcosa è andato storto da parte nostra e la risposta non è stata completata.",
  "stream.unknown": "Qualcosa è andato storto e la risposta non è stata completata.",

  "received.show": "Che cosa ha ricevuto l'IA",
  "received.loading": "Caricamento di ciò che ha ricevuto l'IA…",
  "received.lead":
    "Il modello di IA ha ricevuto esattamente questo testo. Ogni segnaposto evidenziato sostituisce un tuo " +
    "dato rimasto in questo servizio; l'IA non l'ha mai visto.",
  "received.nothingReplaced":
    "Niente in questo messaggio è stato riconosciuto come dato personale, quindi il modello di IA l'ha " +
    "ricevuto esattamente come l'hai scritto.",
  "received.legend": "Tipi di segnaposto",
  "received.typed":
    "{typed} è un testo che hai scritto tu, non un segnaposto: l'IA l'ha ricevuto tra parentesi quadre a " +
    "larghezza piena e al suo posto non è stato messo nulla.",
  "received.missing":
    "Questo messaggio non è nella conversazione salvata, quindi non c'è niente da mostrare. Un messaggio che " +
    "il servizio ha rifiutato prima di chiamare il modello di IA (per esempio mentre il controllo della " +
    "privacy non era disponibile) non gli è mai arrivato e non viene salvato.",
  "received.failed": "Non è stato possibile caricare ciò che ha ricevuto l'IA. Chiudi e riapri per riprovare.",
  "received.toolsLead":
    "Per questa risposta il modello di IA ha usato degli strumenti. Ha scritto i loro input con segnaposto " +
    "(gli strumenti hanno ricevuto i tuoi dati nella regione di questo servizio) e ha ricevuto anche i loro " +
    "risultati con segnaposto.",
  "received.toolInput": "Strumento ({tool}), input come l'ha scritto l'IA:",
  "received.toolResult": "Strumento ({tool}), risultato come l'ha ricevuto l'IA:",
  "pii.NAME": "nome di una persona",
  "pii.EMAIL": "indirizzo e-mail",
  "pii.PHONE": "numero di telefono",
  "pii.IBAN": "numero di conto bancario (IBAN)",
  "pii.CARD": "numero di carta di pagamento",
  "pii.ADDRESS": "indirizzo postale",
  "pii.NATIONAL_ID": "numero di identità, codice fiscale o di previdenza sociale",
  "pii.BANK_ACCOUNT": "numero di conto bancario",
  "pii.SWIFT_CODE": "codice SWIFT/BIC di una banca",
  "pii.CARD_CVV": "codice di sicurezza di una carta",
  "pii.CARD_EXPIRY": "data di scadenza di una carta",
  "pii.PIN": "codice PIN",
  "pii.HEALTH_ID": "numero della tessera sanitaria",
  "pii.PASSPORT": "numero di passaporto",
  "pii.DRIVER_ID": "numero della patente di guida",
  "pii.DATE": "data o ora",
  "pii.BIRTH_DATE": "data di nascita",
  "pii.AGE": "età",
  "pii.URL": "indirizzo web",
  "pii.USERNAME": "nome utente",
  "pii.PASSWORD": "password",
  "pii.SECRET": "chiave di accesso o segreto",
  "pii.IP_ADDRESS": "indirizzo IP",
  "pii.MAC_ADDRESS": "indirizzo MAC di un dispositivo",
  "pii.LICENSE_PLATE": "targa di un veicolo",
  "pii.VEHICLE_ID": "numero di identificazione di un veicolo (VIN)",
  "pii.nationalIdOf": "numero di identità, codice fiscale o di previdenza sociale ({country})",
  "pii.other": "altro dato personale",
};
