// Deutsch: dieselben Schlüssel wie en.js.

export default {
  "page.title": "Sovereign Chat",
  "page.skipLink": "Zum Nachrichtenfeld springen",
  "page.newChat": "Neuer Chat",
  "page.language": "Sprache",
  "page.privacyLead": "Ihre Privatsphäre:",
  "page.privacyText":
    "Personenbezogene Daten in Ihren Nachrichten (Namen, Kontaktdaten, Bank- und Ausweisnummern) werden durch" +
    " Platzhalter ersetzt, bevor sie das KI-Modell erreichen; in den Antworten sehen Sie weiterhin Ihre " +
    "eigenen Daten. Ihre Unterhaltung wird nur in der Region dieses Dienstes verarbeitet und gespeichert.",
  "page.conversation": "Unterhaltung",
  "page.empty":
    "Stellen Sie eine Frage, um zu beginnen. Ihre Unterhaltung bleibt in diesem Browser-Tab, bis Sie ihn " +
    "schließen oder einen neuen Chat beginnen.",
  "page.messages": "Nachrichten",
  "page.composerLabel": "Ihre Nachricht",
  "page.send": "Senden",
  "page.stop": "Stoppen",
  "page.composerHint": "Eingabe sendet, Umschalt+Eingabe beginnt eine neue Zeile, Escape stoppt eine Antwort.",

  "rights.download": "Herunterladen",
  "rights.downloadText": "Lesbarer Text (.txt)",
  "rights.downloadJson": "Daten (.json)",
  "rights.downloaded": "Die Unterhaltung wurde heruntergeladen.",
  "rights.downloadFailed":
    "Die Unterhaltung konnte nicht heruntergeladen werden. Bitte versuchen Sie es gleich noch einmal.",
  "rights.fileTitle": "Unterhaltung, heruntergeladen am {date}",
  "rights.delete": "Diese Unterhaltung löschen",
  "rights.confirmTitle": "Diese Unterhaltung löschen?",
  "rights.confirmText":
    "Die Nachrichten und die dazu gespeicherten personenbezogenen Daten werden sofort aus dem Dienst " +
    "gelöscht. Das lässt sich nicht rückgängig machen; Sie können die Unterhaltung vorher herunterladen.",
  "rights.confirmDelete": "Löschen",
  "rights.cancel": "Abbrechen",
  "rights.deleted": "Die Unterhaltung wurde aus dem Dienst gelöscht.",
  "rights.deleteFailed": "Die Unterhaltung konnte nicht gelöscht werden. Bitte versuchen Sie es gleich noch einmal.",

  "role.user": "Sie",
  "role.assistant": "Assistent",
  "role.system": "Hinweis",
  "msg.typing": "Der Assistent schreibt",
  "msg.stopped": "Gestoppt",
  "msg.incomplete": "Unvollständige Antwort",
  "msg.emptyAnswer": "Der Assistent hat eine leere Antwort gegeben.",
  "msg.errorCode": "Fehlercode: {code}",
  "msg.retry": "Erneut versuchen",
  "msg.tokens": { one: "{count} Token", other: "{count} Tokens" },
  "msg.restoredFailed": "Diese Antwort wurde nicht fertig. Sie können die Frage erneut senden.",
  "msg.restoredUnanswered": "Ihre letzte Nachricht hat keine Antwort erhalten. Sie können sie erneut senden.",
  "tool.using": "Werkzeug in Verwendung: {tool}…",
  "tool.loan_calculator": "Kreditrechner",
  "tool.other": "Werkzeug in Verwendung: {name}…",
  "msg.toolsUsed": "Verwendete Werkzeuge: {tools}",

  "status.sent": "Nachricht gesendet. Der Assistent antwortet.",
  "status.complete": "Die Antwort ist vollständig.",
  "status.stopped": "Sie haben die Antwort gestoppt.",
  "status.failed": "Die Antwort ist fehlgeschlagen.",
  "status.loading": "Ihre Unterhaltung wird geladen.",
  "status.loaded": "Ihre Unterhaltung ist geladen.",
  "status.newChat": "Neuer Chat gestartet.",

  "history.gone":
    "Ihre frühere Unterhaltung ist nicht mehr verfügbar. Ihre nächste Nachricht beginnt einen neuen Chat.",
  "history.failed": "Ihre früheren Nachrichten konnten nicht geladen werden.",
  "history.reload": "Erneut laden",

  "error.geoBlocked":
    "Dieser Chat ist in Ihrem Land oder Ihrer Region leider nicht verfügbar. Der Zugang ist auf die Orte " +
    "beschränkt, an denen dieser Dienst angeboten wird.",
  "error.refused": "Der Zugriff auf den Chat-Dienst wurde verweigert.",
  "error.tooLong": "Ihre Nachricht ist zu lang. Bitte kürzen Sie sie und senden Sie sie erneut.",
  "error.busy": "Der Chat-Dienst ist gerade ausgelastet. Bitte versuchen Sie es gleich noch einmal.",
  "error.unavailable":
    "Der Chat-Dienst ist vorübergehend nicht verfügbar. Bitte versuchen Sie es gleich noch einmal.",
  "error.unexpectedHttp": "Der Chat-Dienst hat mit einem unerwarteten Fehler geantwortet (HTTP {status}).",
  "error.network": "Der Chat-Dienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
  "error.interrupted": "Die Verbindung wurde unterbrochen, bevor die Antwort vollständig war.",
  "error.unexpectedResponse": "Der Chat-Dienst hat eine unerwartete Antwort gesendet. Bitte versuchen Sie es erneut.",
  "error.tryAgain": "Sie können es erneut versuchen.",

  "http.method_not_allowed":
    "Die Seite hat die Nachricht auf eine Weise gesendet, die der Dienst nicht akzeptiert. Bitte laden Sie " +
    "die Seite neu und versuchen Sie es erneut.",
  "http.unsupported_media_type":
    "Die Seite hat die Nachricht in einem Format gesendet, das der Dienst nicht akzeptiert. Bitte laden Sie " +
    "die Seite neu und versuchen Sie es erneut.",
  "http.missing_session_id":
    "Diese Unterhaltung wurde nicht gefunden. Versuchen Sie es erneut, um Ihre Nachricht in einem neuen Chat " +
    "zu senden.",
  "http.invalid_session_id":
    "Diese Unterhaltung wurde nicht gefunden. Versuchen Sie es erneut, um Ihre Nachricht in einem neuen Chat " +
    "zu senden.",
  "http.message_too_large": "Ihre Nachricht ist zu lang. Bitte kürzen Sie sie und senden Sie sie erneut.",
  "http.invalid_utf8":
    "Ihre Nachricht enthält Zeichen, die nicht gelesen werden konnten. Bitte prüfen Sie sie und senden Sie " +
    "sie erneut.",
  "http.invalid_json":
    "Die Seite hat die Nachricht in einer Form gesendet, die der Dienst nicht verstanden hat. Bitte laden Sie" +
    " die Seite neu und versuchen Sie es erneut.",
  "http.missing_message":
    "Die Seite hat die Nachricht in einer Form gesendet, die der Dienst nicht verstanden hat. Bitte laden Sie" +
    " die Seite neu und versuchen Sie es erneut.",
  "http.invalid_message":
    "Die Seite hat die Nachricht in einer Form gesendet, die der Dienst nicht verstanden hat. Bitte laden Sie" +
    " die Seite neu und versuchen Sie es erneut.",
  "http.empty_message": "Ihre Nachricht ist leer. Bitte schreiben Sie etwas und senden Sie sie erneut.",
  "http.session_not_found":
    "Diese Unterhaltung ist abgelaufen oder existiert nicht mehr. Versuchen Sie es erneut, um Ihre Nachricht " +
    "in einem neuen Chat zu senden.",
  "http.storage_unavailable":
    "Die Unterhaltung konnte gerade nicht gelesen werden. Bitte versuchen Sie es gleich noch einmal.",
  "http.token_budget_exhausted":
    "Diese Unterhaltung hat ihr Nutzungslimit erreicht. Beginnen Sie einen neuen Chat, um fortzufahren.",
  "http.service_budget_exhausted":
    "Der Chat-Dienst hat sein Nutzungslimit für heute erreicht. Bitte versuchen Sie es morgen erneut.",
  "http.session_busy":
    "Ihre vorherige Nachricht wird noch beantwortet. Warten Sie einen Moment und senden Sie diese dann erneut.",

  "stream.model_throttled": "Das KI-Modell erhält gerade zu viele Anfragen, daher wurde die Antwort abgebrochen.",
  "stream.model_stream_error": "Die Antwort des KI-Modells wurde unterbrochen.",
  "stream.model_unavailable": "Das KI-Modell ist vorübergehend nicht verfügbar.",
  "stream.model_error": "Das KI-Modell konnte diese Anfrage nicht beantworten.",
  "stream.pii_detection_unavailable":
    "Ihre Nachricht wurde nicht an das KI-Modell gesendet, weil die Datenschutzprüfung, die Ihre " +
    "personenbezogenen Daten schützt, gerade nicht verfügbar ist.",
  "stream.storage_unavailable":
    "Die Unterhaltung konnte nicht gespeichert werden, daher wurde die Antwort abgebrochen.",
  "stream.session_busy": "Eine andere Nachricht dieser Unterhaltung wurde noch beantwortet.",
  "stream.token_budget_exhausted":
    "Diese Unterhaltung hat ihr Nutzungslimit erreicht. Beginnen Sie einen neuen Chat.",
  "stream.tool_result_detection_unavailable":
    "Die Datenschutzprüfung, die Ihre personenbezogenen Daten schützt, war bei der Prüfung eines " +
    "Werkzeugergebnisses nicht mehr verfügbar, daher endete die Antwort dort.",
  "stream.storage_limit_exceeded":
    "Ihre Nachricht ist zu groß, um gespeichert zu werden. Bitte kürzen Sie sie und senden Sie sie erneut.",
  "stream.service_budget_exhausted":
    "Der Chat-Dienst hat sein Nutzungslimit für heute erreicht, daher wurde die Antwort beendet. Bitte " +
    "versuchen Sie es morgen erneut.",
  "stream.configuration_unavailable": "Der Chat-Dienst ist vorübergehend nicht verfügbar.",
  "stream.tool_rounds_exhausted":
    "Die Antwort brauchte mehr Werkzeugaufrufe, als dieser Dienst erlaubt, deshalb wurde sie angehalten.",
  "stream.internal_error": "Bei uns ist etwas schiefgelaufen, die Antwort konnte nicht fertiggestellt werden.",
  "stream.unknown": "Etwas ist schiefgelaufen, die Antwort konnte nicht fertiggestellt werden.",

  "received.show": "Was die KI erhalten hat",
  "received.loading": "Wird geladen: was die KI erhalten hat…",
  "received.lead":
    "Das KI-Modell hat genau diesen Text erhalten. Jeder hervorgehobene Platzhalter steht für einen Ihrer " +
    "Werte, der in diesem Dienst geblieben ist; die KI hat ihn nie gesehen.",
  "received.nothingReplaced":
    "Nichts in dieser Nachricht wurde als personenbezogenes Datum erkannt, daher hat das KI-Modell sie genau " +
    "so erhalten, wie Sie sie geschrieben haben.",
  "received.legend": "Arten von Platzhaltern",
  "received.typed":
    "{typed} ist Text, den Sie selbst eingegeben haben, kein Platzhalter: Die KI hat ihn in Klammern " +
    "voller Breite erhalten, und nichts wurde an seine Stelle gesetzt.",
  "received.missing":
    "Diese Nachricht ist nicht in der gespeicherten Unterhaltung, daher gibt es nichts anzuzeigen. Eine " +
    "Nachricht, die der Dienst abgelehnt hat, bevor er das KI-Modell aufrief (etwa während die " +
    "Datenschutzprüfung nicht verfügbar war), hat es nie erreicht und wird nicht gespeichert.",
  "received.failed":
    "Was die KI erhalten hat, konnte nicht geladen werden. Schließen und erneut öffnen, um es noch einmal zu " +
    "versuchen.",
  "received.toolsLead":
    "Für diese Antwort hat das KI-Modell Werkzeuge verwendet. Es hat deren Eingaben mit Platzhaltern " +
    "geschrieben (die Werkzeuge erhielten Ihre Werte innerhalb der Region dieses Dienstes) und auch deren " +
    "Ergebnisse mit Platzhaltern erhalten.",
  "received.toolInput": "Werkzeug ({tool}), Eingabe, wie die KI sie geschrieben hat:",
  "received.toolResult": "Werkzeug ({tool}), Ergebnis, wie die KI es erhalten hat:",
  "pii.NAME": "Name einer Person",
  "pii.EMAIL": "E-Mail-Adresse",
  "pii.PHONE": "Telefonnummer",
  "pii.IBAN": "Kontonummer (IBAN)",
  "pii.CARD": "Zahlungskartennummer",
  "pii.ADDRESS": "Postanschrift",
  "pii.NATIONAL_ID": "Ausweis-, Steuer- oder Sozialversicherungsnummer",
  "pii.BANK_ACCOUNT": "Kontonummer oder Bankleitzahl",
  "pii.SWIFT_CODE": "SWIFT/BIC-Code einer Bank",
  "pii.CARD_CVV": "Kartenprüfnummer",
  "pii.CARD_EXPIRY": "Ablaufdatum einer Karte",
  "pii.PIN": "PIN-Code",
  "pii.HEALTH_ID": "Krankenversicherungsnummer",
  "pii.PASSPORT": "Reisepassnummer",
  "pii.DRIVER_ID": "Führerscheinnummer",
  "pii.DATE": "Datum oder Uhrzeit",
  "pii.BIRTH_DATE": "Geburtsdatum",
  "pii.AGE": "Alter",
  "pii.URL": "Webadresse",
  "pii.USERNAME": "Benutzername",
  "pii.PASSWORD": "Passwort",
  "pii.SECRET": "Zugangsschlüssel oder Geheimnis",
  "pii.IP_ADDRESS": "IP-Adresse",
  "pii.MAC_ADDRESS": "MAC-Adresse eines Geräts",
  "pii.LICENSE_PLATE": "Kfz-Kennzeichen",
  "pii.VEHICLE_ID": "Fahrzeug-Identifizierungsnummer (FIN)",
  "pii.nationalIdOf": "Ausweis-, Steuer- oder Sozialversicherungsnummer ({country})",
  "pii.other": "sonstiges personenbezogenes Datum",
};
