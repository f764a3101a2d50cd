// Nederlands: dezelfde sleutels als en.js.

export default {
  "page.title": "Sovereign Chat",
  "page.skipLink": "Naar het berichtvak",
  "page.newChat": "Nieuwe chat",
  "page.language": "Taal",
  "page.privacyLead": "Je privacy:",
  "page.privacyText":
    "persoonsgegevens in je berichten (namen, contactgegevens, bank- en identiteitsnummers) worden vervangen " +
    "door plaatshouders voordat ze het AI-model bereiken; in de antwoorden zie je nog steeds je eigen " +
    "gegevens. Je gesprek wordt alleen in de regio van deze dienst verwerkt en opgeslagen.",
  "page.conversation": "Gesprek",
  "page.empty":
    "Stel een vraag om te beginnen. Je gesprek blijft in dit browsertabblad tot je het sluit of een nieuwe " +
    "chat begint.",
  "page.messages": "Berichten",
  "page.composerLabel": "Je bericht",
  "page.send": "Versturen",
  "page.stop": "Stoppen",
  "page.composerHint": "Enter verstuurt, Shift+Enter begint een nieuwe regel, Escape stopt een antwoord.",

  "rights.download": "Downloaden",
  "rights.downloadText": "Leesbare tekst (.txt)",
  "rights.downloadJson": "Gegevens (.json)",
  "rights.downloaded": "Het gesprek is gedownload.",
  "rights.downloadFailed": "Het gesprek kon niet worden gedownload. Probeer het zo meteen opnieuw.",
  "rights.fileTitle": "Gesprek, gedownload op {date}",
  "rights.delete": "Dit gesprek verwijderen",
  "rights.confirmTitle": "Dit gesprek verwijderen?",
  "rights.confirmText":
    "De berichten en de persoonsgegevens die erbij zijn bewaard, worden meteen uit de dienst gewist. Dit kan " +
    "niet ongedaan worden gemaakt; je kunt het gesprek eerst downloaden.",
  "rights.confirmDelete": "Verwijderen",
  "rights.cancel": "Annuleren",
  "rights.deleted": "Het gesprek is uit de dienst verwijderd.",
  "rights.deleteFailed": "Het gesprek kon niet worden verwijderd. Probeer het zo meteen opnieuw.",

  "role.user": "Jij",
  "role.assistant": "Assistent",
  "role.system": "Melding",
  "msg.typing": "De assistent typt",
  "msg.stopped": "Gestopt",
  "msg.incomplete": "Onvolledig antwoord",
  "msg.emptyAnswer": "De assistent gaf een leeg antwoord.",
  "msg.errorCode": "Foutcode: {code}",
  "msg.retry": "Opnieuw proberen",
  "msg.tokens": { one: "{count} token", other: "{count} tokens" },
  "msg.restoredFailed": "Dit antwoord is niet voltooid. Je kunt de vraag opnieuw versturen.",
  "msg.restoredUnanswered": "Je laatste bericht kreeg geen antwoord. Je kunt het opnieuw versturen.",
  "tool.using": "Bezig met de {tool}…",
  "tool.loan_calculator": "leningcalculator",
  "tool.other": "Bezig met een hulpmiddel ({name})…",
  "msg.toolsUsed": "Gebruikte hulpmiddelen: {tools}",

  "status.sent": "Bericht verstuurd. De assistent antwoordt.",
  "status.complete": "Het antwoord is klaar.",
  "status.stopped": "Je hebt het antwoord gestopt.",
  "status.failed": "Het antwoord is mislukt.",
  "status.loading": "Je gesprek wordt geladen.",
  "status.loaded": "Je gesprek is geladen.",
  "status.newChat": "Nieuwe chat gestart.",

  "history.gone": "Je vorige gesprek is niet meer beschikbaar. Je volgende bericht begint een nieuwe chat.",
  "history.failed": "Je eerdere berichten konden niet worden geladen.",
  "history.reload": "Opnieuw laden",

  "error.geoBlocked":
    "Sorry, deze chat is niet beschikbaar in je land of regio. De toegang is beperkt tot de plaatsen waar " +
    "deze dienst wordt aangeboden.",
  "error.refused": "De toegang tot de chatdienst is geweigerd.",
  "error.tooLong": "Je bericht is te lang. Maak het korter en verstuur het opnieuw.",
  "error.busy": "De chatdienst is op dit moment erg druk. Probeer het zo meteen opnieuw.",
  "error.unavailable": "De chatdienst is tijdelijk niet beschikbaar. Probeer het zo meteen opnieuw.",
  "error.unexpectedHttp": "De chatdienst antwoordde met een onverwachte fout (HTTP {status}).",
  "error.network": "De chatdienst is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.",
  "error.interrupted": "De verbinding werd verbroken voordat het antwoord klaar was.",
  "error.unexpectedResponse": "De chatdienst stuurde een onverwacht antwoord. Probeer het opnieuw.",
  "error.tryAgain": "Je kunt het opnieuw proberen.",

  "http.method_not_allowed":
    "De pagina verstuurde het bericht op een manier die de dienst niet accepteert. Laad de pagina opnieuw en " +
    "probeer het nog eens.",
  "http.unsupported_media_type":
    "De pagina verstuurde het bericht in een formaat dat de dienst niet accepteert. Laad de pagina opnieuw en" +
    " probeer het nog eens.",
  "http.missing_session_id":
    "Dit gesprek is niet gevonden. Probeer het opnieuw om je bericht in een nieuwe chat te versturen.",
  "http.invalid_session_id":
    "Dit gesprek is niet gevonden. Probeer het opnieuw om je bericht in een nieuwe chat te versturen.",
  "http.message_too_large": "Je bericht is te lang. Maak het korter en verstuur het opnieuw.",
  "http.invalid_utf8":
    "Je bericht bevat tekens die niet konden worden gelezen. Controleer het en verstuur het opnieuw.",
  "http.invalid_json":
    "De pagina verstuurde het bericht in een vorm die de dienst niet begreep. Laad de pagina opnieuw en " +
    "probeer het nog eens.",
  "http.missing_message":
    "De pagina verstuurde het bericht in een vorm die de dienst niet begreep. Laad de pagina opnieuw en " +
    "probeer het nog eens.",
  "http.invalid_message":
    "De pagina verstuurde het bericht in een vorm die de dienst niet begreep. Laad de pagina opnieuw en " +
    "probeer het nog eens.",
  "http.empty_message": "Je bericht is leeg. Schrijf iets en verstuur het opnieuw.",
  "http.session_not_found":
    "Dit gesprek is verlopen of bestaat niet meer. Probeer het opnieuw om je bericht in een nieuwe chat te " +
    "versturen.",
  "http.storage_unavailable": "Het gesprek kon nu niet worden gelezen. Probeer het zo meteen opnieuw.",
  "http.token_budget_exhausted":
    "Dit gesprek heeft zijn gebruikslimiet bereikt. Begin een nieuwe chat om verder te gaan.",
  "http.service_budget_exhausted":
    "De chatdienst heeft de gebruikslimiet voor vandaag bereikt. Probeer het morgen opnieuw.",
  "http.session_busy": "Je vorige bericht wordt nog beantwoord. Wacht even en verstuur dit bericht dan opnieuw.",

  "stream.model_throttled": "Het AI-model krijgt op dit moment te veel verzoeken, dus het antwoord is gestopt.",
  "stream.model_stream_error": "Het antwoord van het AI-model werd onderbroken.",
  "stream.model_unavailable": "Het AI-model is tijdelijk niet beschikbaar.",
  "stream.model_error": "Het AI-model kon dit verzoek niet beantwoorden.",
  "stream.pii_detection_unavailable":
    "Je bericht is niet naar het AI-model gestuurd, omdat de privacycontrole die je persoonsgegevens " +
    "beschermt op dit moment niet beschikbaar is.",
  "stream.storage_unavailable": "Het gesprek kon niet worden opgeslagen, dus het antwoord is gestopt.",
  "stream.session_busy": "Een ander bericht van dit gesprek werd nog beantwoord.",
  "stream.token_budget_exhausted":
    "Dit gesprek heeft zijn gebruikslimiet bereikt. Begin een nieuwe chat om verder te gaan.",
  "stream.tool_result_detection_unavailable":
    "De privacycontrole die je persoonsgegevens beschermt, werd onbeschikbaar bij het controleren van het " +
    "resultaat van een hulpmiddel, dus het antwoord stopte daar.",
  "stream.storage_limit_exceeded":
    "Je bericht is te groot om op te slaan. Maak het korter en verstuur het opnieuw.",
  "stream.service_budget_exhausted":
    "De chatdienst heeft de gebruikslimiet voor vandaag bereikt, dus het antwoord stopte. Probeer het morgen " +
    "opnieuw.",
  "stream.configuration_unavailable": "De chatdienst is tijdelijk niet beschikbaar.",
  "stream.tool_rounds_exhausted":
    "Het antwoord had meer aanroepen van hulpmiddelen nodig dan deze dienst toestaat, dus het is gestopt.",
  "stream.internal_error": "Er ging bij ons iets mis en het antwoord kon niet worden afgemaakt.",
  "stream.unknown": "Er ging iets mis en het antwoord kon niet worden afgemaakt.",

  "received.show": "Wat de AI ontving",
  "received.loading": "Laden wat de AI ontving…",
  "received.lead":
    "Het AI-model ontving precies deze tekst. Elke gemarkeerde plaatshouder staat voor een waarde van jou die" +
    " bij deze dienst is gebleven; de AI heeft die nooit gezien.",
  "received.nothingReplaced":
    "Niets in dit bericht werd herkend als persoonsgegevens, dus het AI-model ontving het precies zoals je " +
    "het schreef.",
  "received.legend": "Soorten plaatshouders",
  "received.typed":
    "{typed} is tekst die je zelf hebt getypt, geen plaatshouder: de AI ontving die tussen vierkante " +
    "haken van volle breedte en er is niets voor in de plaats gezet.",
  "received.missing":
    "Dit bericht staat niet in het opgeslagen gesprek, dus er is niets te tonen. Een bericht dat de dienst " +
    "weigerde voordat het AI-model werd aangeroepen (bijvoorbeeld toen de privacycontrole niet beschikbaar " +
    "was), heeft het model nooit bereikt en wordt niet opgeslagen.",
  "received.failed":
    "Wat de AI ontving, kon niet worden geladen. Sluit dit en open het opnieuw om het nog eens te proberen.",
  "received.toolsLead":
    "Voor dit antwoord gebruikte het AI-model hulpmiddelen. Het schreef hun invoer met plaatshouders (de " +
    "hulpmiddelen kregen je waarden binnen de regio van deze dienst) en ontving ook hun resultaten met " +
    "plaatshouders.",
  "received.toolInput": "Hulpmiddel ({tool}), invoer zoals de AI die schreef:",
  "received.toolResult": "Hulpmiddel ({tool}), resultaat zoals de AI het ontving:",
  "pii.NAME": "de naam van een persoon",
  "pii.EMAIL": "een e-mailadres",
  "pii.PHONE": "een telefoonnummer",
  "pii.IBAN": "een bankrekeningnummer (IBAN)",
  "pii.CARD": "een betaalkaartnummer",
  "pii.ADDRESS": "een postadres",
  "pii.NATIONAL_ID": "een identiteits-, fiscaal of socialezekerheidsnummer",
  "pii.BANK_ACCOUNT": "een bankrekening- of routeringsnummer",
  "pii.SWIFT_CODE": "de SWIFT/BIC-code van een bank",
  "pii.CARD_CVV": "de beveiligingscode van een kaart",
  "pii.CARD_EXPIRY": "de vervaldatum van een kaart",
  "pii.PIN": "een pincode",
  "pii.HEALTH_ID": "een zorgverzekeringsnummer",
  "pii.PASSPORT": "een paspoortnummer",
  "pii.DRIVER_ID": "een rijbewijsnummer",
  "pii.DATE": "een datum of tijd",
  "pii.BIRTH_DATE": "een geboortedatum",
  "pii.AGE": "een leeftijd",
  "pii.URL": "een webadres",
  "pii.USERNAME": "een gebruikersnaam",
  "pii.PASSWORD": "een wachtwoord",
  "pii.SECRET": "een toegangssleutel of geheim",
  "pii.IP_ADDRESS": "een IP-adres",
  "pii.MAC_ADDRESS": "het MAC-adres van een apparaat",
  "pii.LICENSE_PLATE": "een kenteken",
  "pii.VEHICLE_ID": "een voertuigidentificatienummer (VIN)",
  "pii.nationalIdOf": "een identiteits-, fiscaal of socialezekerheidsnummer ({country})",
  "pii.other": "andere persoonsgegevens",
};
