// Svenska: samma nycklar som en.js.

export default {
  "page.title": "Sovereign Chat",
  "page.skipLink": "Hoppa till meddelanderutan",
  "page.newChat": "Ny chatt",
  "page.language": "Språk",
  "page.privacyLead": "Din integritet:",
  "page.privacyText":
    "personuppgifter i dina meddelanden (namn, kontaktuppgifter, bank- och id-nummer) ersätts med " +
    "platshållare innan de når AI-modellen; i svaren ser du fortfarande dina egna uppgifter. Din konversation" +
    " behandlas och lagras bara i den här tjänstens region.",
  "page.conversation": "Konversation",
  "page.empty":
    "Ställ en fråga för att börja. Konversationen finns kvar i den här webbläsarfliken tills du stänger den " +
    "eller startar en ny chatt.",
  "page.messages": "Meddelanden",
  "page.composerLabel": "Ditt meddelande",
  "page.send": "Skicka",
  "page.stop": "Stoppa",
  "page.composerHint": "Enter skickar, Skift+Enter ger en ny rad, Escape stoppar ett svar.",

  "rights.download": "Ladda ned",
  "rights.downloadText": "Läsbar text (.txt)",
  "rights.downloadJson": "Datafil (.json)",
  "rights.downloaded": "Konversationen har laddats ned.",
  "rights.downloadFailed": "Det gick inte att ladda ned konversationen. Försök igen om en liten stund.",
  "rights.fileTitle": "Konversation, nedladdad {date}",
  "rights.delete": "Radera den här konversationen",
  "rights.confirmTitle": "Radera den här konversationen?",
  "rights.confirmText":
    "Dess meddelanden och de personuppgifter som sparats med dem raderas från tjänsten direkt. Det går inte " +
    "att ångra; du kan ladda ned konversationen först.",
  "rights.confirmDelete": "Radera",
  "rights.cancel": "Avbryt",
  "rights.deleted": "Konversationen har raderats från tjänsten.",
  "rights.deleteFailed": "Det gick inte att radera konversationen. Försök igen om en liten stund.",

  "role.user": "Du",
  "role.assistant": "Assistent",
  "role.system": "Meddelande",
  "msg.typing": "Assistenten skriver",
  "msg.stopped": "Stoppat",
  "msg.incomplete": "Ofullständigt svar",
  "msg.emptyAnswer": "Assistenten gav ett tomt svar.",
  "msg.errorCode": "Felkod: {code}",
  "msg.retry": "Försök igen",
  "msg.tokens": { one: "{count} token", other: "{count} tokens" },
  "msg.restoredFailed": "Det här svaret blev inte klart. Du kan skicka frågan igen.",
  "msg.restoredUnanswered": "Ditt senaste meddelande fick inget svar. Du kan skicka det igen.",
  "tool.using": "Använder {tool}…",
  "tool.loan_calculator": "lånekalkylatorn",
  "tool.other": "Använder ett verktyg ({name})…",
  "msg.toolsUsed": "Verktyg som användes: {tools}",

  "status.sent": "Meddelandet har skickats. Assistenten svarar.",
  "status.complete": "Svaret är klart.",
  "status.stopped": "Du stoppade svaret.",
  "status.failed": "Svaret misslyckades.",
  "status.loading": "Din konversation läses in.",
  "status.loaded": "Din konversation har lästs in.",
  "status.newChat": "En ny chatt har startats.",

  "history.gone": "Din tidigare konversation finns inte längre. Ditt nästa meddelande startar en ny chatt.",
  "history.failed": "Dina tidigare meddelanden kunde inte läsas in.",
  "history.reload": "Läs in dem igen",

  "error.geoBlocked":
    "Tyvärr är den här chatten inte tillgänglig i ditt land eller din region. Åtkomsten är begränsad till de " +
    "platser där tjänsten erbjuds.",
  "error.refused": "Åtkomsten till chattjänsten nekades.",
  "error.tooLong": "Ditt meddelande är för långt. Korta det och skicka det igen.",
  "error.busy": "Chattjänsten är hårt belastad just nu. Försök igen om en stund.",
  "error.unavailable": "Chattjänsten är tillfälligt otillgänglig. Försök igen om en stund.",
  "error.unexpectedHttp": "Chattjänsten svarade med ett oväntat fel (HTTP {status}).",
  "error.network": "Det gick inte att nå chattjänsten. Kontrollera din anslutning och försök igen.",
  "error.interrupted": "Anslutningen bröts innan svaret var klart.",
  "error.unexpectedResponse": "Chattjänsten skickade ett oväntat svar. Försök igen.",
  "error.tryAgain": "Du kan försöka igen.",

  "http.method_not_allowed":
    "Sidan skickade meddelandet på ett sätt som tjänsten inte godtar. Ladda om sidan och försök igen.",
  "http.unsupported_media_type":
    "Sidan skickade meddelandet i ett format som tjänsten inte godtar. Ladda om sidan och försök igen.",
  "http.missing_session_id":
    "Konversationen hittades inte. Försök igen för att skicka ditt meddelande i en ny chatt.",
  "http.invalid_session_id":
    "Konversationen hittades inte. Försök igen för att skicka ditt meddelande i en ny chatt.",
  "http.message_too_large": "Ditt meddelande är för långt. Korta det och skicka det igen.",
  "http.invalid_utf8": "Ditt meddelande innehåller tecken som inte kunde läsas. Kontrollera det och skicka det igen.",
  "http.invalid_json":
    "Sidan skickade meddelandet i en form som tjänsten inte förstod. Ladda om sidan och försök igen.",
  "http.missing_message":
    "Sidan skickade meddelandet i en form som tjänsten inte förstod. Ladda om sidan och försök igen.",
  "http.invalid_message":
    "Sidan skickade meddelandet i en form som tjänsten inte förstod. Ladda om sidan och försök igen.",
  "http.empty_message": "Ditt meddelande är tomt. Skriv något och skicka det igen.",
  "http.session_not_found":
    "Konversationen har gått ut eller finns inte längre. Försök igen för att skicka ditt meddelande i en ny " +
    "chatt.",
  "http.storage_unavailable": "Konversationen kunde inte läsas just nu. Försök igen om en stund.",
  "http.token_budget_exhausted":
    "Den här konversationen har nått sin användningsgräns. Starta en ny chatt för att fortsätta.",
  "http.service_budget_exhausted": "Chattjänsten har nått dagens användningsgräns. Försök igen i morgon.",
  "http.session_busy": "Ditt förra meddelande besvaras fortfarande. Vänta en stund och skicka sedan detta igen.",

  "stream.model_throttled": "AI-modellen får för många förfrågningar just nu, så svaret avbröts.",
  "stream.model_stream_error": "AI-modellens svar avbröts.",
  "stream.model_unavailable": "AI-modellen är tillfälligt otillgänglig.",
  "stream.model_error": "AI-modellen kunde inte besvara den här förfrågan.",
  "stream.pii_detection_unavailable":
    "Ditt meddelande skickades inte till AI-modellen eftersom integritetskontrollen som skyddar dina " +
    "personuppgifter inte är tillgänglig just nu.",
  "stream.storage_unavailable": "Konversationen kunde inte sparas, så svaret avbröts.",
  "stream.session_busy": "Ett annat meddelande i den här konversationen höll fortfarande på att besvaras.",
  "stream.token_budget_exhausted":
    "Den här konversationen har nått sin användningsgräns. Starta en ny chatt för att fortsätta.",
  "stream.tool_result_detection_unavailable":
    "Integritetskontrollen som skyddar dina personuppgifter blev otillgänglig när ett verktygs resultat " +
    "kontrollerades, så svaret avbröts där.",
  "stream.storage_limit_exceeded": "Ditt meddelande är för stort för att sparas. Korta det och skicka det igen.",
  "stream.service_budget_exhausted":
    "Chattjänsten har nått dagens användningsgräns, så svaret avbröts. Försök igen i morgon.",
  "stream.configuration_unavailable": "Chattjänsten är tillfälligt otillgänglig.",
  "stream.tool_rounds_exhausted": "Svaret behövde fler verktygsanrop än tjänsten tillåter, så det avbröts.",
  "stream.internal_error": "Något gick fel hos oss och svaret kunde inte slutföras.",
  "stream.unknown": "Något gick fel och svaret kunde inte slutföras.",

  "received.show": "Vad AI:n fick",
  "received.loading": "Läser in vad AI:n fick…",
  "received.lead":
    "AI-modellen fick exakt den här texten. Varje markerad platshållare står för ett av dina värden som " +
    "stannade i den här tjänsten; AI:n såg det aldrig.",
  "received.nothingReplaced":
    "Inget i det här meddelandet kändes igen som personuppgifter, så AI-modellen fick det precis som du skrev" +
    " det.",
  "received.legend": "Typer av platshållare",
  "received.typed":
    "{typed} är text som du själv skrev, inte en platshållare: AI:n fick den inom hakparenteser med full " +
    "bredd, och ingenting sattes in i dess ställe.",
  "received.missing":
    "Det här meddelandet finns inte i den sparade konversationen, så det finns inget att visa. Ett meddelande" +
    " som tjänsten avvisade innan AI-modellen anropades (till exempel när integritetskontrollen inte var " +
    "tillgänglig) nådde aldrig modellen och sparas inte.",
  "received.failed": "Det gick inte att läsa in vad AI:n fick. Stäng och öppna igen för att försöka på nytt.",
  "received.toolsLead":
    "För det här svaret använde AI-modellen verktyg. Den skrev verktygens indata med platshållare (verktygen " +
    "fick dina värden inom tjänstens region) och fick även resultaten med platshållare.",
  "received.toolInput": "Verktyg ({tool}), indata som AI:n skrev dem:",
  "received.toolResult": "Verktyg ({tool}), resultat som AI:n fick det:",
  "pii.NAME": "en persons namn",
  "pii.EMAIL": "en e-postadress",
  "pii.PHONE": "ett telefonnummer",
  "pii.IBAN": "ett bankkontonummer (IBAN)",
  "pii.CARD": "ett betalkortsnummer",
  "pii.ADDRESS": "en postadress",
  "pii.NATIONAL_ID": "ett person-, skatte- eller socialförsäkringsnummer",
  "pii.BANK_ACCOUNT": "ett bankkonto- eller clearingnummer",
  "pii.SWIFT_CODE": "en banks SWIFT/BIC-kod",
  "pii.CARD_CVV": "ett korts säkerhetskod",
  "pii.CARD_EXPIRY": "ett korts giltighetsdatum",
  "pii.PIN": "en pinkod",
  "pii.HEALTH_ID": "ett sjukförsäkringsnummer",
  "pii.PASSPORT": "ett passnummer",
  "pii.DRIVER_ID": "ett körkortsnummer",
  "pii.DATE": "ett datum eller en tidpunkt",
  "pii.BIRTH_DATE": "ett födelsedatum",
  "pii.AGE": "en ålder",
  "pii.URL": "en webbadress",
  "pii.USERNAME": "ett användarnamn",
  "pii.PASSWORD": "ett lösenord",
  "pii.SECRET": "en åtkomstnyckel eller hemlighet",
  "pii.IP_ADDRESS": "en IP-adress",
  "pii.MAC_ADDRESS": "en enhets MAC-adress",
  "pii.LICENSE_PLATE": "ett registreringsnummer för fordon",
  "pii.VEHICLE_ID": "ett chassinummer (VIN)",
  "pii.nationalIdOf": "ett person-, skatte- eller socialförsäkringsnummer ({country})",
  "pii.other": "andra personuppgifter",
};
