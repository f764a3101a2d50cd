// Italiano: le stesse chiavi di en.js.

export default {
  "page.title": "Sovereign Chat",
  "page.skipLink": "Vai alla casella del messaggio",
  "page.newChat": "Nuova chat",
  "page.language": "Lingua",
  "page.privacyLead": "La tua privacy:",
  "page.privacyText":
    "i dati personali dei tuoi messaggi (nomi, recapiti, numeri bancari e di identità) vengono sostituiti con " +
    "segnaposto prima di raggiungere il modello di IA; nelle risposte continui a vedere i tuoi dati. La tua " +
    "conversazione viene elaborata e conservata solo nella regione di questo servizio.",
  "page.conversation": "Conversazione",
  "page.empty":
    "Fai una domanda per iniziare. La conversazione resta in questa scheda del browser finché non la chiudi o " +
    "non inizi una nuova chat.",
  "page.messages": "Messaggi",
  "page.composerLabel": "Il tuo messaggio",
  "page.send": "Invia",
  "page.stop": "Ferma",
  "page.composerHint": "Invio invia, Maiusc+Invio va a capo, Esc ferma una risposta.",

  "role.user": "Tu",
  "role.assistant": "Assistente",
  "role.system": "Avviso",
  "msg.typing": "L'assistente sta scrivendo",
  "msg.stopped": "Fermata",
  "msg.incomplete": "Risposta incompleta",
  "msg.emptyAnswer": "L'assistente ha dato una risposta vuota.",
  "msg.errorCode": "Codice di errore: {code}",
  "msg.retry": "Riprova",
  "msg.tokens": "{count} token",
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
    "Spiacenti, questa chat non è disponibile nel tuo paese o nella tua regione. L'accesso è limitato ai luoghi " +
    "in cui il servizio è offerto.",
  "error.expired": "Questa conversazione è scaduta o non esiste più. Riprova per inviare il messaggio in una nuova chat.",
  "error.invalid": "Impossibile inviare il messaggio: era vuoto o non valido. Controllalo e invialo di nuovo.",
  "error.tooLong": "Il messaggio è troppo lungo. Accorcialo e invialo di nuovo.",
  "error.notAccepted":
    "La pagina ha inviato il messaggio in un modo che il servizio non ha accettato. Ricarica la pagina e riprova.",
  "error.usageLimit": "Questa conversazione ha raggiunto il limite di utilizzo. Inizia una nuova chat per continuare.",
  "error.serviceBudget": "Il servizio di chat ha raggiunto il limite di utilizzo di oggi. Riprova domani.",
  "error.refused": "L'accesso al servizio di chat è stato rifiutato.",
  "error.unavailable": "Il servizio di chat è temporaneamente non disponibile. Riprova tra poco.",
  "error.unexpectedHttp": "Il servizio di chat ha risposto con un errore inatteso (HTTP {status}).",
  "error.network": "Impossibile raggiungere il servizio di chat. Controlla la connessione e riprova.",
  "error.interrupted": "La connessione si è interrotta prima che la risposta fosse completa.",
  "error.unexpectedResponse": "Il servizio di chat ha inviato una risposta inattesa. Riprova.",
  "error.tryAgain": "Puoi riprovare.",

  "stream.model_throttled": "Il modello di IA sta ricevendo troppe richieste in questo momento, quindi la risposta si è interrotta.",
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
  "stream.configuration_unavailable": "Il servizio di chat è temporaneamente non disponibile.",
  "stream.internal_error": "Qualcosa è andato storto da parte nostra e la risposta non è stata completata.",
  "stream.model_other": "Il modello di IA ha avuto un problema e non è riuscito a terminare la risposta.",
  "stream.unknown": "Qualcosa è andato storto e la risposta non è stata completata.",
  "stream.tool_rounds_exhausted": "La risposta richiedeva più chiamate a strumenti di quante ne consenta questo servizio, quindi si è interrotta.",
};
